#include "cutoffpredictionview.h"

#include "chartdecimator.h"
#include "chartpalette.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace prognos {

CutoffPredictionView::CutoffPredictionView(QWidget *parent)
    : QWidget(parent)
{
    m_cutoffs = new QComboBox(this);
    m_cutoffs->setObjectName(QStringLiteral("cv_cutoff_selector"));
    m_view = new QChartView(new QChart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    createChart();
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Cutoff:"), this));
    top->addWidget(m_cutoffs);
    top->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    connect(m_cutoffs, &QComboBox::currentIndexChanged, this, &CutoffPredictionView::showCutoff);
}

void CutoffPredictionView::createChart()
{
    QChart *chart = m_view->chart();
    ChartPalette::applyTheme(chart, palette());
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_upper = new QLineSeries(this);
    m_lower = new QLineSeries(this);
    m_band = new QAreaSeries(m_upper, m_lower);
    m_band->setName(tr("Uncertainty interval"));
    m_band->setBrush(QColor(66, 133, 214, 70));
    m_band->setPen(Qt::NoPen);
    m_actual = new QScatterSeries;
    m_actual->setName(tr("Actual (y)"));
    m_actual->setMarkerSize(5);
    m_actual->setColor(palette().color(QPalette::WindowText));
    m_actual->setBorderColor(Qt::transparent);
    m_yhat = new QLineSeries;
    m_yhat->setName(tr("Prophet (yhat)"));
    m_yhat->setPen(QPen(QColor(30, 100, 200), 2));
    m_naive = new QLineSeries;
    m_naive->setName(tr("Naive"));
    m_naive->setPen(QPen(QColor(120, 120, 120), 1.5, Qt::DashLine));
    m_seasonalNaive = new QLineSeries;
    m_seasonalNaive->setName(tr("Seasonal naive"));
    m_seasonalNaive->setPen(QPen(QColor(46, 160, 67), 1.5, Qt::DashDotLine));
    m_cutoffLine = new QLineSeries;
    m_cutoffLine->setName(tr("Cutoff"));
    m_cutoffLine->setPen(QPen(QColor(200, 60, 60), 1, Qt::DashLine));
    m_xAxis = new QDateTimeAxis(this);
    m_xAxis->setFormat(QStringLiteral("yyyy-MM-dd"));
    m_yAxis = new QValueAxis(this);
    chart->addAxis(m_xAxis, Qt::AlignBottom);
    chart->addAxis(m_yAxis, Qt::AlignLeft);
    for (QAbstractSeries *series :
         {static_cast<QAbstractSeries *>(m_band), static_cast<QAbstractSeries *>(m_actual),
          static_cast<QAbstractSeries *>(m_naive), static_cast<QAbstractSeries *>(m_seasonalNaive),
          static_cast<QAbstractSeries *>(m_yhat), static_cast<QAbstractSeries *>(m_cutoffLine)}) {
        chart->addSeries(series);
        series->attachAxis(m_xAxis);
        series->attachAxis(m_yAxis);
    }
}

void CutoffPredictionView::setOutput(const CrossValidationOutput *output, const TimeSeries *history)
{
    m_output = output && history ? output : nullptr;
    m_history = m_output ? history : nullptr;
    const QSignalBlocker blocker(m_cutoffs);
    m_cutoffs->clear();
    const std::vector<Timestamp> none;
    const std::vector<Timestamp> &cutoffs = m_output ? m_output->plan.cutoffs : none;
    for (std::size_t i = 0; i < cutoffs.size(); ++i)
        m_cutoffs->addItem(tr("%1 (fold %2 of %3)")
                               .arg(QString::fromStdString(formatTimestamp(cutoffs[i])))
                               .arg(i + 1)
                               .arg(cutoffs.size()));
    m_cutoffs->setCurrentIndex(cutoffs.empty() ? -1 : 0);
    showCutoff(m_cutoffs->currentIndex());
}

void CutoffPredictionView::clear()
{
    setOutput(nullptr, nullptr);
}

void CutoffPredictionView::showCutoff(int index)
{
    for (QXYSeries *series :
         {static_cast<QXYSeries *>(m_actual), static_cast<QXYSeries *>(m_yhat),
          static_cast<QXYSeries *>(m_upper), static_cast<QXYSeries *>(m_lower),
          static_cast<QXYSeries *>(m_naive), static_cast<QXYSeries *>(m_seasonalNaive),
          static_cast<QXYSeries *>(m_cutoffLine)})
        series->clear();
    if (!m_output || index < 0 || std::size_t(index) >= m_output->plan.cutoffs.size())
        return;
    const CrossValidationFrame &frame = m_output->frame;
    const TimeSeries &history = *m_history;
    const Timestamp cutoff = m_output->plan.cutoffs[std::size_t(index)];

    // 1. The rows of this fold, and one horizon of history before the cutoff for context.
    const auto [begin, end] = std::equal_range(frame.cutoff.begin(), frame.cutoff.end(), cutoff);
    const std::size_t first = std::size_t(begin - frame.cutoff.begin());
    const std::size_t last = std::size_t(end - frame.cutoff.begin());
    const Timestamp contextStart = m_output->plan.horizon.addTo(cutoff, -1);
    const auto from = std::lower_bound(history.ds.begin(), history.ds.end(), contextStart);
    const auto to = std::upper_bound(history.ds.begin(), history.ds.end(), cutoff);
    QList<QPointF> actual =
        ChartDecimator::points(history.ds, history.y, std::size_t(from - history.ds.begin()),
                               std::size_t(to - history.ds.begin()));
    actual += ChartDecimator::points(frame.ds, frame.y, first, last);
    const auto column = [&](const std::vector<double> &values) {
        return values.empty() ? QList<QPointF>()
                              : ChartDecimator::points(frame.ds, values, first, last);
    };
    const QList<QPointF> yhat = column(frame.yhat);
    const QList<QPointF> upper = column(frame.yhatUpper);
    const QList<QPointF> lower = column(frame.yhatLower);

    // 2. Axes over everything, then the series.
    double low = qInf(), high = -qInf(), left = qInf(), right = -qInf();
    for (const QList<QPointF> *points :
         std::initializer_list<const QList<QPointF> *>{&actual, &yhat, &upper, &lower}) {
        for (const QPointF &p : *points) {
            low = std::min(low, p.y());
            high = std::max(high, p.y());
            left = std::min(left, p.x());
            right = std::max(right, p.x());
        }
    }
    if (left > right)
        return;
    const double margin = std::max(1e-9, (high - low) * 0.05);
    m_xAxis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(left)),
                      QDateTime::fromMSecsSinceEpoch(qint64(right)));
    m_yAxis->setRange(low - margin, high + margin);
    m_yAxis->applyNiceNumbers();
    m_actual->replace(actual);
    m_yhat->replace(yhat);
    m_upper->replace(upper);
    m_lower->replace(lower);
    m_naive->replace(column(frame.naive));
    m_seasonalNaive->replace(column(frame.seasonalNaive));
    const qreal x = ChartDecimator::toAxis(cutoff);
    m_cutoffLine->replace({QPointF(x, low - margin), QPointF(x, high + margin)});
}

} // namespace prognos
