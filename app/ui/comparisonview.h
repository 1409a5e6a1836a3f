#pragma once

#include "keptconfiguration.h"

#include "engine/performancemetrics.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace prognos {

class ComparisonChartView;
class Session;

/// The configurations a session keeps for comparison, side by side: their forecasts on one
/// chart, their metrics in one table (cross-validation when they have one, else the fit on
/// the history) and the settings that differ between them; one can be made current.
class ComparisonView : public QWidget
{
    Q_OBJECT

public:
    /// `session` must outlive the view.
    explicit ComparisonView(Session *session, QWidget *parent = nullptr);

    /// Shows the session's kept configurations again.
    void refresh();

    ComparisonChartView *chartView() const { return m_chart; }
    QTableWidget *metricsTable() const { return m_metrics; }
    QTableWidget *settingsTable() const { return m_settings; }
    QComboBox *selector() const { return m_selector; }
    QPushButton *keepButton() const { return m_keep; }
    QPushButton *makeCurrentButton() const { return m_makeCurrent; }

    /// Metrics of a kept configuration over everything (rolling window 1): its
    /// cross-validation when it has one, else its forecast against the history it was
    /// fitted on. `source` receives what they were measured on.
    static MetricsTable summaryMetrics(const KeptConfiguration &kept, QString *source);

signals:
    void keepRequested();
    void makeCurrentRequested(int index);

private:
    void createWidgets();
    void createLayout();
    void showMetrics();
    void showSettings();
    void updateButtons();

    Session *m_session = nullptr;
    QPushButton *m_keep = nullptr;
    QLabel *m_keepReason = nullptr;
    QComboBox *m_selector = nullptr;
    QPushButton *m_makeCurrent = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_empty = nullptr;
    ComparisonChartView *m_chart = nullptr;
    QTableWidget *m_metrics = nullptr;
    QTableWidget *m_settings = nullptr;
};

} // namespace prognos
