#include "rawchartview.h"

#include "chartdecimator.h"
#include "chartpalette.h"

#include <QDateTime>
#include <QDateTimeAxis>
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

int indexOfRecord(const SeriesTable &raw, int record)
{
    const std::vector<int> &records = raw.sourceRow;
    const auto it = std::lower_bound(records.begin(), records.end(), record);
    if (it != records.end() && *it == record)
        return int(it - records.begin());
    const auto linear = std::find(records.begin(), records.end(), record);
    return linear == records.end() ? -1 : int(linear - records.begin());
}

QString dateText(Timestamp ds)
{
    return QString::fromStdString(formatTimestamp(ds));
}

QRectF pointsRange(const QList<QPointF> &points)
{
    double left = qInf(), right = -qInf(), low = qInf(), high = -qInf();
    for (const QPointF &point : points) {
        left = std::min(left, point.x());
        right = std::max(right, point.x());
        low = std::min(low, point.y());
        high = std::max(high, point.y());
    }
    if (left > right)
        return {};
    const double margin = std::max(1e-9, (high - low) * 0.05);
    return QRectF(QPointF(left, low - margin), QPointF(right, high + margin));
}

} // namespace

RawChartView::RawChartView(QWidget *parent)
    : QChartView(new QChart, parent)
{
    chart()->setParent(this);
    ChartPalette::applyTheme(chart(), palette());
    chart()->legend()->setAlignment(Qt::AlignBottom);
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::RectangleRubberBand);
    setToolTip(tr("The data as imported. Drag to zoom into a rectangle, use the wheel to "
                  "zoom, right-click to zoom out. Hover a marked point to see why it is "
                  "marked."));
    createSeries();
    createAxes();
}

void RawChartView::createSeries()
{
    m_raw = new QLineSeries(this);
    m_raw->setName(tr("Raw y"));
    m_raw->setPen(QPen(QColor(130, 130, 130), 1));
    m_cleaned = new QLineSeries(this);
    m_cleaned->setName(tr("Cleaned y"));
    m_cleaned->setPen(QPen(QColor(30, 100, 200), 1.5));
    chart()->addSeries(m_raw);
    chart()->addSeries(m_cleaned);

    struct Style
    {
        QString name;
        QScatterSeries::MarkerShape shape;
        QColor color;
        bool hollow;
    };
    const Style styles[kFlagCount] = {
        {tr("Missing"), QScatterSeries::MarkerShapeRectangle, QColor(200, 40, 40), true},
        {tr("Outlier"), QScatterSeries::MarkerShapeCircle, QColor(220, 30, 30), false},
        {tr("Duplicate date"), QScatterSeries::MarkerShapeTriangle, QColor(230, 140, 0), false},
        {tr("Excluded"), QScatterSeries::MarkerShapeStar, QColor(130, 50, 170), false},
    };
    for (int i = 0; i < kFlagCount; ++i) {
        auto *series = new QScatterSeries(this);
        series->setName(styles[i].name);
        series->setMarkerShape(styles[i].shape);
        series->setMarkerSize(styles[i].shape == QScatterSeries::MarkerShapeStar ? 14 : 10);
        series->setColor(styles[i].hollow ? QColor(Qt::transparent) : styles[i].color);
        series->setBorderColor(styles[i].color);
        series->setPen(QPen(styles[i].color, styles[i].hollow ? 2 : 1));
        chart()->addSeries(series);
        m_flags[i] = series;
        connect(
            series, &QScatterSeries::hovered, this,
            [this, i](const QPointF &point, bool state) { showFlagTip(Flag(i), point, state); });
    }
}

void RawChartView::createAxes()
{
    m_xAxis = new QDateTimeAxis(this);
    m_xAxis->setFormat(QStringLiteral("yyyy-MM-dd"));
    m_xAxis->setTitleText(tr("ds"));
    m_yAxis = new QValueAxis(this);
    m_yAxis->setTitleText(tr("y"));
    m_cleanedAxis = new QValueAxis(this);
    chart()->addAxis(m_xAxis, Qt::AlignBottom);
    chart()->addAxis(m_yAxis, Qt::AlignLeft);
    chart()->addAxis(m_cleanedAxis, Qt::AlignRight);
    m_cleanedAxis->setVisible(false);
    for (QAbstractSeries *series : chart()->series()) {
        series->attachAxis(m_xAxis);
        series->attachAxis(m_yAxis);
    }
}

void RawChartView::setData(const SeriesTable &raw, const QualityReport &report,
                           const CleaningResult &cleaned, bool showCleaned)
{
    for (int i = 0; i < kFlagCount; ++i) {
        m_points[i].clear();
        m_records[i].clear();
        m_tips[i].clear();
    }
    const QList<QPointF> rawPoints = ChartDecimator::points(raw.ds, raw.y);
    m_fullRange = pointsRange(rawPoints);

    // A missing value is marked at the level of the nearest value before it (or after it,
    // at the start), so that the marker sits on the line.
    m_level = raw.y;
    for (std::size_t i = 1; i < m_level.size(); ++i) {
        if (std::isnan(m_level[i]))
            m_level[i] = m_level[i - 1];
    }
    for (std::size_t i = m_level.size(); i-- > 1;) {
        if (std::isnan(m_level[i - 1]))
            m_level[i - 1] = m_level[i];
    }
    flagRecords(raw, report.missingRows, Flag::Missing, tr("y is missing"));
    for (const prognos::Outlier &outlier : report.outliers) {
        if (outlier.index >= raw.size())
            continue;
        addFlag(Flag::Outlier, outlier.row, pointOf(raw, outlier.index),
                tr("Row %1, %2: possible outlier, y = %3\n%4")
                    .arg(outlier.row)
                    .arg(dateText(raw.ds[outlier.index]))
                    .arg(outlier.value, 0, 'g', 10)
                    .arg(outlier.reason));
    }
    flagRecords(raw, report.duplicateRows, Flag::Duplicate, tr("the date repeats an earlier row"));
    flagRecords(raw, cleaned.excludedRows, Flag::Excluded,
                tr("excluded by the cleaning (its value becomes missing)"));
    m_level.clear();

    const bool cleanedShown = showCleaned && cleaned.ok;
    const bool ownAxis = cleanedShown && cleaned.transform.kind() != ValueTransform::Kind::None;
    const QList<QPointF> cleanedPoints =
        cleanedShown ? ChartDecimator::points(cleaned.table.ds, cleaned.table.y) : QList<QPointF>();
    if (cleanedShown && !ownAxis)
        m_fullRange = m_fullRange.united(pointsRange(cleanedPoints));

    // Axes first, then one replace() per series.
    chart()->zoomReset();
    resetZoom();
    QValueAxis *wrongAxis = ownAxis ? m_yAxis : m_cleanedAxis;
    QValueAxis *rightAxis = ownAxis ? m_cleanedAxis : m_yAxis;
    if (m_cleaned->attachedAxes().contains(wrongAxis))
        m_cleaned->detachAxis(wrongAxis);
    if (!m_cleaned->attachedAxes().contains(rightAxis))
        m_cleaned->attachAxis(rightAxis);
    m_cleanedAxis->setVisible(ownAxis);
    if (ownAxis) {
        const QRectF range = pointsRange(cleanedPoints);
        m_cleanedAxis->setTitleText(tr("cleaned y (%1)").arg(cleaned.transform.name()));
        m_cleanedAxis->setRange(range.top(), range.bottom());
    }
    m_raw->replace(rawPoints);
    m_cleaned->replace(cleanedPoints);
    m_cleaned->setVisible(cleanedShown);
    for (int i = 0; i < kFlagCount; ++i)
        m_flags[i]->replace(m_points[i]);
    rebuildHolidays();
}

void RawChartView::clearData()
{
    for (int i = 0; i < kFlagCount; ++i) {
        m_points[i].clear();
        m_records[i].clear();
        m_tips[i].clear();
        m_flags[i]->clear();
    }
    m_raw->clear();
    m_cleaned->clear();
    m_holidays.clear();
    rebuildHolidays();
}

QPointF RawChartView::pointOf(const SeriesTable &raw, std::size_t row) const
{
    const double y = row < m_level.size() ? m_level[row] : raw.y[row];
    return QPointF(ChartDecimator::toAxis(raw.ds[row]), std::isnan(y) ? 0.0 : y);
}

void RawChartView::flagRecords(const SeriesTable &raw, const QList<int> &records, Flag flag,
                               const QString &what)
{
    for (const int record : records) {
        if (m_records[int(flag)].size() >= kMaxMarkers)
            return;
        const int row = indexOfRecord(raw, record);
        if (row < 0)
            continue;
        const double y = raw.y[std::size_t(row)];
        const QString value = std::isnan(y) ? QString() : tr(", y = %1").arg(y, 0, 'g', 10);
        addFlag(flag, record, pointOf(raw, std::size_t(row)),
                tr("Row %1, %2%3: %4")
                    .arg(record)
                    .arg(dateText(raw.ds[std::size_t(row)]), value, what));
    }
}

void RawChartView::addFlag(Flag flag, int record, const QPointF &point, const QString &tip)
{
    if (m_records[int(flag)].size() >= kMaxMarkers)
        return;
    m_points[int(flag)].append(point);
    m_records[int(flag)].append(record);
    m_tips[int(flag)].append(tip);
}

void RawChartView::showFlagTip(Flag flag, const QPointF &point, bool state)
{
    if (!state) {
        QToolTip::hideText();
        return;
    }
    const QList<QPointF> &points = m_points[int(flag)];
    const auto it = std::find(points.begin(), points.end(), point);
    if (it != points.end())
        QToolTip::showText(QCursor::pos(), m_tips[int(flag)].value(int(it - points.begin())), this);
}

void RawChartView::setHolidays(const QList<HolidayMarker> &holidays)
{
    if (holidays == m_holidays)
        return;
    m_holidays = holidays;
    rebuildHolidays();
}

void RawChartView::setHolidaysVisible(bool visible)
{
    if (visible == m_holidaysVisible)
        return;
    m_holidaysVisible = visible;
    rebuildHolidays();
}

void RawChartView::rebuildHolidays()
{
    for (QLineSeries *series : std::as_const(m_holidaySeries)) {
        chart()->removeSeries(series);
        delete series;
    }
    m_holidaySeries.clear();
    if (!m_holidaysVisible || m_fullRange.isNull())
        return;
    const QPen pen(QColor(0, 150, 110), 2, Qt::DashLine);
    for (const HolidayMarker &holiday : std::as_const(m_holidays)) {
        auto *series = new QLineSeries(this);
        const qreal x = ChartDecimator::toAxis(holiday.date);
        series->append(x, m_fullRange.top());
        series->append(x, m_fullRange.bottom());
        series->setPen(pen);
        series->setName(tr("Holidays"));
        chart()->addSeries(series);
        series->attachAxis(m_xAxis);
        series->attachAxis(m_yAxis);
        const bool first = m_holidaySeries.isEmpty();
        for (QLegendMarker *marker : chart()->legend()->markers(series))
            marker->setVisible(first);
        const QString tip = tr("%1: %2").arg(dateText(holiday.date), holiday.names);
        connect(series, &QLineSeries::hovered, this, [this, tip](const QPointF &, bool state) {
            if (state)
                QToolTip::showText(QCursor::pos(), tip, this);
            else
                QToolTip::hideText();
        });
        m_holidaySeries.append(series);
    }
}

void RawChartView::resetZoom()
{
    chart()->zoomReset();
    if (m_fullRange.isNull())
        return;
    m_xAxis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(m_fullRange.left())),
                      QDateTime::fromMSecsSinceEpoch(qint64(m_fullRange.right())));
    m_yAxis->setRange(m_fullRange.top(), m_fullRange.bottom());
}

void RawChartView::wheelEvent(QWheelEvent *event)
{
    chart()->zoom(event->angleDelta().y() > 0 ? 1.25 : 0.8);
    event->accept();
}

} // namespace prognos
