#include "lbfgsoptimizer.h"

#include <LBFGS.h>

#include <cmath>
#include <limits>
#include <stdexcept>

namespace prognos {

namespace {

/// Thrown from inside the objective to leave LBFGSpp when the user cancels.
struct CancelledRun
{
};

/// −lp for LBFGSpp, remembering the best point it has been evaluated at.
class NegativeLogPosterior
{
public:
    NegativeLogPosterior(const LogPosterior &objective, const OptimizerControl &control)
        : m_objective(objective)
        , m_control(control)
    {
    }

    double operator()(const Eigen::VectorXd &theta, Eigen::VectorXd &gradient)
    {
        if (m_control.cancel && m_control.cancel->load(std::memory_order_relaxed))
            throw CancelledRun{};
        ++m_evaluations;
        const double lp = m_objective.valueAndGradient(theta, gradient);
        if (!std::isfinite(lp) || !gradient.allFinite()) {
            gradient.setZero();
            return std::numeric_limits<double>::infinity();
        }
        gradient = -gradient;
        if (lp > m_bestLp) {
            m_bestLp = lp;
            m_best = theta;
        }
        if (m_control.progress && m_evaluations % 8 == 0 &&
            !m_control.progress(m_evaluations / 8, m_bestLp)) {
            throw CancelledRun{};
        }
        return -lp;
    }

    const Eigen::VectorXd &best() const { return m_best; }
    double bestLp() const { return m_bestLp; }
    int evaluations() const { return m_evaluations; }

private:
    const LogPosterior &m_objective;
    const OptimizerControl &m_control;
    Eigen::VectorXd m_best;
    double m_bestLp = -std::numeric_limits<double>::infinity();
    int m_evaluations = 0;
};

} // namespace

OptimizerResult LbfgsOptimizer::maximize(const LogPosterior &objective,
                                         const Eigen::VectorXd &start,
                                         const OptimizerControl &control)
{
    OptimizerResult result;
    NegativeLogPosterior function(objective, control);

    LBFGSpp::LBFGSParam<double> param;
    param.m = 10;
    param.epsilon = 1e-8;
    param.epsilon_rel = 0;
    param.past = 1;
    param.delta = 1e-13;
    param.max_linesearch = 60;
    param.linesearch = LBFGSpp::LBFGS_LINESEARCH_BACKTRACKING_STRONG_WOLFE;
    param.min_step = 1e-30;
    param.max_iterations = control.maxIterations;
    LBFGSpp::LBFGSSolver<double, LBFGSpp::LineSearchNocedalWright> solver(param);

    Eigen::VectorXd theta = start;
    double previousBest = -std::numeric_limits<double>::infinity();
    constexpr int kMaxRestarts = 50;
    try {
        for (int restart = 0; restart < kMaxRestarts; ++restart) {
            double fx = 0;
            try {
                result.iterations += solver.minimize(function, theta, fx);
            } catch (const std::runtime_error &) {
                // The line search stalled at a kink; continue from the best point.
            } catch (const std::logic_error &) {
                // The direction was not a descent direction; restart from the best point.
            }
            if (function.best().size() == 0)
                break;
            theta = function.best();
            const double best = function.bestLp();
            if (best - previousBest <= 1e-10 * std::max(1.0, std::abs(best)))
                break;
            previousBest = best;
            if (result.iterations >= control.maxIterations)
                break;
        }
    } catch (const CancelledRun &) {
        result.cancelled = true;
        result.message = "cancelled";
    }
    result.evaluations = function.evaluations();
    if (function.best().size() == 0) {
        result.theta = start;
        result.message = result.cancelled ? result.message
                                          : "the model cannot be evaluated at its starting point";
        return result;
    }
    result.theta = function.best();
    result.logPosterior = function.bestLp();
    result.ok = !result.cancelled;
    return result;
}

} // namespace prognos
