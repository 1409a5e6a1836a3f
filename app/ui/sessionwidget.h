#pragma once

#include "crossvalidationdialog.h"
#include "forecastjob.h"

#include <QPointer>
#include <QWidget>

class QMenu;
class QTabWidget;
class QTableView;

namespace prognos {

class ComparisonView;
class CleaningPanel;
class ComponentChartsView;
class DataPage;
class ForecastChartView;
class ForecastRunner;
class ForecastTableModel;
class ModelSettingsPanel;
class QualityPanel;
class SeriesTableModel;
class Session;
class WarningsPanel;

/// The contents of one tab: the data grid and quality findings, the model settings, and the
/// results (forecast chart, components, forecast table, warnings) of one Session, which it
/// owns as a child.
class SessionWidget : public QWidget
{
    Q_OBJECT

public:
    /// The pages of the results area, in tab order.
    enum class Page { Data, Forecast, Components, Table, Warnings, Comparison };

    /// Takes ownership of `session`.
    explicit SessionWidget(Session *session, QWidget *parent = nullptr);
    ~SessionWidget() override;

    Session *session() const { return m_session; }
    ModelSettingsPanel *settingsPanel() const { return m_settings; }
    ForecastChartView *chartView() const { return m_chart; }
    ComponentChartsView *componentsView() const { return m_components; }
    QTableView *forecastTable() const { return m_table; }
    DataPage *dataPage() const { return m_dataPage; }
    SeriesTableModel *gridModel() const;
    QTableView *gridView() const;
    QualityPanel *qualityPanel() const;
    CleaningPanel *cleaningPanel() const;
    WarningsPanel *warningsPanel() const { return m_warnings; }
    ForecastRunner *runner() const { return m_runner; }
    ComparisonView *comparisonView() const { return m_comparison; }
    /// The cross-validation dialog while it is open, else nullptr.
    CrossValidationDialog *crossValidationDialog() const { return m_crossValidation; }

    void showPage(Page page);
    bool isRunning() const;

    /// Shows the session's settings again after they were changed from outside the panel.
    void reloadSettings();

    /// The context menu of a chart: Copy, Save as PNG… and Save as SVG… of the forecast
    /// chart (an empty `component`) or of one component's chart.
    QMenu *createChartMenu(const std::string &component, QWidget *parent);

public slots:
    void startRun();
    void cancelRun();
    void resetZoom();
    /// Opens the cross-validation dialog of this session (window-modal).
    void showCrossValidation();
    /// Asks for a name, then keeps the current configuration for comparison.
    void askToKeepForComparison();
    /// Keeps the current configuration under `name`; false (with a status message) when it
    /// cannot be kept.
    bool keepForComparison(const QString &name);
    /// Makes kept configuration `index` current: settings, forecast and cross-validation.
    void makeCurrent(int index);

signals:
    void runStateChanged(bool running);
    void progressChanged(int value, int maximum);
    void statusMessage(const QString &message);
    /// The forecast chart shows the latest result (a moment after the run finished).
    void chartUpdated();
    /// A finished run's result was dropped because the session would pass its memory limit;
    /// the previous result is kept. `message` is for the user.
    void memoryLimitReached(const QString &message);

private:
    void createWidgets();
    void createLayout();
    void connectSignals();
    void showData();
    void applySettings();
    void settingsChanged();
    void showSpan();
    void showFuture();
    void applyCleaning();
    void updateProblems();
    void showRecord(int sourceRow);
    void handleRunFinished(const ForecastOutput &output);
    void handleRunCancelled();
    void showResult();
    QStringList resultWarnings(bool *offerClip) const;
    void clipAtZero();
    void updateChart();
    void showComponentsIfVisible();

    Session *m_session = nullptr;
    ForecastRunner *m_runner = nullptr;
    QTabWidget *m_pages = nullptr;
    DataPage *m_dataPage = nullptr;
    ModelSettingsPanel *m_settings = nullptr;
    ForecastChartView *m_chart = nullptr;
    ComponentChartsView *m_components = nullptr;
    QTableView *m_table = nullptr;
    ForecastTableModel *m_tableModel = nullptr;
    WarningsPanel *m_warnings = nullptr;
    ComparisonView *m_comparison = nullptr;
    QPointer<CrossValidationDialog> m_crossValidation;
    bool m_componentsOutdated = false;
};

} // namespace prognos
