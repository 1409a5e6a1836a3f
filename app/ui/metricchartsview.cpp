#include "metricchartsview.h"

#include "chartpalette.h"

#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace prognos {

namespace {

constexpr int kColumns = 3;

QLineSeries *tableSeries(const MetricsTable &table, const std::string &metric, const QString &name,
                         const QPen &pen)
{
    const std::vector<double> *values = table.column(metric);
    if (!table.ok() || !values)
        return nullptr;
    auto *series = new QLineSeries;
    series->setName(name);
    series->setPen(pen);
    QList<QPointF> points;
    for (std::size_t i = 0; i < values->size(); ++i)
        points.append(QPointF(MetricChartsView::horizonValue(table, i), (*values)[i]));
    series->replace(points);
    return series;
}

} // namespace

MetricChartsView::MetricChartsView(QWidget *parent)
    : QWidget(parent)
{
    m_legend = new QLabel(tr("<span style=\"color:#1e64c8\">━━ Prophet</span> &nbsp; "
                             "<span style=\"color:#787878\">╍╍ Naive (last value)</span> &nbsp; "
                             "<span style=\"color:#2ea043\">╍╍ Seasonal naive (one season "
                             "earlier)</span> &nbsp; <span style=\"color:#c83c3c\">┈┈ Interval "
                             "width aimed at (coverage)</span>"),
                          this);
    m_legend->setWordWrap(true);
    m_omitted = new QLabel(this);
    m_omitted->setWordWrap(true);
    m_omitted->setVisible(false);
    m_grid = new QGridLayout;
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_legend);
    layout->addWidget(m_omitted);
    layout->addLayout(m_grid, 1);
}

double MetricChartsView::horizonValue(const MetricsTable &table, std::size_t row)
{
    const double h = double(table.horizon[row]);
    return table.monthly ? h : h / double(kMsPerDay);
}

void MetricChartsView::clear()
{
    qDeleteAll(m_charts);
    m_charts.clear();
    m_omitted->clear();
    m_omitted->setVisible(false);
}

void MetricChartsView::setOutput(const CrossValidationOutput &output)
{
    clear();
    if (!output.ok())
        return;
    QStringList omitted;
    for (const auto &[name, reason] : output.metrics.omitted)
        omitted.append(tr("%1 left out: %2")
                           .arg(QString::fromStdString(name), QString::fromStdString(reason)));
    m_omitted->setText(omitted.join(QLatin1Char('\n')));
    m_omitted->setVisible(!omitted.isEmpty());
    for (const auto &[name, values] : output.metrics.columns) {
        QChartView *view = createChart(QString::fromStdString(name), output);
        const int index = int(m_charts.size());
        m_grid->addWidget(view, index / kColumns, index % kColumns);
        m_charts.append(view);
    }
}

QChartView *MetricChartsView::createChart(const QString &metric,
                                          const CrossValidationOutput &output)
{
    auto *chart = new QChart;
    ChartPalette::applyTheme(chart, palette());
    chart->setTitle(metric);
    chart->legend()->hide(); // one legend above all the charts
    chart->setMargins(QMargins(4, 4, 4, 4));
    const std::string key = metric.toStdString();
    QList<QLineSeries *> lines{
        tableSeries(output.metrics, key, tr("Prophet"), QPen(QColor(30, 100, 200), 2))};
    if (output.baselines) {
        lines.append(tableSeries(output.baselines->naive, key, tr("Naive"),
                                 QPen(QColor(120, 120, 120), 1.5, Qt::DashLine)));
        lines.append(tableSeries(output.baselines->seasonalNaive, key, tr("Seasonal naive"),
                                 QPen(QColor(46, 160, 67), 1.5, Qt::DashDotLine)));
    }
    const MetricsTable &table = output.metrics;
    if (metric == QLatin1String("coverage") && !table.horizon.empty()) {
        auto *aim = new QLineSeries;
        aim->setName(tr("Interval width"));
        aim->setPen(QPen(QColor(200, 60, 60), 1, Qt::DotLine));
        aim->replace(
            {QPointF(horizonValue(table, 0), output.config.intervalWidth),
             QPointF(horizonValue(table, table.horizon.size() - 1), output.config.intervalWidth)});
        lines.append(aim);
    }
    auto *x = new QValueAxis;
    x->setTitleText(table.monthly ? tr("horizon (months)") : tr("horizon (days)"));
    x->setLabelFormat(QStringLiteral("%g"));
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%.3g"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *line : std::as_const(lines)) {
        if (!line)
            continue;
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
    // Axes over every line, starting at 0 so that ratios between lines read true.
    double high = 0, left = qInf(), right = -qInf();
    for (QLineSeries *line : std::as_const(lines)) {
        for (const QPointF &p : line ? line->points() : QList<QPointF>()) {
            high = std::max(high, p.y());
            left = std::min(left, p.x());
            right = std::max(right, p.x());
        }
    }
    if (left <= right)
        x->setRange(left, std::max(right, left + 1e-9));
    y->setRange(0, high > 0 ? high * 1.05 : 1);
    y->applyNiceNumbers();
    auto *view = new QChartView(chart, this);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(200, 180);
    view->setObjectName(QStringLiteral("metric_") + metric);
    return view;
}

QStringList MetricChartsView::metricNames() const
{
    QStringList names;
    for (QChartView *view : m_charts)
        names.append(view->chart()->title());
    return names;
}

QLineSeries *MetricChartsView::series(const QString &metric, const QString &name) const
{
    for (QChartView *view : m_charts) {
        if (view->chart()->title() != metric)
            continue;
        for (QAbstractSeries *series : view->chart()->series()) {
            if (series->name() == name)
                return qobject_cast<QLineSeries *>(series);
        }
    }
    return nullptr;
}

} // namespace prognos
