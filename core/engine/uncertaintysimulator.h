#pragma once

#include "fittedmodel.h"
#include "preparedframe.h"
#include "randomstream.h"

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

    /// The type 7 percentiles at `lowQ` < `highQ` at once (one partial sort for both);
    /// reorders `values`.
    static void percentiles(std::vector<double> &values, double lowQ, double highQ, double &low,
                            double &high);

    /// The type 7 percentiles at `lowQ` and `highQ` of `samples` independent standard normal
    /// draws, without drawing them all: only the order statistics that the percentiles
    /// interpolate between are drawn, each from its exact distribution given the previous one
    /// (the r-th smallest of n uniforms is Beta(r, n − r + 1); above a known one the others
    /// are uniform on what is left), then mapped through the normal quantile function. The
    /// result has the distribution of sorting `samples` draws, at a cost independent of it.
    static void normalPercentiles(RandomStream &random, int samples, double lowQ, double highQ,
                                  double &low, double &high);
};

} // namespace prognos
