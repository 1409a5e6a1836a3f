#pragma once

#include "modeltypes.h"

#include <Eigen/Core>

#include <atomic>
#include <vector>

namespace prognos {

/// The data of the Stan model (§10.1 of the model document) on Prophet's scaled axes.
struct StanData
{
    Growth growth = Growth::Linear;
    Eigen::VectorXd t;             ///< sorted scaled times of the history rows
    Eigen::VectorXd y;             ///< scaled y
    Eigen::VectorXd cap;           ///< scaled cap (logistic growth), else zeros
    Eigen::VectorXd changepointsT; ///< sorted, at least one
    Eigen::MatrixXd X;             ///< n × K features
    Eigen::VectorXd sigmas;        ///< prior scale of each feature
    Eigen::VectorXd sA;            ///< 1 for additive features
    Eigen::VectorXd sM;            ///< 1 for multiplicative features
    double tau = 0.05;             ///< changepoint prior scale
};

/// Prophet's log posterior with Stan's constants dropped and no Jacobian term (§10.3), as a
/// function of the unconstrained vector θ = (k, m, δ_1..δ_S, ln σ, β_1..β_K), with its
/// analytic gradient. Reference: Taylor & Letham, "Forecasting at scale" (2017), and
/// Prophet's `prophet.stan`.
class LogPosterior
{
public:
    /// Precomputes what the evaluations need; a set `cancel` flag stops that early, and
    /// cancelled() then tells.
    explicit LogPosterior(StanData data, const std::atomic_bool *cancel = nullptr);

    /// Whether the construction was cancelled (the object must not be used then).
    bool cancelled() const { return m_cancelled; }

    /// Number of unconstrained parameters, 3 + S + K.
    Eigen::Index dimension() const { return 3 + m_s + m_k; }
    Eigen::Index changepointCount() const { return m_s; }
    Eigen::Index featureCount() const { return m_k; }
    const StanData &data() const { return m_data; }

    /// lp(θ); non-finite when the trend is not defined there.
    double value(const Eigen::VectorXd &theta) const;

    /// lp(θ) and its gradient ∂lp/∂θ (sgn(0) = 0 for the Laplace terms, as Stan does).
    double valueAndGradient(const Eigen::VectorXd &theta, Eigen::VectorXd &gradient) const;

    /// Packs parameters into θ (σ becomes ln σ).
    Eigen::VectorXd pack(double k, double m, const Eigen::VectorXd &delta, double sigma,
                         const Eigen::VectorXd &beta) const;

private:
    double evaluate(const Eigen::VectorXd &theta, Eigen::VectorXd *gradient) const;
    double evaluateQuadratic(const Eigen::VectorXd &theta, Eigen::VectorXd *gradient) const;
    /// lp of §10.3 given θ and the sum of squared residuals.
    double logDensity(const Eigen::VectorXd &theta, double sse) const;
    void prepareQuadratic(const std::atomic_bool *cancel);

    StanData m_data;
    Eigen::Index m_n = 0;
    Eigen::Index m_s = 0;
    Eigen::Index m_k = 0;
    bool m_hasMultiplicative = false;
    bool m_hasAdditive = false;
    std::vector<int> m_segment; ///< per row, the number of changepoints at or before t
    Eigen::MatrixXd m_xA;       ///< X restricted to additive columns (others zero)
    Eigen::MatrixXd m_xM;       ///< X restricted to multiplicative columns

    // Linear or flat growth with additive features only: the mean is Z φ for the linear
    // parameters φ = (k, m, δ, β), so the sum of squares needs only ZᵀZ, Zᵀy and yᵀy and an
    // evaluation costs O(P²) instead of O(n P).
    bool m_quadratic = false;
    bool m_cancelled = false;
    Eigen::MatrixXd m_gram; ///< ZᵀZ
    Eigen::VectorXd m_zty;  ///< Zᵀy
    double m_yty = 0;       ///< yᵀy
};

} // namespace prognos
