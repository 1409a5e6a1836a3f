#pragma once

#include "logposterior.h"
#include "optimizercontrol.h"

namespace prognos {

/// Stan's L-BFGS, as Prophet uses it from 100 rows on (§10.5 of the model document): the
/// quasi-Newton direction from LBFGSpp's two-loop recursion over the last 5 corrections,
/// Stan's initial step (0.001, then cubic interpolation of the previous step), its Wolfe line
/// search with cubic zoom, and its convergence tests and tolerances. The Laplace prior makes
/// the objective non-smooth, so the end point depends on the path: following Stan's path is
/// what makes the forecast agree with Prophet's. Rounding still moves that end point a
/// little, so the fit then goes a short way further (see SplitPolisher) to be at least as
/// good as Stan's optimum.
class LbfgsOptimizer
{
public:
    static OptimizerResult maximize(const LogPosterior &objective, const Eigen::VectorXd &start,
                                    const OptimizerControl &control);

private:
    static OptimizerResult run(const LogPosterior &objective, const Eigen::VectorXd &start,
                               const OptimizerControl &control);
};

} // namespace prognos
