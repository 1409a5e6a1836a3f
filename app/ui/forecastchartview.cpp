#include "forecastchartview.h"

#include "chartdecimator.h"

#include <QAreaSeries>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QKeyEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace prognos {

namespace {

std::pair<double, double> valueRange(const QList<QPointF> &points)
{
    double low = qInf(), high = -qInf();
    for (const QPointF &point : points) {
        low = std::min(low, point.y());
        high = std::max(high, point.y());
    }
    return {low, high};
}

} // namespace

ForecastChartView::ForecastChartView(QWidget *parent)
    : QChartView(new QChart, parent)
{
    chart()->setParent(this);
    if (palette().color(QPalette::Window).lightness() < 128)
        chart()->setTheme(QChart::ChartThemeDark);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::RectangleRubberBand);
    setFocusPolicy(Qt::StrongFocus);
    setToolTip(tr("Drag to zoom into a rectangle, use the wheel to zoom, the arrow keys to "
                  "pan and Home to reset."));
    createSeries();
    createAxes();
}

void ForecastChartView::createSeries()
{
    m_upper = new QLineSeries(this);
    m_lower = new QLineSeries(this);
    m_band = new QAreaSeries(m_upper, m_lower);
    m_band->setName(tr("Uncertainty interval"));
    QColor bandColor(66, 133, 214, 70);
    m_band->setBrush(bandColor);
    m_band->setPen(Qt::NoPen);

    m_actual = new QScatterSeries;
    m_actual->setName(tr("Actual (y)"));
    m_actual->setMarkerSize(4);
    m_actual->setColor(QColor(40, 40, 40));
    m_actual->setBorderColor(Qt::transparent);

    m_yhat = new QLineSeries;
    m_yhat->setName(tr("Forecast (yhat)"));
    m_yhat->setPen(QPen(QColor(30, 100, 200), 2));
    m_yhat->setUseOpenGL(false);

    m_start = new QLineSeries;
    m_start->setName(tr("Forecast start"));
    m_start->setPen(QPen(QColor(220, 120, 0), 1.5, Qt::DashLine));

    for (QAbstractSeries *series :
         {static_cast<QAbstractSeries *>(m_band), static_cast<QAbstractSeries *>(m_actual),
          static_cast<QAbstractSeries *>(m_yhat), static_cast<QAbstractSeries *>(m_start)})
        chart()->addSeries(series);
}

void ForecastChartView::createAxes()
{
    m_xAxis = new QDateTimeAxis(this);
    m_xAxis->setFormat(QStringLiteral("yyyy-MM-dd"));
    m_xAxis->setTitleText(tr("ds"));
    m_yAxis = new QValueAxis(this);
    m_yAxis->setTitleText(tr("y"));
    chart()->addAxis(m_xAxis, Qt::AlignBottom);
    chart()->addAxis(m_yAxis, Qt::AlignLeft);
    for (QAbstractSeries *series : chart()->series()) {
        series->attachAxis(m_xAxis);
        series->attachAxis(m_yAxis);
    }
}

void ForecastChartView::setForecast(const FittedModel &model, const Forecast &forecast)
{
    clearForecast();
    const TimeSeries &history = model.history;
    m_actual->replace(ChartDecimator::points(history.ds, history.y));
    if (const auto *yhat = forecast.column("yhat"))
        m_yhat->replace(ChartDecimator::points(forecast.ds, *yhat));
    if (const auto *upper = forecast.column("yhat_upper"))
        m_upper->replace(ChartDecimator::points(forecast.ds, *upper));
    if (const auto *lower = forecast.column("yhat_lower"))
        m_lower->replace(ChartDecimator::points(forecast.ds, *lower));
    m_startX = history.ds.empty() ? 0 : ChartDecimator::toAxis(history.ds.back());
    addChangepoints(model);
    resetZoom();
}

void ForecastChartView::clearForecast()
{
    for (auto &[line, delta] : m_changepoints) {
        chart()->removeSeries(line);
        delete line;
    }
    m_changepoints.clear();
    for (QXYSeries *series : {static_cast<QXYSeries *>(m_actual), static_cast<QXYSeries *>(m_yhat),
                              static_cast<QXYSeries *>(m_upper), static_cast<QXYSeries *>(m_lower),
                              static_cast<QXYSeries *>(m_start)})
        series->clear();
}

void ForecastChartView::addChangepoints(const FittedModel &model)
{
    const Eigen::VectorXd &delta = model.params.delta;
    const std::size_t count = std::min<std::size_t>(model.changepoints.size(), delta.size());
    for (std::size_t i = 0; i < count; ++i) {
        if (std::abs(delta[Eigen::Index(i)]) < kSignificantDelta)
            continue;
        auto *line = new QLineSeries;
        line->setPen(QPen(QColor(200, 40, 40, 160), 1, Qt::DotLine));
        chart()->addSeries(line);
        line->attachAxis(m_xAxis);
        line->attachAxis(m_yAxis);
        chart()->legend()->markers(line).first()->setVisible(false);
        connect(line, &QLineSeries::hovered, this, &ForecastChartView::showChangepointTip);
        m_changepoints.emplace_back(line, delta[Eigen::Index(i)]);
        line->setProperty("chartX", ChartDecimator::toAxis(model.changepoints[i]));
    }
}

void ForecastChartView::showChangepointTip(const QPointF &point, bool state)
{
    if (!state) {
        QToolTip::hideText();
        return;
    }
    const auto *line = qobject_cast<QLineSeries *>(sender());
    for (const auto &[series, delta] : m_changepoints) {
        if (series != line)
            continue;
        const QDateTime date = QDateTime::fromMSecsSinceEpoch(qint64(point.x()));
        QToolTip::showText(QCursor::pos(),
                           tr("Changepoint near %1\nRate change (delta): %2")
                               .arg(QLocale().toString(date.date(), QLocale::ShortFormat))
                               .arg(delta, 0, 'g', 3),
                           this);
    }
}

void ForecastChartView::resetZoom()
{
    chart()->zoomReset();
    QList<QPointF> all = m_upper->points();
    all += m_lower->points();
    all += m_actual->points();
    all += m_yhat->points();
    if (all.isEmpty())
        return;
    auto [low, high] = valueRange(all);
    const double margin = std::max(1e-9, (high - low) * 0.05);
    m_yAxis->setRange(low - margin, high + margin);
    qreal first = all.first().x(), last = first;
    for (const QPointF &point : all) {
        first = std::min(first, point.x());
        last = std::max(last, point.x());
    }
    m_xAxis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(first)),
                      QDateTime::fromMSecsSinceEpoch(qint64(last)));
    updateMarkers();
}

void ForecastChartView::updateMarkers()
{
    addVerticalMarker(m_start, m_startX);
    for (const auto &[line, delta] : m_changepoints)
        addVerticalMarker(line, line->property("chartX").toReal());
}

void ForecastChartView::addVerticalMarker(QLineSeries *series, qreal x)
{
    series->replace({QPointF(x, m_yAxis->min()), QPointF(x, m_yAxis->max())});
}

void ForecastChartView::wheelEvent(QWheelEvent *event)
{
    const qreal factor = event->angleDelta().y() > 0 ? 1.25 : 0.8;
    chart()->zoom(factor);
    event->accept();
}

void ForecastChartView::keyPressEvent(QKeyEvent *event)
{
    const qreal step = 40;
    switch (event->key()) {
    case Qt::Key_Left:
        chart()->scroll(-step, 0);
        break;
    case Qt::Key_Right:
        chart()->scroll(step, 0);
        break;
    case Qt::Key_Up:
        chart()->scroll(0, step);
        break;
    case Qt::Key_Down:
        chart()->scroll(0, -step);
        break;
    case Qt::Key_Home:
        resetZoom();
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace prognos
