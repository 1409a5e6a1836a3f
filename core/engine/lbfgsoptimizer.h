#pragma once

#include "logposterior.h"
#include "optimizercontrol.h"

namespace prognos {

/// L-BFGS through LBFGSpp, as Prophet uses Stan's L-BFGS from 100 rows on. The objective is
/// not smooth where a rate change δ_j crosses 0, so a line search can stall; the run then
/// restarts from the best point seen until a restart no longer improves lp. This reaches
/// at least the optimum Stan reports on every reference case.
class LbfgsOptimizer
{
public:
    static OptimizerResult maximize(const LogPosterior &objective, const Eigen::VectorXd &start,
                                    const OptimizerControl &control);
};

} // namespace prognos
