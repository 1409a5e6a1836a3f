#include "newtonoptimizer.h"

#include <Eigen/Eigenvalues>

#include <cmath>

namespace prognos {

namespace {

constexpr double kFailedLp = -1e100;

bool cancelRequested(const OptimizerControl &control)
{
    return control.cancel && control.cancel->load(std::memory_order_relaxed);
}

double safeValue(const LogPosterior &objective, const Eigen::VectorXd &theta)
{
    const double lp = objective.value(theta);
    return std::isfinite(lp) ? lp : kFailedLp;
}

/// Stan's finite-difference "Hessian": four gradient perturbations per coordinate,
/// accumulated symmetrically and multiplied by ε/2, which yields ε² times the Hessian.
Eigen::MatrixXd scaledHessian(const LogPosterior &objective, const Eigen::VectorXd &theta,
                              int &evaluations)
{
    constexpr double epsilon = 1e-3;
    constexpr double halfEpsilon = 0.5 * epsilon;
    constexpr double perturbations[4] = {-2 * epsilon, -epsilon, epsilon, 2 * epsilon};
    constexpr double coefficients[4] = {1.0 / 12.0, -2.0 / 3.0, 2.0 / 3.0, -1.0 / 12.0};
    const Eigen::Index n = theta.size();
    Eigen::MatrixXd hessian = Eigen::MatrixXd::Zero(n, n);
    Eigen::VectorXd perturbed = theta;
    Eigen::VectorXd gradient(n);
    for (Eigen::Index d = 0; d < n; ++d) {
        for (int i = 0; i < 4; ++i) {
            perturbed[d] = theta[d] + perturbations[i];
            objective.valueAndGradient(perturbed, gradient);
            ++evaluations;
            const Eigen::VectorXd contribution = halfEpsilon * coefficients[i] * gradient;
            hessian.row(d) += contribution.transpose();
            hessian.col(d) += contribution;
        }
        perturbed[d] = theta[d];
    }
    return hessian;
}

} // namespace

OptimizerResult NewtonOptimizer::maximize(const LogPosterior &objective,
                                          const Eigen::VectorXd &start,
                                          const OptimizerControl &control)
{
    OptimizerResult result;
    result.theta = start;
    Eigen::VectorXd gradient(objective.dimension());
    double lp = objective.valueAndGradient(result.theta, gradient);
    ++result.evaluations;
    if (!std::isfinite(lp)) {
        result.message = "the model cannot be evaluated at its starting point";
        return result;
    }

    for (int iteration = 1; iteration <= control.maxIterations; ++iteration) {
        if (cancelRequested(control)) {
            result.cancelled = true;
            result.message = "cancelled";
            result.logPosterior = lp;
            return result;
        }

        // 1. Direction: V diag(1/|λ|) Vᵀ ∇lp, an ascent direction whatever the curvature.
        const double lastLp = lp;
        objective.valueAndGradient(result.theta, gradient);
        const Eigen::MatrixXd hessian = scaledHessian(objective, result.theta, result.evaluations);
        const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(hessian);
        Eigen::VectorXd projection = solver.eigenvectors().transpose() * gradient;
        projection.array() /= solver.eigenvalues().array().abs();
        const Eigen::VectorXd direction = solver.eigenvectors() * projection;

        // 2. Halve the step until lp does not decrease (Stan starts at 1).
        double step = 2;
        double trialLp = kFailedLp;
        Eigen::VectorXd trial = result.theta;
        bool moved = true;
        while (trialLp < lastLp) {
            step *= 0.5;
            if (step < 1e-50) {
                moved = false;
                break;
            }
            trial = result.theta + step * direction;
            trialLp = safeValue(objective, trial);
            ++result.evaluations;
        }
        if (moved) {
            result.theta = trial;
            lp = trialLp;
        }
        result.iterations = iteration;
        if (control.progress && !control.progress(iteration, lp)) {
            result.cancelled = true;
            result.message = "cancelled";
            result.logPosterior = lp;
            return result;
        }

        // 3. Stan stops once lp changes by at most 1e-8 (never after the first iteration,
        //    whose reference value includes the constants Stan drops later).
        if (iteration > 1 && std::abs(lp - lastLp) <= 1e-8)
            break;
    }
    result.logPosterior = lp;
    result.ok = true;
    return result;
}

} // namespace prognos
