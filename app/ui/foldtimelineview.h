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
/// with the history it is fitted on and the horizon window it predicts. However many folds a
/// plan has, at most kMaxLanes lanes are drawn: an evenly spaced subset that keeps the first
/// and last fold, named in the chart title.
class FoldTimelineView : public QChartView
{
    Q_OBJECT

public:
    /// The most fold lanes drawn; a plan with more folds shows a subset of them.
    static constexpr int kMaxLanes = 60;

    explicit FoldTimelineView(QWidget *parent = nullptr);

    /// Draws `plan` over `history` (sorted by ds); an empty plan shows the data alone.
    void setPlan(const TimeSeries &history, const CutoffPlan &plan);

    /// The number of folds in the plan drawn.
    int foldCount() const { return m_foldCount; }
    /// The number of fold lanes drawn: foldCount(), or kMaxLanes when there are more folds.
    int laneCount() const { return int(m_horizonSeries.size()); }
    /// The horizon window of lane `index` as two points (cutoff, fold end) on the chart.
    QList<QPointF> horizonWindow(int index) const;

    /// The folds drawn as lanes, as indices into the plan's cutoffs: all of them up to
    /// `maxLanes`, else `maxLanes` evenly spaced ones from the first to the last.
    static QList<int> shownFolds(int folds, int maxLanes = kMaxLanes);

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
