#pragma once

#include "crossvalidationoutput.h"

#include <QDialog>

#include <vector>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTabWidget;

namespace prognos {

class CrossValidationForm;
class CrossValidationMetricsModel;
class CrossValidationRunner;
class CutoffPredictionView;
class FoldTimelineView;
class MetricChartsView;
class Session;

/// Cross-validates the current settings of a session: the spans (or explicit cutoffs) with
/// the engine's reasons when they cannot work, a run in the background with progress per
/// cutoff and Cancel, then the folds over the data, the metrics against the horizon beside
/// the baselines, the metrics table and actual against predicted per cutoff. A finished run
/// is stored in the session, and the views show the session's copy.
class CrossValidationDialog : public QDialog
{
    Q_OBJECT

public:
    /// The pages of the results, in tab order.
    enum class Page { Folds, MetricCharts, MetricsTable, Predictions };

    /// `session` must outlive the dialog; its settings are read when the dialog opens.
    explicit CrossValidationDialog(Session *session, QWidget *parent = nullptr);
    ~CrossValidationDialog() override;

    CrossValidationForm *form() const { return m_form; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *keepButton() const { return m_keep; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *statusLabel() const { return m_status; }
    CrossValidationRunner *runner() const { return m_runner; }
    FoldTimelineView *timeline() const { return m_timeline; }
    MetricChartsView *metricCharts() const { return m_charts; }
    QTableView *metricsTable() const { return m_table; }
    QLabel *omittedLabel() const { return m_omitted; }
    CutoffPredictionView *predictions() const { return m_predictions; }
    void showPage(Page page);
    bool isRunning() const;

public slots:
    void start();
    void cancel();

signals:
    /// The user asked to keep the session's current configuration for comparison.
    void keepRequested();
    /// A run finished and its output is shown (and stored in the session when it succeeded).
    void outputShown();

protected:
    void reject() override;

private:
    void prepareModel();
    void createWidgets();
    void createLayout();
    void connectSignals();
    void updatePlan();
    QString planText(const CutoffPlan &plan) const;
    void setRunning(bool running);
    void handleProgress(int finished, int total);
    void handleFinished(const CrossValidationOutput &output);
    void handleCancelled();
    void showOutput(const CrossValidationOutput &output);

    Session *m_session = nullptr;
    bool m_prepared = false;
    QString m_prepareError;
    std::vector<Timestamp> m_ds; ///< the dates the engine cross-validates, for the preview
    double m_longestSeasonalityDays = 0;
    bool m_planOk = false;

    CrossValidationRunner *m_runner = nullptr;
    CrossValidationForm *m_form = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_keep = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QTabWidget *m_pages = nullptr;
    FoldTimelineView *m_timeline = nullptr;
    MetricChartsView *m_charts = nullptr;
    QTableView *m_table = nullptr;
    CrossValidationMetricsModel *m_tableModel = nullptr;
    QLabel *m_omitted = nullptr;
    CutoffPredictionView *m_predictions = nullptr;
};

} // namespace prognos
