#include "foldtimelineview.h"

#include "chartdecimator.h"
#include "chartpalette.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace prognos {

namespace {

// The data fills the upper part of the chart, the fold lanes the lower part.
constexpr double kLaneShare = 0.45;
// Above this many folds the lanes are not labelled one by one.
constexpr int kMaxLaneLabels = 12;

const QColor kTrainingColor(120, 144, 176);
const QColor kHorizonColor(230, 126, 34);
const QColor kCutoffColor(200, 60, 60);

} // namespace

FoldTimelineView::FoldTimelineView(QWidget *parent)
    : QChartView(new QChart, parent)
{
    chart()->setParent(this);
    ChartPalette::applyTheme(chart(), palette());
    chart()->legend()->setAlignment(Qt::AlignBottom);
    setRenderHint(QPainter::Antialiasing);
    setToolTip(tr("Each lane is one fold: the model is fitted on the grey span and predicts the "
                  "orange horizon window after its cutoff."));

    m_xAxis = new QDateTimeAxis(this);
    m_xAxis->setFormat(QStringLiteral("yyyy-MM-dd"));
    m_dataAxis = new QCategoryAxis(this);
    m_dataAxis->setTitleText(tr("y"));
    m_dataAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_laneAxis = new QCategoryAxis(this);
    m_laneAxis->setRange(0, 1);
    m_laneAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_laneAxis->setGridLineVisible(false);
    chart()->addAxis(m_xAxis, Qt::AlignBottom);
    chart()->addAxis(m_dataAxis, Qt::AlignLeft);
    chart()->addAxis(m_laneAxis, Qt::AlignRight);

    m_initialTop = new QLineSeries(this);
    m_initialBottom = new QLineSeries(this);
    m_initial = new QAreaSeries(m_initialTop, m_initialBottom);
    m_initial->setName(tr("Initial window"));
    m_initial->setBrush(QColor(120, 144, 176, 60));
    m_initial->setPen(Qt::NoPen);
    m_data = new QLineSeries;
    m_data->setName(tr("Actual (y)"));
    m_data->setPen(QPen(palette().color(QPalette::WindowText), 1));
    for (QAbstractSeries *series :
         {static_cast<QAbstractSeries *>(m_initial), static_cast<QAbstractSeries *>(m_data)}) {
        chart()->addSeries(series);
        series->attachAxis(m_xAxis);
        series->attachAxis(m_dataAxis);
    }
}

void FoldTimelineView::setLabels(QCategoryAxis *axis, const QList<QPair<QString, double>> &labels)
{
    for (const QString &label : axis->categoriesLabels())
        axis->remove(label);
    for (const auto &[label, value] : labels)
        axis->append(label, value);
}

QLineSeries *FoldTimelineView::addLine(const QList<QPointF> &points, const QPen &pen,
                                       QCategoryAxis *axis)
{
    auto *series = new QLineSeries;
    series->setPen(pen);
    series->replace(points);
    chart()->addSeries(series);
    series->attachAxis(m_xAxis);
    series->attachAxis(axis);
    m_foldSeries.append(series);
    return series;
}

void FoldTimelineView::clearFolds()
{
    for (QLineSeries *series : std::as_const(m_foldSeries)) {
        chart()->removeSeries(series);
        delete series;
    }
    m_foldSeries.clear();
    m_horizonSeries.clear();
    m_foldCount = 0;
    chart()->setTitle({});
}

QList<int> FoldTimelineView::shownFolds(int folds, int maxLanes)
{
    QList<int> shown;
    if (folds <= 0 || maxLanes <= 0)
        return shown;
    const int lanes = std::min(folds, maxLanes);
    shown.reserve(lanes);
    if (lanes == 1) {
        shown.append(folds - 1);
        return shown;
    }
    // Rounded even steps from the first fold to the last; with more folds than lanes each
    // step is above one, so no fold repeats.
    for (int k = 0; k < lanes; ++k)
        shown.append(int(std::llround(double(k) * (folds - 1) / (lanes - 1))));
    return shown;
}

void FoldTimelineView::setPlan(const TimeSeries &history, const CutoffPlan &plan)
{
    clearFolds();
    const QList<QPointF> points = ChartDecimator::points(history.ds, history.y);
    double low = qInf(), high = -qInf();
    for (const QPointF &p : points) {
        low = std::min(low, p.y());
        high = std::max(high, p.y());
    }
    if (points.isEmpty()) {
        m_data->clear();
        return;
    }
    const double span = std::max(1e-9, high - low);
    // The data axis reaches down far enough that the lanes fit under the line.
    const double bottom = low - span * kLaneShare / (1 - kLaneShare) - span * 0.05;
    const double top = high + span * 0.05;
    const qreal first = ChartDecimator::toAxis(history.ds.front());
    qreal last = ChartDecimator::toAxis(history.ds.back());
    for (Timestamp end : plan.foldEnds)
        last = std::max(last, ChartDecimator::toAxis(end));
    m_xAxis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(first)),
                      QDateTime::fromMSecsSinceEpoch(qint64(last)));
    m_dataAxis->setRange(bottom, top);
    m_dataAxis->setStartValue(bottom);
    const QLocale locale;
    setLabels(m_dataAxis,
              {{locale.toString(low, 'g', 4), low},
               {locale.toString((low + high) / 2, 'g', 4) + QLatin1Char(' '), (low + high) / 2},
               {locale.toString(high, 'g', 4) + QStringLiteral("  "), high}});
    setLabels(m_laneAxis, {});
    m_data->replace(points);

    const bool drawn = plan.ok() && !plan.cutoffs.empty();
    m_initial->setVisible(drawn);
    if (!drawn)
        return;
    const qreal initialEnd = ChartDecimator::toAxis(plan.cutoffs.front());
    m_initialTop->replace({QPointF(first, top), QPointF(initialEnd, top)});
    m_initialBottom->replace({QPointF(first, low), QPointF(initialEnd, low)});

    // One lane per fold shown, the first at the top; pens narrow as the lanes multiply.
    const int folds = int(plan.cutoffs.size());
    const QList<int> shown = shownFolds(folds);
    const int lanes = int(shown.size());
    const double laneHeight = kLaneShare * 0.95 / lanes;
    const qreal width = std::clamp(160.0 / lanes, 1.0, 7.0);
    QList<QPair<QString, double>> laneLabels;
    QPen cutoffPen(kCutoffColor, 1, Qt::DashLine);
    QPen trainingPen(kTrainingColor, width);
    trainingPen.setCapStyle(Qt::FlatCap);
    QPen horizonPen(kHorizonColor, width);
    horizonPen.setCapStyle(Qt::FlatCap);
    for (int i = 0; i < lanes; ++i) {
        const std::size_t fold = std::size_t(shown[i]);
        const qreal cutoff = ChartDecimator::toAxis(plan.cutoffs[fold]);
        const qreal end = ChartDecimator::toAxis(plan.foldEnds[fold]);
        const double lane = kLaneShare * 0.975 - (i + 0.5) * laneHeight;
        QLineSeries *line =
            addLine({QPointF(cutoff, low), QPointF(cutoff, top)}, cutoffPen, m_dataAxis);
        QLineSeries *training =
            addLine({QPointF(first, lane), QPointF(cutoff, lane)}, trainingPen, m_laneAxis);
        QLineSeries *horizon =
            addLine({QPointF(cutoff, lane), QPointF(end, lane)}, horizonPen, m_laneAxis);
        m_horizonSeries.append(horizon);
        if (lanes <= kMaxLaneLabels)
            laneLabels.append({tr("fold %1").arg(int(fold) + 1), lane});
        if (i == 0) {
            line->setName(tr("Cutoff"));
            training->setName(tr("Fitted on"));
            horizon->setName(tr("Horizon window"));
        }
    }
    if (lanes < folds) {
        chart()->setTitle(tr("Showing %1 of %2 folds, evenly spaced from the first to the last")
                              .arg(locale.toString(lanes), locale.toString(folds)));
    }
    // Category labels must ascend: the lowest lane (the last fold) first.
    std::reverse(laneLabels.begin(), laneLabels.end());
    setLabels(m_laneAxis, laneLabels);
    m_foldCount = folds;
    // One legend entry per kind of line.
    const QList<QLegendMarker *> markers = chart()->legend()->markers();
    for (QLegendMarker *marker : markers)
        marker->setVisible(!marker->series()->name().isEmpty());
}

QList<QPointF> FoldTimelineView::horizonWindow(int index) const
{
    if (index < 0 || index >= m_horizonSeries.size())
        return {};
    return m_horizonSeries[index]->points();
}

} // namespace prognos
