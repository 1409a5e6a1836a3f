#pragma once

#include "logposterior.h"
#include "optimizercontrol.h"

namespace prognos {

/// Polishes an optimum on the smooth split form of the objective: δ = δ⁺ − δ⁻ with δ± ≥ 0
/// turns the Laplace term |δ| into the linear δ⁺ + δ⁻, and LBFGSpp's L-BFGS-B solves the
/// bound-constrained problem without the kinks that stall a plain line search. It stops as
/// soon as lp reaches the target, so that it leaves its starting point as little as possible.
class SplitPolisher
{
public:
    /// Runs from `start` until lp reaches `targetLogPosterior` or, on the way to the exact
    /// optimum, improves by less than `relativeTolerance` in an iteration.
    static OptimizerResult maximize(const LogPosterior &objective, const Eigen::VectorXd &start,
                                    const OptimizerControl &control, double targetLogPosterior,
                                    double relativeTolerance = 1e-14);
};

} // namespace prognos
