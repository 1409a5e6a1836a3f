#pragma once

#include "fittedmodel.h"
#include "preparedframe.h"

#include <Eigen/Core>

#include <atomic>

namespace prognos {

/// Lower and upper bounds of yhat and the trend for every row of a prepared frame.
struct UncertaintyBands
{
    Eigen::VectorXd yhatLower;
    Eigen::VectorXd yhatUpper;
    Eigen::VectorXd trendLower;
    Eigen::VectorXd trendUpper;
};

/// Prophet's predictive simulation (§12 of the model document): future trend changes drawn
/// like the fitted ones (Python's vectorized scheme, or R's Poisson scheme; logistic growth
/// always uses the Poisson scheme), Gaussian observation noise, and type-7 percentiles.
/// The same seed gives the same bands whatever the number of threads.
class UncertaintySimulator
{
public:
    /// `expectedTrend` is the trend in scaled units; `additive` (y units) and
    /// `multiplicative` (fractions) are the summed components of each row.
    /// Returns false when cancelled.
    static bool simulate(const FittedModel &model, const PreparedFrame &frame,
                         const Eigen::VectorXd &expectedTrend, const Eigen::VectorXd &additive,
                         const Eigen::VectorXd &multiplicative, int threads,
                         const std::atomic_bool *cancel, UncertaintyBands &bands);

    /// Hyndman–Fan type 7 percentile (numpy's default) of `values` at probability `q`;
    /// reorders `values`.
    static double percentile(std::vector<double> &values, double q);
};

} // namespace prognos
