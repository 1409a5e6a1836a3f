#include "componentchartsview.h"

#include "chartdecimator.h"
#include "chartpalette.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <set>

namespace prognos {

namespace {

const QColor kLineColor(30, 100, 200);

QLineSeries *lineSeries(const QList<QPointF> &points)
{
    auto *series = new QLineSeries;
    series->replace(points);
    series->setPen(QPen(kLineColor, 2));
    return series;
}

QDateTimeAxis *dateAxis(QChart *chart, const QString &format)
{
    auto *axis = new QDateTimeAxis(chart);
    axis->setFormat(format);
    chart->addAxis(axis, Qt::AlignBottom);
    return axis;
}

void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *x)
{
    chart->addSeries(series);
    series->attachAxis(x);
    auto *y = new QValueAxis(chart);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    y->applyNiceNumbers();
}

} // namespace

ComponentChartsView::ComponentChartsView(QWidget *parent)
    : QScrollArea(parent)
    , m_content(new QWidget(this))
    , m_layout(new QVBoxLayout(m_content))
    , m_stepTimer(new QTimer(this))
{
    setWidget(m_content);
    setWidgetResizable(true);
    m_layout->addStretch(1);
    m_stepTimer->setInterval(kStepMs);
    connect(m_stepTimer, &QTimer::timeout, this, &ComponentChartsView::addNextChart);
}

void ComponentChartsView::setComponents(const FittedModel &model, const Forecast &forecast)
{
    clearComponents();
    // One chart per pass of the event loop: building them all at once would hold the GUI
    // thread for longer than a frame or two. `model` and `forecast` must stay unchanged until
    // componentsShown() or clearComponents().
    m_pending.append([this, &forecast] { addTrend(forecast); });
    if (forecast.column("holidays"))
        m_pending.append([this, &forecast] { addOverTime(forecast, "holidays"); });
    m_pending.append([this, &forecast] { addWeekly(forecast); });
    m_pending.append([this, &forecast] { addYearly(forecast); });
    m_pending.append([this, &forecast] { addDaily(forecast); });
    // Single holidays are part of the holidays chart; the *_terms are sums of the others.
    std::set<std::string> shown{"trend", "holidays", "weekly", "yearly", "daily"};
    shown.insert(model.trainHolidayNames.begin(), model.trainHolidayNames.end());
    for (const Component &component : model.components) {
        const std::string name = component.name;
        if (!shown.contains(name) && !name.ends_with("_terms") && forecast.column(name))
            m_pending.append([this, &forecast, name] { addOverTime(forecast, name); });
    }
    m_stepTimer->start();
}

void ComponentChartsView::addNextChart()
{
    if (m_pending.isEmpty()) {
        m_stepTimer->stop();
        emit componentsShown();
        return;
    }
    m_pending.takeFirst()();
}

void ComponentChartsView::clearComponents()
{
    m_stepTimer->stop();
    m_pending.clear();
    qDeleteAll(m_views);
    m_views.clear();
}

QStringList ComponentChartsView::chartTitles() const
{
    QStringList titles;
    for (const QChartView *view : m_views)
        titles.append(view->chart()->title());
    return titles;
}

QChart *ComponentChartsView::addChart(const std::string &component, const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->hide();
    ChartPalette::applyTheme(chart, palette());
    auto *view = new QChartView(chart, m_content);
    chart->setParent(view);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(230);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this,
            [this, view, name = QString::fromStdString(component)](const QPoint &position) {
                emit chartMenuRequested(name, view->mapToGlobal(position));
            });
    m_layout->insertWidget(m_layout->count() - 1, view);
    m_views.append(view);
    return chart;
}

void ComponentChartsView::addTrend(const Forecast &forecast)
{
    const auto *trend = forecast.column("trend");
    if (!trend)
        return;
    QChart *chart = addChart("trend", tr("trend"));
    QDateTimeAxis *x = dateAxis(chart, QStringLiteral("yyyy-MM"));
    auto *y = new QValueAxis(chart);
    chart->addAxis(y, Qt::AlignLeft);
    const auto *lower = forecast.column("trend_lower");
    const auto *upper = forecast.column("trend_upper");
    QList<QAbstractSeries *> series;
    if (lower && upper) {
        auto *band = new QAreaSeries(lineSeries(ChartDecimator::points(forecast.ds, *upper)),
                                     lineSeries(ChartDecimator::points(forecast.ds, *lower)));
        band->upperSeries()->setParent(band);
        band->lowerSeries()->setParent(band);
        band->setBrush(QColor(66, 133, 214, 70));
        band->setPen(Qt::NoPen);
        series.append(band);
    }
    series.append(lineSeries(ChartDecimator::points(forecast.ds, *trend)));
    for (QAbstractSeries *each : series) {
        chart->addSeries(each);
        each->attachAxis(x);
        each->attachAxis(y);
    }
    y->applyNiceNumbers();
}

void ComponentChartsView::addOverTime(const Forecast &forecast, const std::string &name)
{
    QChart *chart = addChart(name, QString::fromStdString(name));
    attach(chart, lineSeries(ChartDecimator::points(forecast.ds, *forecast.column(name))),
           dateAxis(chart, QStringLiteral("yyyy-MM")));
}

void ComponentChartsView::addWeekly(const Forecast &forecast)
{
    const auto *weekly = forecast.column("weekly");
    if (!weekly || forecast.size() < 7)
        return;
    double value[7];
    bool seen[7] = {};
    for (std::size_t i = forecast.size(); i-- > 0 && std::count(seen, seen + 7, true) < 7;) {
        const int day = CivilTime::weekday(dayNumber(forecast.ds[i]));
        if (!seen[day]) {
            seen[day] = true;
            value[day] = (*weekly)[i];
        }
    }
    QList<QPointF> points;
    for (int day = 0; day < 7; ++day) {
        if (seen[day])
            points.append(QPointF(day, value[day]));
    }
    QChart *chart = addChart("weekly", tr("weekly"));
    auto *x = new QCategoryAxis(chart);
    const QStringList names{tr("Monday"), tr("Tuesday"),  tr("Wednesday"), tr("Thursday"),
                            tr("Friday"), tr("Saturday"), tr("Sunday")};
    for (int day = 0; day < 7; ++day)
        x->append(names[day], day + 0.5);
    x->setStartValue(-0.5);
    x->setRange(-0.5, 6.5);
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    chart->addAxis(x, Qt::AlignBottom);
    attach(chart, lineSeries(points), x);
}

void ComponentChartsView::addYearly(const Forecast &forecast)
{
    const auto *yearly = forecast.column("yearly");
    if (!yearly || forecast.size() == 0)
        return;
    const Timestamp start = forecast.ds.front();
    const Timestamp end = start + Timestamp(365) * kMsPerDay;
    std::size_t last = 0;
    while (last < forecast.size() && forecast.ds[last] < end)
        ++last;
    QChart *chart = addChart("yearly", tr("yearly"));
    attach(chart, lineSeries(ChartDecimator::points(forecast.ds, *yearly, 0, last)),
           dateAxis(chart, QStringLiteral("MMM d")));
}

void ComponentChartsView::addDaily(const Forecast &forecast)
{
    const auto *daily = forecast.column("daily");
    if (!daily || forecast.size() == 0)
        return;
    const Timestamp end = forecast.ds.front() + kMsPerDay;
    std::size_t last = 0;
    while (last < forecast.size() && forecast.ds[last] < end)
        ++last;
    QChart *chart = addChart("daily", tr("daily"));
    attach(chart, lineSeries(ChartDecimator::points(forecast.ds, *daily, 0, last)),
           dateAxis(chart, QStringLiteral("HH:mm")));
}

} // namespace prognos
