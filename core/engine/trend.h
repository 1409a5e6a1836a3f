#pragma once

#include "modeltypes.h"

#include <Eigen/Core>

namespace prognos {

/// Prophet's trend functions (§5 of the model document; `prophet.stan`, Prophet's
/// piecewise_linear, piecewise_logistic and flat_trend), in scaled units.
class Trend
{
public:
    /// Evaluates the trend at times `t` (any order) with rate changes `delta` at the sorted
    /// times `changepointsT`. `capScaled` is used by logistic growth only (one per row).
    static Eigen::VectorXd evaluate(Growth growth, const Eigen::VectorXd &t,
                                    const Eigen::VectorXd &changepointsT, double k, double m,
                                    const Eigen::VectorXd &delta, const Eigen::VectorXd &capScaled);

    /// Piecewise linear: g(t) = (k + a(t)·δ) t + (m + a(t)·γ) with γ_j = −s_j δ_j.
    static Eigen::VectorXd linear(const Eigen::VectorXd &t, const Eigen::VectorXd &changepointsT,
                                  double k, double m, const Eigen::VectorXd &delta);

    /// Piecewise logistic with the offsets adjusted recursively for continuity, exactly as
    /// Prophet computes it (divides by each segment's rate).
    static Eigen::VectorXd logistic(const Eigen::VectorXd &t, const Eigen::VectorXd &changepointsT,
                                    double k, double m, const Eigen::VectorXd &delta,
                                    const Eigen::VectorXd &capScaled);
};

} // namespace prognos
