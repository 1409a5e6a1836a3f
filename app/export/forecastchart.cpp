#include "forecastchart.h"

#include <QAreaSeries>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <cmath>

namespace prognos {

namespace {

const QColor kActualColor(0x20, 0x20, 0x20);
const QColor kForecastColor(0x1f, 0x66, 0xc2);
const QColor kBandColor(0x1f, 0x66, 0xc2, 0x40);
const QColor kMarkerColor(0xc2, 0x41, 0x1f);

/// A solid pen that Qt Charts draws as one path per series: it draws solid lines one segment
/// at a time, which would make an SVG or PDF hold one element per point. A dash pattern
/// without gaps looks the same and keeps the line a single path.
QPen seriesPen(const QColor &color, qreal width)
{
    QPen pen(color, width, Qt::CustomDashLine, Qt::RoundCap, Qt::RoundJoin);
    pen.setDashPattern({1.0, 0.0});
    return pen;
}

/// The finite values of `values` as chart points; gaps are skipped.
QList<QPointF> points(const std::vector<Timestamp> &ds, const std::vector<double> &values)
{
    QList<QPointF> result;
    result.reserve(qsizetype(ds.size()));
    for (std::size_t i = 0; i < ds.size() && i < values.size(); ++i) {
        if (std::isfinite(values[i]))
            result.append(QPointF(ForecastChart::axisX(ds[i]), values[i]));
    }
    return result;
}

/// Smallest and largest finite value over several columns.
std::pair<double, double> valueRange(std::initializer_list<const std::vector<double> *> columns)
{
    double low = INFINITY;
    double high = -INFINITY;
    for (const std::vector<double> *column : columns) {
        if (!column)
            continue;
        for (double v : *column) {
            if (std::isfinite(v)) {
                low = std::min(low, v);
                high = std::max(high, v);
            }
        }
    }
    return {low, high};
}

/// The bounding box of every point of every series (area series by their bounds); left is
/// the smallest x and top the smallest y.
QRectF dataRange(const QChart &chart)
{
    QList<const QXYSeries *> lines;
    for (QAbstractSeries *series : chart.series()) {
        if (auto *area = qobject_cast<QAreaSeries *>(series))
            lines << area->upperSeries() << area->lowerSeries();
        else if (auto *xy = qobject_cast<QXYSeries *>(series))
            lines << xy;
    }
    double left = INFINITY, right = -INFINITY, top = INFINITY, bottom = -INFINITY;
    for (const QXYSeries *line : lines) {
        for (const QPointF &p : line ? line->points() : QList<QPointF>()) {
            left = std::min(left, p.x());
            right = std::max(right, p.x());
            top = std::min(top, p.y());
            bottom = std::max(bottom, p.y());
        }
    }
    if (!std::isfinite(left) || right <= left)
        return QRectF();
    if (bottom <= top) {
        top -= 1;
        bottom += 1;
    }
    return QRectF(QPointF(left, top), QPointF(right, bottom));
}

} // namespace

qreal ForecastChart::axisX(Timestamp ts)
{
    const CivilTime t = CivilTime::fromTimestamp(ts);
    const QDateTime local(QDate(t.year, t.month, t.day),
                          QTime(t.hour, t.minute, t.second, t.millisecond));
    return qreal(local.toMSecsSinceEpoch());
}

std::unique_ptr<QChart> ForecastChart::emptyChart(const QString &title)
{
    auto chart = std::make_unique<QChart>();
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTheme(QChart::ChartThemeLight);
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

void ForecastChart::addDateAxes(QChart &chart, const QString &yTitle)
{
    auto *x = new QDateTimeAxis(&chart);
    x->setFormat(QStringLiteral("yyyy-MM-dd"));
    x->setTickCount(6);
    x->setTitleText(tr("ds"));
    auto *y = new QValueAxis(&chart);
    y->setTitleText(yTitle);
    y->setLabelFormat(QStringLiteral("%g"));
    chart.addAxis(x, Qt::AlignBottom);
    chart.addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *series : chart.series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    const QRectF range = dataRange(chart);
    if (range.isValid()) {
        x->setRange(QDateTime::fromMSecsSinceEpoch(qint64(range.left())),
                    QDateTime::fromMSecsSinceEpoch(qint64(range.right())));
        y->setRange(range.top(), range.bottom());
        y->applyNiceNumbers();
    }
}

void ForecastChart::addBand(QChart &chart, const std::vector<Timestamp> &ds,
                            const std::vector<double> &lower, const std::vector<double> &upper,
                            const QString &name)
{
    auto *upperLine = new QLineSeries(&chart);
    auto *lowerLine = new QLineSeries(&chart);
    upperLine->replace(points(ds, upper));
    lowerLine->replace(points(ds, lower));
    auto *band = new QAreaSeries(upperLine, lowerLine);
    band->setName(name);
    band->setPen(Qt::NoPen);
    band->setBrush(kBandColor);
    chart.addSeries(band);
}

void ForecastChart::addLine(QChart &chart, QXYSeries *series, const std::vector<Timestamp> &ds,
                            const std::vector<double> &values)
{
    series->replace(points(ds, values));
    chart.addSeries(series);
}

void ForecastChart::addStartMarker(QChart &chart, const ReportData &data)
{
    const std::optional<Timestamp> start = data.forecastStart();
    if (!start)
        return;
    const std::vector<double> y = data.actualY();
    const auto [low, high] =
        valueRange({&y, data.forecast.column("yhat_lower"), data.forecast.column("yhat_upper"),
                    data.forecast.column("yhat")});
    if (!std::isfinite(low))
        return;
    auto *marker = new QLineSeries(&chart);
    marker->setName(tr("forecast start"));
    QPen pen(kMarkerColor, 1.5, Qt::DashLine);
    marker->setPen(pen);
    marker->append(axisX(*start), low);
    marker->append(axisX(*start), high);
    chart.addSeries(marker);
}

std::unique_ptr<QChart> ForecastChart::forecast(const ReportData &data)
{
    auto chart = emptyChart(
        data.datasetName.isEmpty() ? tr("Forecast") : tr("Forecast of %1").arg(data.datasetName));
    const std::vector<Timestamp> &ds = data.forecast.ds;

    auto *actuals = new QScatterSeries(chart.get());
    actuals->setName(tr("y"));
    actuals->setMarkerSize(4);
    actuals->setColor(kActualColor);
    actuals->setBorderColor(kActualColor);
    addLine(*chart, actuals, ds, data.actualY());

    const std::vector<double> *lower = data.forecast.column("yhat_lower");
    const std::vector<double> *upper = data.forecast.column("yhat_upper");
    if (lower && upper)
        addBand(*chart, ds, *lower, *upper,
                tr("%1 % interval").arg(data.config.intervalWidth * 100.0));

    auto *yhat = new QLineSeries(chart.get());
    yhat->setName(tr("yhat"));
    yhat->setPen(seriesPen(kForecastColor, 2.0));
    if (const std::vector<double> *values = data.forecast.column("yhat"))
        addLine(*chart, yhat, ds, *values);
    else
        delete yhat;

    addStartMarker(*chart, data);
    addDateAxes(*chart, tr("y"));
    return chart;
}

std::unique_ptr<QChart> ForecastChart::component(const ReportData &data, const std::string &name)
{
    const std::vector<double> *values = data.forecast.column(name);
    if (!values)
        return nullptr;
    // A seasonality repeats: one period of it shows its shape, as Prophet's plots do.
    const std::size_t rows = seasonRows(data, name);
    auto head = [rows](const auto &column) {
        return std::vector(column.begin(), column.begin() + std::ptrdiff_t(rows));
    };
    const std::vector<Timestamp> ds = head(data.forecast.ds);
    const QString title = QString::fromStdString(name);
    auto chart = emptyChart(title);
    const std::vector<double> *lower = data.forecast.column(name + "_lower");
    const std::vector<double> *upper = data.forecast.column(name + "_upper");
    if (lower && upper && *lower != *upper)
        addBand(*chart, ds, head(*lower), head(*upper), tr("interval"));
    auto *line = new QLineSeries(chart.get());
    line->setName(title);
    line->setPen(seriesPen(kForecastColor, 2.0));
    addLine(*chart, line, ds, head(*values));
    addDateAxes(*chart, title);
    return chart;
}

std::size_t ForecastChart::seasonRows(const ReportData &data, const std::string &name)
{
    const std::vector<Timestamp> &ds = data.forecast.ds;
    if (!data.model || ds.empty())
        return ds.size();
    for (const ResolvedSeasonality &season : data.model->seasonalities) {
        if (season.name != name)
            continue;
        const double end = double(ds.front()) + season.period * double(kMsPerDay);
        std::size_t rows = 0;
        while (rows < ds.size() && double(ds[rows]) <= end)
            ++rows;
        return std::max<std::size_t>(std::min<std::size_t>(2, ds.size()), rows);
    }
    return ds.size();
}

std::unique_ptr<QChart> ForecastChart::metric(const MetricsTable &metrics, const std::string &name)
{
    const std::vector<double> *values = metrics.column(name);
    if (!values)
        return nullptr;
    const QString title = QString::fromStdString(name);
    auto chart = emptyChart(tr("Cross-validation: %1 by horizon").arg(title));
    auto *line = new QLineSeries(chart.get());
    line->setName(title);
    line->setPen(seriesPen(kForecastColor, 2.0));
    for (std::size_t i = 0; i < metrics.horizon.size() && i < values->size(); ++i) {
        const double h = metrics.monthly ? double(metrics.horizon[i])
                                         : double(metrics.horizon[i]) / double(kMsPerDay);
        if (std::isfinite((*values)[i]))
            line->append(h, (*values)[i]);
    }
    chart->addSeries(line);
    chart->createDefaultAxes();
    const QList<QAbstractAxis *> xAxes = chart->axes(Qt::Horizontal);
    if (!xAxes.isEmpty())
        xAxes.first()->setTitleText(metrics.monthly ? tr("horizon (months)")
                                                    : tr("horizon (days)"));
    return chart;
}

} // namespace prognos
