#pragma once

#include "logposterior.h"
#include "optimizercontrol.h"

namespace prognos {

/// Stan's Newton optimizer as Prophet uses it below 100 rows (§10.6 of the model document):
/// a Hessian from central differences of the gradient, carrying Stan's scale factor, made
/// negative definite through its eigen-decomposition, and step halving until lp does not
/// decrease. Reproducing Stan's quirks keeps the end point equal to Prophet's.
class NewtonOptimizer
{
public:
    static OptimizerResult maximize(const LogPosterior &objective, const Eigen::VectorXd &start,
                                    const OptimizerControl &control);
};

} // namespace prognos
