#include "splitpolisher.h"

#include <LBFGSB.h>

#include <cmath>
#include <limits>
#include <stdexcept>

namespace prognos {

namespace {

struct CancelledRun
{
};

/// Thrown from inside the objective when lp has reached the target.
struct TargetReached
{
};

/// −lp on x = (k, m, δ⁺, δ⁻, ln σ, β), remembering the best point evaluated.
class SplitObjective
{
public:
    SplitObjective(const LogPosterior &objective, const OptimizerControl &control, double target)
        : m_objective(objective)
        , m_control(control)
        , m_target(target)
        , m_s(objective.changepointCount())
        , m_rest(objective.dimension() - 2 - m_s)
    {}

    Eigen::Index dimension() const { return m_objective.dimension() + m_s; }

    Eigen::VectorXd join(const Eigen::VectorXd &x) const
    {
        Eigen::VectorXd theta(m_objective.dimension());
        theta.head(2) = x.head(2);
        theta.segment(2, m_s) = x.segment(2, m_s) - x.segment(2 + m_s, m_s);
        theta.tail(m_rest) = x.tail(m_rest);
        return theta;
    }

    Eigen::VectorXd split(const Eigen::VectorXd &theta) const
    {
        Eigen::VectorXd x(dimension());
        x.head(2) = theta.head(2);
        x.segment(2, m_s) = theta.segment(2, m_s).cwiseMax(0.0);
        x.segment(2 + m_s, m_s) = (-theta.segment(2, m_s)).cwiseMax(0.0);
        x.tail(m_rest) = theta.tail(m_rest);
        return x;
    }

    double operator()(const Eigen::VectorXd &x, Eigen::VectorXd &gradient)
    {
        if (m_control.cancel && m_control.cancel->load(std::memory_order_relaxed))
            throw CancelledRun{};
        ++m_evaluations;
        const Eigen::VectorXd theta = join(x);
        Eigen::VectorXd g;
        const double tau = m_objective.data().tau;
        double lp = m_objective.valueAndGradient(theta, g);
        gradient.resize(dimension());
        if (!std::isfinite(lp) || !g.allFinite()) {
            gradient.setZero();
            return std::numeric_limits<double>::infinity();
        }
        const auto plus = x.segment(2, m_s);
        const auto minus = x.segment(2 + m_s, m_s);
        lp += (theta.segment(2, m_s).cwiseAbs().sum() - plus.sum() - minus.sum()) / tau;
        gradient.head(2) = -g.head(2);
        for (Eigen::Index j = 0; j < m_s; ++j) {
            const double d = theta[2 + j];
            const double smooth = g[2 + j] + double((d > 0) - (d < 0)) / tau;
            gradient[2 + j] = -smooth + 1.0 / tau;
            gradient[2 + m_s + j] = smooth + 1.0 / tau;
        }
        gradient.tail(m_rest) = -g.tail(m_rest);
        if (lp > m_bestLp) {
            m_bestLp = lp;
            m_best = x;
            if (lp >= m_target)
                throw TargetReached{};
        }
        return -lp;
    }

    const Eigen::VectorXd &best() const { return m_best; }
    int evaluations() const { return m_evaluations; }

private:
    const LogPosterior &m_objective;
    const OptimizerControl &m_control;
    double m_target;
    Eigen::Index m_s;
    Eigen::Index m_rest;
    Eigen::VectorXd m_best;
    double m_bestLp = -std::numeric_limits<double>::infinity();
    int m_evaluations = 0;
};

} // namespace

OptimizerResult SplitPolisher::maximize(const LogPosterior &objective, const Eigen::VectorXd &start,
                                        const OptimizerControl &control, double targetLogPosterior,
                                        double relativeTolerance)
{
    OptimizerResult result;
    SplitObjective function(objective, control, targetLogPosterior);
    const Eigen::Index n = function.dimension();
    const Eigen::Index s = objective.changepointCount();
    constexpr double inf = std::numeric_limits<double>::infinity();
    Eigen::VectorXd lower = Eigen::VectorXd::Constant(n, -inf);
    const Eigen::VectorXd upper = Eigen::VectorXd::Constant(n, inf);
    lower.segment(2, 2 * s).setZero();

    LBFGSpp::LBFGSBParam<double> param;
    param.m = 10;
    param.epsilon = 1e-8;
    param.epsilon_rel = 0;
    param.past = 1;
    param.delta = relativeTolerance;
    param.max_linesearch = 60;
    param.max_iterations = control.maxIterations;
    LBFGSpp::LBFGSBSolver<double> solver(param);
    Eigen::VectorXd x = function.split(start);
    try {
        double fx = 0;
        result.iterations = solver.minimize(function, x, fx, lower, upper);
    } catch (const TargetReached &) {
        // Far enough: stay as close as possible to where the polish started.
    } catch (const CancelledRun &) {
        result.cancelled = true;
        result.message = "cancelled";
    } catch (const std::exception &) {
        // The line search ran out of precision: keep the best point seen.
    }
    result.evaluations = function.evaluations();
    result.theta = function.best().size() ? function.join(function.best()) : start;
    result.logPosterior = objective.value(result.theta);
    result.ok = !result.cancelled && std::isfinite(result.logPosterior);
    return result;
}

} // namespace prognos
