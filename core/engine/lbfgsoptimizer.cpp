#include "lbfgsoptimizer.h"

#include "splitpolisher.h"

#include <LBFGSpp/BFGSMat.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <thread>
#include <vector>

namespace prognos {

namespace {

// Stan's defaults (services/optimize/defaults.hpp, bfgs_linesearch.hpp).
constexpr double kInitialAlpha = 1e-3;
constexpr double kMinAlpha = 1e-12;
constexpr double kC1 = 1e-4;
constexpr double kC2 = 0.9;
constexpr int kMaxLineSearchIterations = 20;
constexpr int kMaxLineSearchRestarts = 10;
constexpr int kHistory = 5;
constexpr double kTolAbsF = 1e-12;
constexpr double kTolAbsGrad = 1e-8;
constexpr double kTolAbsX = 1e-8;
constexpr double kTolRelF = 1e4;
constexpr double kTolRelGrad = 1e7;
constexpr double kEpsilon = std::numeric_limits<double>::epsilon();
// Runs of Stan's path from slightly moved starts, restarts from its end, and how far the
// polish goes past the best end (relative lp).
constexpr int kStanRuns = 4;
constexpr int kMaxRestarts = 8;
constexpr double kPolishMargin = 1e-5;

/// f = −lp and its gradient; counts evaluations and honours cancellation.
class Objective
{
public:
    Objective(const LogPosterior &lp, const OptimizerControl &control)
        : m_lp(lp)
        , m_control(control)
    {}

    /// Returns false when the value or gradient is not finite.
    bool evaluate(const Eigen::VectorXd &x, double &f, Eigen::VectorXd &g)
    {
        ++evaluations;
        f = -m_lp.valueAndGradient(x, g);
        g = -g;
        return std::isfinite(f) && g.allFinite();
    }

    bool cancelled() const
    {
        return m_control.cancel && m_control.cancel->load(std::memory_order_relaxed);
    }

    int evaluations = 0;

private:
    const LogPosterior &m_lp;
    const OptimizerControl &m_control;
};

/// One trial point of a line search.
struct Trial
{
    double alpha = 0;
    double f = 0;
    double slope = 0; ///< g·p
    Eigen::VectorXd x;
    Eigen::VectorXd g;
};

/// Minimizer on [lo, hi] of the cubic with value 0 and slope df0 at 0, value f1 and slope
/// df1 at x1 (Stan's CubicInterp).
double cubicInterpolation(double df0, double x1, double f1, double df1, double lo, double hi)
{
    const double a0 = f1 - df0 * x1;
    const double b0 = df1 - df0;
    const double a = (b0 * x1 - 2.0 * a0) / (x1 * x1 * x1);
    const double b = (3.0 * a0 - b0 * x1) / (x1 * x1);
    auto cubic = [&](double x) { return ((a * x + b) * x + df0) * x; };
    double best = lo;
    double bestValue = cubic(lo);
    auto consider = [&](double x) {
        if (std::isfinite(x) && x >= lo && x <= hi && cubic(x) < bestValue) {
            best = x;
            bestValue = cubic(x);
        }
    };
    consider(hi);
    const double discriminant = b * b - 3.0 * a * df0;
    if (a != 0.0 && discriminant >= 0) {
        consider((-b + std::sqrt(discriminant)) / (3.0 * a));
        consider((-b - std::sqrt(discriminant)) / (3.0 * a));
    } else if (a == 0.0 && b != 0.0) {
        consider(-df0 / (2.0 * b));
    }
    return best;
}

/// Stan's zoom phase between a bracket of two trials.
bool zoom(Objective &objective, const Eigen::VectorXd &x0, double f0, double d0,
          const Eigen::VectorXd &p, Trial lo, Trial hi, Trial &accepted)
{
    Trial trial;
    for (int iteration = 0; std::abs(lo.alpha - hi.alpha) >= 1e-16 && iteration < 200;
         ++iteration) {
        if (objective.cancelled())
            return false;
        double alpha;
        if ((iteration + 1) % 5 == 0) {
            alpha = 0.5 * (lo.alpha + hi.alpha);
        } else {
            const double d1 = lo.slope + hi.slope - 3.0 * (lo.f - hi.f) / (lo.alpha - hi.alpha);
            double d2 = std::sqrt(d1 * d1 - lo.slope * hi.slope);
            if (hi.alpha < lo.alpha)
                d2 = -d2;
            alpha = hi.alpha -
                    (hi.alpha - lo.alpha) * (hi.slope + d2 - d1) / (hi.slope - lo.slope + 2.0 * d2);
            const double width = std::abs(hi.alpha - lo.alpha);
            if (!std::isfinite(alpha) || std::abs(alpha - lo.alpha) < 0.01 * width ||
                std::abs(alpha - hi.alpha) < 0.01 * width) {
                alpha = 0.5 * (lo.alpha + hi.alpha);
            }
        }
        // Evaluate; on failure move halfway towards the smaller end.
        while (true) {
            trial.alpha = alpha;
            trial.x = x0 + alpha * p;
            if (objective.evaluate(trial.x, trial.f, trial.g))
                break;
            const double target = std::min(lo.alpha, hi.alpha);
            const double moved = 0.5 * (alpha + target);
            if (std::abs(moved - alpha) < 1e-16)
                return false;
            alpha = moved;
        }
        trial.slope = trial.g.dot(p);
        if (trial.f > f0 + trial.alpha * kC1 * d0 || trial.f >= lo.f) {
            hi = trial;
        } else {
            if (std::abs(trial.slope) <= -kC2 * d0) {
                accepted = trial;
                return true;
            }
            if (trial.slope * (hi.alpha - lo.alpha) >= 0)
                hi = lo;
            lo = trial;
        }
    }
    return false;
}

/// Stan's Wolfe line search from x0 along p, starting at alpha.
bool wolfeLineSearch(Objective &objective, const Eigen::VectorXd &x0, double f0,
                     const Eigen::VectorXd &g0, const Eigen::VectorXd &p, double alpha,
                     Trial &accepted)
{
    const double d0 = g0.dot(p);
    Trial previous{kMinAlpha, f0, d0, x0, g0};
    Trial current;
    current.alpha = alpha;
    for (int iteration = 0; iteration < kMaxLineSearchIterations; ++iteration) {
        if (objective.cancelled())
            return false;
        int restarts = 0;
        while (true) {
            current.x = x0 + current.alpha * p;
            if (objective.evaluate(current.x, current.f, current.g))
                break;
            if (++restarts > kMaxLineSearchRestarts)
                return false;
            current.alpha = 0.5 * (previous.alpha + current.alpha);
        }
        current.slope = current.g.dot(p);
        // Stan compares with the initial alpha here, not the current trial's.
        if (current.f > f0 + alpha * kC1 * d0 || (current.f >= previous.f && iteration > 0))
            return zoom(objective, x0, f0, d0, p, previous, current, accepted);
        if (std::abs(current.slope) <= -kC2 * d0) {
            accepted = current;
            return true;
        }
        if (current.slope >= 0)
            return zoom(objective, x0, f0, d0, p, current, previous, accepted);
        previous = current;
        current.alpha *= 10.0;
    }
    return false;
}

} // namespace

OptimizerResult LbfgsOptimizer::maximize(const LogPosterior &lp, const Eigen::VectorXd &start,
                                         const OptimizerControl &control)
{
    // 1. Stan's path, from Prophet's start and from starts moved by 1e-10 of the offset:
    //    rounding alone moves where that path stops (by a few 1e-5 of lp), so the best of
    //    a few runs is as good as the run Prophet happened to make. The runs are independent
    //    and deterministic, so a second thread takes every other one; only the first reports
    //    progress.
    std::vector<OptimizerResult> runs(kStanRuns);
    OptimizerControl quiet = control;
    quiet.progress = nullptr;
    const auto runFrom = [&](int draw) {
        Eigen::VectorXd moved = start;
        moved[1] *= 1.0 + 1e-10 * draw;
        runs[static_cast<std::size_t>(draw)] = run(lp, moved, draw == 0 ? control : quiet);
    };
    std::thread helper([&] {
        for (int draw = 1; draw < kStanRuns; draw += 2)
            runFrom(draw);
    });
    for (int draw = 0; draw < kStanRuns; draw += 2)
        runFrom(draw);
    helper.join();
    OptimizerResult stan = std::move(runs[0]);
    for (int draw = 1; draw < kStanRuns; ++draw) {
        OptimizerResult &other = runs[static_cast<std::size_t>(draw)];
        if (other.cancelled || stan.cancelled) {
            other.cancelled = true;
            other.ok = false;
            other.message = "cancelled";
            return other;
        }
        const int iterations = stan.iterations + other.iterations;
        const int evaluations = stan.evaluations + other.evaluations;
        if (other.ok && (!stan.ok || other.logPosterior > stan.logPosterior))
            stan = std::move(other);
        stan.iterations = iterations;
        stan.evaluations = evaluations;
    }

    // 2. Stan's algorithm again from where it stopped, while that still gains.
    for (int restart = 0; restart < kMaxRestarts && stan.ok; ++restart) {
        OptimizerResult next = run(lp, stan.theta, control);
        if (next.cancelled)
            return next;
        const double gain = next.logPosterior - stan.logPosterior;
        if (!next.ok || gain <= 1e-9 * std::abs(stan.logPosterior))
            break;
        next.iterations += stan.iterations;
        next.evaluations += stan.evaluations;
        stan = std::move(next);
    }
    if (!stan.ok)
        return stan;

    // 3. A short polish on the smooth split form, stopping once lp beats that end point by
    //    kPolishMargin (relative): at least Stan's optimum, moving as little as possible.
    const double target = stan.logPosterior + kPolishMargin * std::abs(stan.logPosterior);
    OptimizerResult polished = SplitPolisher::maximize(lp, stan.theta, control, target);
    if (polished.cancelled)
        return polished;
    if (!polished.ok || polished.logPosterior <= stan.logPosterior)
        return stan;
    polished.iterations += stan.iterations;
    polished.evaluations += stan.evaluations;
    return polished;
}

OptimizerResult LbfgsOptimizer::run(const LogPosterior &lp, const Eigen::VectorXd &start,
                                    const OptimizerControl &control)
{
    OptimizerResult result;
    Objective objective(lp, control);
    const auto n = static_cast<int>(start.size());
    Eigen::VectorXd x = start;
    Eigen::VectorXd g(n);
    double f = 0;
    if (!objective.evaluate(x, f, g)) {
        result.theta = start;
        result.message = "the model cannot be evaluated at its starting point";
        return result;
    }
    LBFGSpp::BFGSMat<double> memory;
    memory.reset(n, kHistory);
    Eigen::VectorXd p = -g;
    Eigen::VectorXd previousP = p;
    Eigen::VectorXd previousG = g;
    double previousF = f;
    double previousAlpha = 0;

    for (int iteration = 1;; ++iteration) {
        if (objective.cancelled()) {
            result.cancelled = true;
            break;
        }
        // 1. Line search, resetting to steepest descent once if it fails.
        int reset = iteration == 1 ? 1 : 0;
        Trial accepted;
        while (true) {
            if (reset)
                p = -g;
            double alpha = kInitialAlpha;
            if (iteration > 1 && reset != 2) {
                alpha = std::min(1.0, 1.01 * cubicInterpolation(previousG.dot(previousP),
                                                                previousAlpha, f - previousF,
                                                                g.dot(previousP), kMinAlpha, 1.0));
            }
            if (wolfeLineSearch(objective, x, f, g, p, alpha, accepted))
                break;
            if (objective.cancelled() || reset) {
                result.cancelled = objective.cancelled();
                result.message = result.cancelled ? "cancelled" : "the line search failed";
                result.theta = x;
                result.logPosterior = -f;
                result.iterations = iteration;
                result.evaluations = objective.evaluations;
                return result;
            }
            reset = 2;
        }

        // 2. Move, and update the quasi-Newton memory.
        const Eigen::VectorXd s = accepted.x - x;
        const Eigen::VectorXd y = accepted.g - g;
        previousF = f;
        previousG = g;
        previousP = p;
        x = accepted.x;
        f = accepted.f;
        g = accepted.g;
        if (reset) {
            const double b0 = y.squaredNorm() / s.dot(y);
            memory.reset(n, kHistory);
            previousP /= b0;
            previousAlpha = accepted.alpha * b0;
        } else {
            previousAlpha = accepted.alpha;
        }
        memory.add_correction(s, y);
        memory.apply_Hv(g, -1.0, p);
        result.iterations = iteration;
        if (control.progress && !control.progress(iteration, -f)) {
            result.cancelled = true;
            break;
        }

        // 3. Stan's convergence tests, in its order.
        const double change = std::abs(previousF - f);
        if (change < kTolAbsF || g.norm() < kTolAbsGrad || s.norm() < kTolAbsX ||
            iteration >= control.maxIterations ||
            change / std::max({std::abs(previousF), std::abs(f), 1.0}) < kTolRelF * kEpsilon ||
            -p.dot(g) / std::max(std::abs(f), 1.0) < kTolRelGrad * kEpsilon) {
            break;
        }
    }
    result.theta = x;
    result.logPosterior = -f;
    result.evaluations = objective.evaluations;
    result.ok = !result.cancelled;
    if (result.cancelled)
        result.message = "cancelled";
    return result;
}

} // namespace prognos
