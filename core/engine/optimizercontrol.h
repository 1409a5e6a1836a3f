#pragma once

#include <Eigen/Core>

#include <atomic>
#include <functional>
#include <string>

namespace prognos {

/// Limits and hooks of an optimizer run.
struct OptimizerControl
{
    int maxIterations = 10000;
    /// Called once per iteration with the iteration number and the current log posterior;
    /// returning false stops the run as cancelled.
    std::function<bool(int iteration, double logPosterior)> progress;
    /// Checked at every objective evaluation.
    const std::atomic_bool *cancel = nullptr;
};

/// Where an optimizer stopped.
struct OptimizerResult
{
    Eigen::VectorXd theta;   ///< the best point found
    double logPosterior = 0; ///< lp at theta
    int iterations = 0;
    int evaluations = 0;
    bool ok = false; ///< false: failed or cancelled (see message)
    bool cancelled = false;
    std::string message;
};

} // namespace prognos
