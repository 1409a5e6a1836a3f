#include "comparisonchartview.h"

#include "chartdecimator.h"
#include "chartpalette.h"

#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>

namespace prognos {

ComparisonChartView::ComparisonChartView(QWidget *parent)
    : QChartView(new QChart, parent)
{
    chart()->setParent(this);
    ChartPalette::applyTheme(chart(), palette());
    chart()->legend()->setAlignment(Qt::AlignBottom);
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::RectangleRubberBand);
    m_xAxis = new QDateTimeAxis(this);
    m_xAxis->setFormat(QStringLiteral("yyyy-MM-dd"));
    m_xAxis->setTitleText(tr("ds"));
    m_yAxis = new QValueAxis(this);
    m_yAxis->setTitleText(tr("y"));
    chart()->addAxis(m_xAxis, Qt::AlignBottom);
    chart()->addAxis(m_yAxis, Qt::AlignLeft);
    m_actual = new QScatterSeries;
    m_actual->setName(tr("Actual (y)"));
    m_actual->setMarkerSize(4);
    m_actual->setColor(QColor(60, 60, 60));
    m_actual->setBorderColor(Qt::transparent);
    chart()->addSeries(m_actual);
    m_actual->attachAxis(m_xAxis);
    m_actual->attachAxis(m_yAxis);
}

QColor ComparisonChartView::color(int index)
{
    static const QColor colors[] = {QColor(30, 100, 200), QColor(230, 126, 34), QColor(46, 160, 67),
                                    QColor(156, 39, 176)};
    return colors[index % 4];
}

void ComparisonChartView::setConfigurations(const std::vector<KeptConfiguration> &kept)
{
    for (QLineSeries *series : std::as_const(m_forecasts)) {
        chart()->removeSeries(series);
        delete series;
    }
    m_forecasts.clear();
    m_actual->clear();

    // The actual values are the same for every configuration of a session: the first one's.
    QList<QList<QPointF>> lines;
    QList<QPointF> actual;
    for (const KeptConfiguration &k : kept) {
        const std::vector<double> *yhat = k.result.forecast.column("yhat");
        lines.append(yhat ? ChartDecimator::points(k.result.forecast.ds, *yhat) : QList<QPointF>());
        if (actual.isEmpty() && k.result.model)
            actual = ChartDecimator::points(k.result.model->history.ds, k.result.model->history.y);
    }
    // The view starts where the forecasts differ most: the future and twice its length of
    // history, with the values axis over what is visible there.
    double left = qInf(), right = -qInf(), low = qInf(), high = -qInf();
    lines.append(actual);
    for (const QList<QPointF> &points : std::as_const(lines)) {
        for (const QPointF &p : points) {
            left = std::min(left, p.x());
            right = std::max(right, p.x());
        }
    }
    const double historyEnd = actual.isEmpty() ? left : actual.last().x();
    if (right > historyEnd)
        left = std::max(left, historyEnd - 2 * (right - historyEnd));
    for (const QList<QPointF> &points : std::as_const(lines)) {
        for (const QPointF &p : points) {
            if (p.x() >= left) {
                low = std::min(low, p.y());
                high = std::max(high, p.y());
            }
        }
    }
    lines.removeLast();
    if (left <= right && low <= high) {
        const double margin = std::max(1e-9, (high - low) * 0.05);
        m_xAxis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(left)),
                          QDateTime::fromMSecsSinceEpoch(qint64(right)));
        m_yAxis->setRange(low - margin, high + margin);
        m_yAxis->applyNiceNumbers();
    }
    m_actual->replace(actual);
    for (int i = 0; i < int(lines.size()); ++i) {
        auto *series = new QLineSeries;
        series->setName(kept[std::size_t(i)].name);
        series->setPen(QPen(color(i), 2));
        chart()->addSeries(series);
        series->attachAxis(m_xAxis);
        series->attachAxis(m_yAxis);
        series->replace(lines[i]);
        m_forecasts.append(series);
    }
}

} // namespace prognos
