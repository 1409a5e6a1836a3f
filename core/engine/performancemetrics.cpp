#include "performancemetrics.h"

#include "rollingwindow.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <set>

namespace prognos {

namespace {

/// Below this |y| percentage errors are undefined (Prophet's threshold).
constexpr double kNearZero = 1e-8;

/// The per-row quantity a metric aggregates, in row order.
std::vector<double> perRow(const std::string &metric, const CrossValidationFrame &f)
{
    std::vector<double> values(f.size());
    for (std::size_t i = 0; i < f.size(); ++i) {
        const double error = f.y[i] - f.yhat[i];
        if (metric == "mse" || metric == "rmse") {
            values[i] = error * error;
        } else if (metric == "mae") {
            values[i] = std::abs(error);
        } else if (metric == "mape" || metric == "mdape") {
            values[i] = std::abs(error / f.y[i]);
        } else if (metric == "smape") {
            const double scale = (std::abs(f.y[i]) + std::abs(f.yhat[i])) / 2.0;
            values[i] = scale == 0.0 ? 0.0 : std::abs(error) / scale;
        } else {
            values[i] = f.yhatLower[i] <= f.y[i] && f.y[i] <= f.yhatUpper[i] ? 1.0 : 0.0;
        }
    }
    return values;
}

std::int64_t monthIndex(Timestamp t)
{
    const CivilTime c = CivilTime::fromTimestamp(t);
    return std::int64_t(c.year) * 12 + c.month - 1;
}

/// The metrics that can be computed; the others go to `omitted` with the reason.
std::vector<std::string> computable(const CrossValidationFrame &frame,
                                    const std::vector<std::string> &wanted,
                                    std::vector<std::pair<std::string, std::string>> &omitted)
{
    std::size_t nearZero = frame.size();
    for (std::size_t i = 0; i < frame.size() && nearZero == frame.size(); ++i) {
        if (std::abs(frame.y[i]) < kNearZero)
            nearZero = i;
    }
    std::vector<std::string> kept;
    for (const std::string &metric : wanted) {
        if (metric == "coverage" && !frame.hasIntervals()) {
            omitted.emplace_back(metric, "coverage needs uncertainty intervals; set "
                                         "uncertainty_samples above 0.");
        } else if ((metric == "mape" || metric == "mdape") && nearZero < frame.size()) {
            omitted.emplace_back(metric, "y is 0 (or within 1e-8 of it) on " +
                                             formatTimestamp(frame.ds[nearZero]) +
                                             ", where a percentage error is undefined; use "
                                             "smape or mae instead.");
        } else {
            kept.push_back(metric);
        }
    }
    return kept;
}

} // namespace

std::vector<std::string> MetricsOptions::validate() const
{
    std::vector<std::string> problems;
    const std::vector<std::string> &known = PerformanceMetrics::metricNames();
    std::set<std::string> seen;
    for (const std::string &metric : metrics) {
        if (std::find(known.begin(), known.end(), metric) == known.end())
            problems.push_back("\"" + metric +
                               "\" is not a metric; choose among mse, rmse, "
                               "mae, mape, mdape, smape and coverage.");
        else if (!seen.insert(metric).second)
            problems.push_back("The metric " + metric + " is asked for twice.");
    }
    if (!std::isfinite(rollingWindow))
        problems.push_back("The rolling window must be a number: 0.1 for a tenth of the rows.");
    return problems;
}

const std::vector<double> *MetricsTable::column(std::string_view name) const
{
    for (const auto &[columnName, values] : columns) {
        if (columnName == name)
            return &values;
    }
    return nullptr;
}

const std::vector<std::string> &PerformanceMetrics::metricNames()
{
    static const std::vector<std::string> names = {"mse",   "rmse",  "mae",     "mape",
                                                   "mdape", "smape", "coverage"};
    return names;
}

MetricsTable PerformanceMetrics::compute(const CrossValidationFrame &frame,
                                         const MetricsOptions &options)
{
    // 1. Which metrics, on which rows.
    MetricsTable table;
    table.monthly = options.monthly;
    table.status = Status::InvalidInput;
    if (const std::vector<std::string> problems = options.validate(); !problems.empty()) {
        table.message = problems.front();
        return table;
    }
    if (frame.size() == 0) {
        table.message = "There are no cross-validation rows to score.";
        return table;
    }
    const std::vector<std::string> metrics =
        computable(frame, options.metrics.empty() ? metricNames() : options.metrics, table.omitted);
    if (metrics.empty()) {
        table.message = "No metric can be computed: " + table.omitted.front().second;
        return table;
    }

    // 2. Horizons, rows sorted by them (stable, as R's order()).
    std::vector<std::int64_t> horizonOfRow(frame.size());
    for (std::size_t i = 0; i < frame.size(); ++i)
        horizonOfRow[i] = options.monthly ? monthIndex(frame.ds[i]) - monthIndex(frame.cutoff[i])
                                          : frame.ds[i] - frame.cutoff[i];
    std::vector<std::size_t> order(frame.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return horizonOfRow[a] < horizonOfRow[b];
    });
    std::vector<std::int64_t> h(order.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        h[i] = horizonOfRow[order[i]];

    // 3. Each metric aggregated over the window (or per row for a negative window).
    const long w = RollingWindow::size(options.rollingWindow, frame.size());
    for (const std::string &metric : metrics) {
        const std::vector<double> rowValues = perRow(metric, frame);
        std::vector<double> x(order.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            x[i] = rowValues[order[i]];
        HorizonValues aggregated{h, x};
        if (w >= 0) {
            aggregated = metric == "mdape" ? RollingWindow::medianByHorizon(x, h, w)
                                           : RollingWindow::meanByHorizon(x, h, w);
        }
        if (metric == "rmse") {
            for (double &value : aggregated.value)
                value = std::sqrt(value);
        }
        table.horizon = aggregated.horizon;
        table.columns.emplace_back(metric, std::move(aggregated.value));
    }
    table.status = Status::Ok;
    return table;
}

MetricsTable PerformanceMetrics::ratio(const MetricsTable &model, const MetricsTable &baseline)
{
    MetricsTable table;
    table.monthly = model.monthly;
    if (!model.ok() || !baseline.ok() || model.horizon != baseline.horizon) {
        table.message = "The model and the baseline were not scored on the same rows.";
        return table;
    }
    table.horizon = model.horizon;
    for (const auto &[metric, values] : model.columns) {
        const std::vector<double> *base = baseline.column(metric);
        if (!base) {
            table.omitted.emplace_back(metric, metric == "coverage"
                                                   ? "the baselines have no intervals to cover y."
                                                   : "the baseline has no " + metric + ".");
            continue;
        }
        std::vector<double> quotient(values.size());
        for (std::size_t i = 0; i < values.size(); ++i)
            quotient[i] = values[i] / (*base)[i];
        table.columns.emplace_back(metric, std::move(quotient));
    }
    table.status = Status::Ok;
    return table;
}

BaselineComparison PerformanceMetrics::compareWithBaselines(const CrossValidationFrame &frame,
                                                            const MetricsTable &model,
                                                            const MetricsOptions &options)
{
    BaselineComparison comparison;
    if (!frame.hasBaselines()) {
        const std::string why = "The cross-validation was run without baselines.";
        for (MetricsTable *t : {&comparison.naive, &comparison.seasonalNaive,
                                &comparison.naiveRatio, &comparison.seasonalNaiveRatio})
            t->message = why;
        return comparison;
    }
    MetricsOptions withoutCoverage = options;
    if (withoutCoverage.metrics.empty())
        withoutCoverage.metrics = metricNames();
    std::erase(withoutCoverage.metrics, std::string("coverage"));
    comparison.naive = compute(frame.withPrediction(frame.naive), withoutCoverage);
    comparison.seasonalNaive = compute(frame.withPrediction(frame.seasonalNaive), withoutCoverage);
    comparison.naiveRatio = ratio(model, comparison.naive);
    comparison.seasonalNaiveRatio = ratio(model, comparison.seasonalNaive);
    return comparison;
}

} // namespace prognos
