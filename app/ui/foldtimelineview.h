#pragma once

#include "engine/cutoffplan.h"
#include "engine/timeseries.h"

#include <QChartView>

class QAreaSeries;
class QCategoryAxis;
class QDateTimeAxis;
class QLineSeries;

namespace prognos {

/// The folds of a cross-validation drawn over the data: the history as a line with the
/// initial window shaded and a dashed line at each cutoff, and under it one lane per fold
/// with the history it is fitted on and the horizon window it predicts.
class FoldTimelineView : public QChartView
{
    Q_OBJECT

public:
    explicit FoldTimelineView(QWidget *parent = nullptr);

    /// Draws `plan` over `history` (sorted by ds); an empty plan shows the data alone.
    void setPlan(const TimeSeries &history, const CutoffPlan &plan);

    /// The number of folds drawn.
    int foldCount() const { return m_foldCount; }
    /// The horizon window of fold `index` as two points (cutoff, fold end) on the chart.
    QList<QPointF> horizonWindow(int index) const;

private:
    void clearFolds();
    QLineSeries *addLine(const QList<QPointF> &points, const QPen &pen, QCategoryAxis *axis);
    static void setLabels(QCategoryAxis *axis, const QList<QPair<QString, double>> &labels);

    QDateTimeAxis *m_xAxis = nullptr;
    QCategoryAxis *m_dataAxis = nullptr; ///< labelled over the data only
    QCategoryAxis *m_laneAxis = nullptr; ///< labelled with the folds
    QLineSeries *m_data = nullptr;
    QAreaSeries *m_initial = nullptr;
    QLineSeries *m_initialTop = nullptr;
    QLineSeries *m_initialBottom = nullptr;
    QList<QLineSeries *> m_foldSeries; ///< cutoff lines and fold lanes
    QList<QLineSeries *> m_horizonSeries;
    int m_foldCount = 0;
};

} // namespace prognos
