#include "forecastchartview.h"

#include "chartdecimator.h"
#include "chartpalette.h"

#include <QAreaSeries>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsLineItem>
#include <QGraphicsSimpleTextItem>
#include <QImage>
#include <QKeyEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace prognos {

namespace {

/// The actuals' dots: the palette's text colour softened towards the plot background, dark
/// grey on a light palette and light grey on a dark one.
QColor actualColor(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    return QColor::fromRgbF(float(text.redF() * 0.75 + base.redF() * 0.25),
                            float(text.greenF() * 0.75 + base.greenF() * 0.25),
                            float(text.blueF() * 0.75 + base.blueF() * 0.25));
}

QImage dotImage(const QColor &color, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(0, 0, size, size));
    return image;
}

} // namespace

ForecastChartView::ForecastChartView(QWidget *parent)
    : QChartView(new QChart, parent)
{
    chart()->setParent(this);
    ChartPalette::applyTheme(chart(), palette());
    chart()->legend()->setAlignment(Qt::AlignBottom);
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::RectangleRubberBand);
    setFocusPolicy(Qt::StrongFocus);
    setToolTip(tr("Drag to zoom into a rectangle, use the wheel to zoom; drag with the middle "
                  "button or with Shift to pan, or use the arrow keys; Home resets. Click a "
                  "legend entry to hide or show its series."));
    createSeries();
    createAxes();
    connect(m_changepoints, &QScatterSeries::hovered, this, &ForecastChartView::showChangepointTip);
    connectLegend();
    createCrosshair();
}

void ForecastChartView::connectLegend()
{
    for (QLegendMarker *marker : chart()->legend()->markers()) {
        connect(marker, &QLegendMarker::clicked, this, [marker] {
            QAbstractSeries *series = marker->series();
            series->setVisible(!series->isVisible());
            marker->setVisible(true); // hiding a series hides its legend entry too
            QFont font = marker->font();
            font.setStrikeOut(!series->isVisible());
            marker->setFont(font);
        });
    }
}

void ForecastChartView::createCrosshair()
{
    m_crosshair = new QGraphicsLineItem(chart());
    m_crosshair->setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DashLine));
    m_crosshair->setZValue(20);
    m_crosshair->hide();
    m_readout = new QGraphicsSimpleTextItem(chart());
    m_readout->setBrush(palette().color(QPalette::WindowText));
    m_readout->setZValue(20);
    m_readout->hide();
    setMouseTracking(true);
}

void ForecastChartView::mousePressEvent(QMouseEvent *event)
{
    const bool pan =
        event->button() == Qt::MiddleButton ||
        (event->button() == Qt::LeftButton && event->modifiers().testFlag(Qt::ShiftModifier));
    if (!pan) {
        QChartView::mousePressEvent(event); // the left button draws the rubber band
        return;
    }
    m_panning = true;
    m_panFrom = event->position();
    viewport()->setCursor(Qt::ClosedHandCursor);
    event->accept();
}

void ForecastChartView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        // The data follows the mouse: dragging right shows earlier dates.
        const QPointF step = event->position() - m_panFrom;
        chart()->scroll(-step.x(), step.y());
        m_panFrom = event->position();
        event->accept();
        return;
    }
    QChartView::mouseMoveEvent(event);
    showCrosshair(event->position());
}

void ForecastChartView::mouseReleaseEvent(QMouseEvent *event)
{
    // The right button opens the context menu (Copy, Save as...); QChartView would also zoom
    // out with it. Home and Reset Zoom undo a zoom instead.
    if (event->button() == Qt::RightButton) {
        event->accept();
        return;
    }
    if (!m_panning) {
        QChartView::mouseReleaseEvent(event);
        return;
    }
    m_panning = false;
    viewport()->unsetCursor();
    event->accept();
}

void ForecastChartView::leaveEvent(QEvent *event)
{
    m_crosshair->hide();
    m_readout->hide();
    QChartView::leaveEvent(event);
}

void ForecastChartView::showCrosshair(const QPointF &position)
{
    const QPointF scenePos = mapToScene(position.toPoint());
    const QRectF plot = chart()->plotArea();
    const QList<QPointF> yhat = m_yhat->points();
    if (!plot.contains(scenePos) || yhat.isEmpty()) {
        m_crosshair->hide();
        m_readout->hide();
        return;
    }
    const qreal x = chart()->mapToValue(scenePos, m_yhat).x();
    const auto byX = [](const QPointF &point, qreal value) { return point.x() < value; };
    const auto it = std::lower_bound(yhat.begin(), yhat.end(), x, byX);
    const qsizetype index = std::min<qsizetype>(it - yhat.begin(), yhat.size() - 1);
    const qreal lineX = chart()->mapToPosition(yhat[index], m_yhat).x();
    m_crosshair->setLine(lineX, plot.top(), lineX, plot.bottom());
    m_readout->setText(readout(index));
    m_readout->setPos(plot.left() + 8, plot.top() + 4);
    m_crosshair->show();
    m_readout->show();
}

QString ForecastChartView::readout(qsizetype index) const
{
    const QPointF point = m_yhat->at(index);
    const QDateTime date = QDateTime::fromMSecsSinceEpoch(qint64(point.x()));
    QString text = tr("%1   yhat %2")
                       .arg(QLocale().toString(date.date(), QLocale::ShortFormat))
                       .arg(point.y(), 0, 'g', 6);
    if (index < m_lower->count() && index < m_upper->count())
        text += tr("   interval %1 to %2")
                    .arg(m_lower->at(index).y(), 0, 'g', 6)
                    .arg(m_upper->at(index).y(), 0, 'g', 6);
    const QList<QPointF> actual = m_actual->points();
    const auto byX = [](const QPointF &p, qreal value) { return p.x() < value; };
    const auto match = std::lower_bound(actual.begin(), actual.end(), point.x(), byX);
    if (match != actual.end() && match->x() == point.x())
        text += tr("   y %1").arg(match->y(), 0, 'g', 6);
    return text;
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
    m_actual->setBorderColor(Qt::transparent);
    colourActuals(palette());

    m_yhat = new QLineSeries;
    m_yhat->setName(tr("Forecast (yhat)"));
    m_yhat->setPen(QPen(QColor(30, 100, 200), 2));
    m_yhat->setUseOpenGL(false);

    m_changepoints = new QScatterSeries;
    m_changepoints->setName(tr("Changepoints"));
    m_changepoints->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
    m_changepoints->setMarkerSize(11);
    m_changepoints->setColor(QColor(200, 40, 40));
    m_changepoints->setBorderColor(Qt::transparent);

    m_start = new QLineSeries;
    m_start->setName(tr("Forecast start"));
    m_start->setPen(QPen(QColor(220, 120, 0), 1.5, Qt::DashLine));

    for (QAbstractSeries *series :
         {static_cast<QAbstractSeries *>(m_band), static_cast<QAbstractSeries *>(m_actual),
          static_cast<QAbstractSeries *>(m_yhat), static_cast<QAbstractSeries *>(m_start),
          static_cast<QAbstractSeries *>(m_changepoints)})
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

void ForecastChartView::colourActuals(const QPalette &palette)
{
    const QColor colour = actualColor(palette);
    m_actual->setColor(colour);
    // A light marker is painted in one pass; default markers are one scene item per point.
    m_actual->setLightMarker(dotImage(colour, 4));
}

void ForecastChartView::setForecast(const FittedModel &model, const Forecast &forecast)
{
    const auto columnPoints = [&forecast](const char *name) {
        const auto *values = forecast.column(name);
        return values ? ChartDecimator::points(forecast.ds, *values) : QList<QPointF>();
    };
    const TimeSeries &history = model.history;
    const QList<QPointF> actual = ChartDecimator::points(history.ds, history.y);
    const QList<QPointF> yhat = columnPoints("yhat");
    const QList<QPointF> upper = columnPoints("yhat_upper");
    const QList<QPointF> lower = columnPoints("yhat_lower");
    m_startX = history.ds.empty() ? 0 : ChartDecimator::toAxis(history.ds.back());

    // Axes first, then one replace() per series: each change of either makes Qt Charts
    // recompute every series.
    m_fullRange = dataRange({&actual, &yhat, &upper, &lower});
    chart()->zoomReset();
    applyRange(m_fullRange);
    m_actual->replace(actual);
    m_yhat->replace(yhat);
    m_upper->replace(upper);
    m_lower->replace(lower);
    m_start->replace(
        {QPointF(m_startX, m_fullRange.top()), QPointF(m_startX, m_fullRange.bottom())});
    showChangepoints(model, forecast,
                     yhat.size() == qsizetype(forecast.size()) ? yhat : QList<QPointF>());
}

void ForecastChartView::clearForecast()
{
    m_changepointDeltas.clear();
    for (QXYSeries *series :
         {static_cast<QXYSeries *>(m_actual), static_cast<QXYSeries *>(m_yhat),
          static_cast<QXYSeries *>(m_upper), static_cast<QXYSeries *>(m_lower),
          static_cast<QXYSeries *>(m_start), static_cast<QXYSeries *>(m_changepoints)})
        series->clear();
}

QRectF ForecastChartView::dataRange(std::initializer_list<const QList<QPointF> *> lists)
{
    double left = qInf(), right = -qInf(), low = qInf(), high = -qInf();
    for (const QList<QPointF> *points : lists) {
        for (const QPointF &point : *points) {
            left = std::min(left, point.x());
            right = std::max(right, point.x());
            low = std::min(low, point.y());
            high = std::max(high, point.y());
        }
    }
    if (left > right)
        return {};
    const double margin = std::max(1e-9, (high - low) * 0.05);
    return QRectF(QPointF(left, low - margin), QPointF(right, high + margin));
}

void ForecastChartView::applyRange(const QRectF &range)
{
    if (range.isNull())
        return;
    m_xAxis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(range.left())),
                      QDateTime::fromMSecsSinceEpoch(qint64(range.right())));
    m_yAxis->setRange(range.top(), range.bottom());
    m_yAxis->applyNiceNumbers();
}

void ForecastChartView::showChangepoints(const FittedModel &model, const Forecast &forecast,
                                         const QList<QPointF> &yhat)
{
    // Each significant changepoint is a marker on the yhat line at its date.
    const Eigen::VectorXd &delta = model.params.delta;
    const std::size_t count = std::min<std::size_t>(model.changepoints.size(), delta.size());
    QList<QPointF> markers;
    for (std::size_t i = 0; i < count; ++i) {
        const double change = delta[Eigen::Index(i)];
        if (std::abs(change) < kSignificantDelta)
            continue;
        const auto row =
            std::lower_bound(forecast.ds.begin(), forecast.ds.end(), model.changepoints[i]) -
            forecast.ds.begin();
        const qreal x = ChartDecimator::toAxis(model.changepoints[i]);
        const qreal y = row < yhat.size() ? yhat[row].y() : m_fullRange.top();
        markers.append(QPointF(x, y));
        m_changepointDeltas.append(change);
    }
    m_changepoints->replace(markers);
}

void ForecastChartView::showChangepointTip(const QPointF &point, bool state)
{
    if (!state) {
        QToolTip::hideText();
        return;
    }
    const QList<QPointF> markers = m_changepoints->points();
    for (qsizetype i = 0; i < markers.size() && i < m_changepointDeltas.size(); ++i) {
        if (std::abs(markers[i].x() - point.x()) > kMsPerDay)
            continue;
        const QDateTime date = QDateTime::fromMSecsSinceEpoch(qint64(markers[i].x()));
        QToolTip::showText(QCursor::pos(),
                           tr("Changepoint on %1\nRate change (delta): %2")
                               .arg(QLocale().toString(date.date(), QLocale::ShortFormat))
                               .arg(m_changepointDeltas[i], 0, 'g', 3),
                           this);
        return;
    }
}

void ForecastChartView::resetZoom()
{
    chart()->zoomReset();
    applyRange(m_fullRange);
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
