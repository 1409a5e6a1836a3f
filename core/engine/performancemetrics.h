#pragma once

#include "crossvalidationframe.h"
#include "prophet.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace prognos {

/// Settings of PerformanceMetrics::compute (Prophet's `performance_metrics`, §13.4).
struct MetricsOptions
{
    /// Any of mse, rmse, mae, mape, mdape, smape, coverage, each at most once, in the order
    /// wanted. Empty: all of them in that order.
    std::vector<std::string> metrics;
    /// Share of the rows aggregated per horizon: 0.1 by default, 0 for each horizon on its
    /// own, 1 for one row over everything, negative for one row per cross-validation row.
    double rollingWindow = 0.1;
    /// Horizons in whole calendar months (month of ds − month of cutoff) instead of time.
    bool monthly = false;

    /// Every problem with these settings, each a sentence a user can act on; empty if valid.
    std::vector<std::string> validate() const;
};

/// Metrics by horizon, Prophet's `performance_metrics` frame.
struct MetricsTable
{
    Status status = Status::Failed;
    std::string message;
    bool monthly = false;
    std::vector<std::int64_t> horizon; ///< milliseconds, or months when monthly
    /// One column per metric, in the order asked for, each with one value per horizon.
    std::vector<std::pair<std::string, std::vector<double>>> columns;
    /// Metrics asked for but left out, with the reason in words a user can act on.
    std::vector<std::pair<std::string, std::string>> omitted;

    bool ok() const { return status == Status::Ok; }
    /// The column of that metric, or nullptr.
    const std::vector<double> *column(std::string_view name) const;
};

/// The metrics of the two baselines and how the model compares with each.
struct BaselineComparison
{
    MetricsTable naive;
    MetricsTable seasonalNaive;
    MetricsTable naiveRatio;         ///< model metric / naive metric, per horizon
    MetricsTable seasonalNaiveRatio; ///< model metric / seasonal-naive metric, per horizon
};

/// Prophet's `performance_metrics` (§13.4–13.6 of the model document): per-row errors of a
/// cross-validation, sorted by horizon (stably, as R does) and aggregated over a rolling
/// window. mse, mae, mape, smape and coverage are rolling means, mdape a rolling median and
/// rmse the square root of the aggregated mse. Per row: squared error (y − ŷ)², absolute
/// error |y − ŷ|, APE |y − ŷ| / |y|, SAPE |y − ŷ| / ((|y| + |ŷ|) / 2) with 0/0 counted as 0
/// (as Python Prophet; R leaves NaN), covered = yhat_lower ≤ y ≤ yhat_upper.
class PerformanceMetrics
{
public:
    /// The metric names in Prophet's default order.
    static const std::vector<std::string> &metricNames();

    /// Metrics of the frame's yhat. coverage is left out without intervals; mape and mdape
    /// are left out when some |y| is below 1e-8 (as R Prophet does; Python keeps mdape),
    /// each with the reason. Fails when no metric remains.
    static MetricsTable compute(const CrossValidationFrame &frame,
                                const MetricsOptions &options = {});

    /// Per horizon, each metric of `model` divided by the same metric of `baseline` (below 1:
    /// the model does better for error metrics). Metrics the baseline lacks (coverage) are
    /// left out with the reason. Both tables must come from the same rows and options.
    static MetricsTable ratio(const MetricsTable &model, const MetricsTable &baseline);

    /// The baselines of the frame scored with the same options, and the ratios of `model`
    /// (the metrics of the frame's yhat) to each. Fails when the frame has no baselines.
    static BaselineComparison compareWithBaselines(const CrossValidationFrame &frame,
                                                   const MetricsTable &model,
                                                   const MetricsOptions &options = {});
};

} // namespace prognos
