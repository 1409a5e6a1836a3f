#pragma once

#include "timestamp.h"

#include <cstddef>
#include <vector>

namespace prognos {

/// The rows of a cross-validation (Prophet's `cross_validation` output): one row per
/// history row in (cutoff, cutoff + horizon] of each cutoff, ordered by cutoff, then ds.
/// Every column has one value per row, or is empty when absent.
struct CrossValidationFrame
{
    std::vector<Timestamp> ds;
    std::vector<Timestamp> cutoff;
    std::vector<double> y;             ///< the actual value
    std::vector<double> yhat;          ///< the forecast of the model fitted up to the cutoff
    std::vector<double> yhatLower;     ///< empty without uncertainty intervals
    std::vector<double> yhatUpper;     ///< empty without uncertainty intervals
    std::vector<double> naive;         ///< last value at or before the cutoff
    std::vector<double> seasonalNaive; ///< value one season earlier (see BaselineForecast)

    std::size_t size() const { return ds.size(); }
    bool hasIntervals() const { return !yhatLower.empty() && !yhatUpper.empty(); }
    bool hasBaselines() const { return !naive.empty() && !seasonalNaive.empty(); }

    /// A copy whose yhat is `prediction` (one value per row), without intervals or baselines:
    /// the input for scoring a baseline with PerformanceMetrics.
    CrossValidationFrame withPrediction(const std::vector<double> &prediction) const
    {
        return {ds, cutoff, y, prediction, {}, {}, {}, {}};
    }
};

} // namespace prognos
