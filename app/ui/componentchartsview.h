#pragma once

#include "engine/fittedmodel.h"
#include "engine/forecast.h"

#include <QScrollArea>

#include <functional>

class QChart;
class QChartView;
class QTimer;
class QVBoxLayout;

namespace prognos {

/// The forecast's components as Prophet's plot_components draws them: the trend with its
/// band, holidays over time, the weekly pattern over seven days, the yearly pattern over one
/// year, the daily pattern over 24 hours, and any other component over time.
class ComponentChartsView : public QScrollArea
{
    Q_OBJECT

public:
    explicit ComponentChartsView(QWidget *parent = nullptr);

    void setComponents(const FittedModel &model, const Forecast &forecast);
    /// Stops building and removes the charts.
    void clearComponents();
    /// Titles of the charts shown, in order.
    QStringList chartTitles() const;

signals:
    /// Every chart of the last setComponents() is built.
    void componentsShown();
    /// The context menu was asked for on the chart of `component` (trend, weekly...).
    void chartMenuRequested(const QString &component, const QPoint &globalPos);

private:
    /// Pause between building two charts, so that input and painting get a turn.
    static constexpr int kStepMs = 5;

    void addNextChart();
    QChart *addChart(const std::string &component, const QString &title);
    void addTrend(const Forecast &forecast);
    void addOverTime(const Forecast &forecast, const std::string &name);
    void addWeekly(const Forecast &forecast);
    void addYearly(const Forecast &forecast);
    void addDaily(const Forecast &forecast);

    QWidget *m_content = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QList<QChartView *> m_views;
    QTimer *m_stepTimer = nullptr;
    QList<std::function<void()>> m_pending; ///< charts still to build, in order
};

} // namespace prognos
