#include "logposterior.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace prognos {

namespace {

double signOf(double x)
{
    return (x > 0) - (x < 0);
}

} // namespace

LogPosterior::LogPosterior(StanData data, const std::atomic_bool *cancel)
    : m_data(std::move(data))
    , m_n(m_data.t.size())
    , m_s(m_data.changepointsT.size())
    , m_k(m_data.X.cols())
{
    m_segment.resize(static_cast<std::size_t>(m_n));
    const double *begin = m_data.changepointsT.data();
    const double *end = begin + m_s;
    for (Eigen::Index i = 0; i < m_n; ++i)
        m_segment[i] = static_cast<int>(std::upper_bound(begin, end, m_data.t[i]) - begin);
    m_hasMultiplicative = m_data.sM.sum() > 0;
    m_hasAdditive = m_data.sA.sum() > 0;
    m_xA = m_data.X * m_data.sA.asDiagonal();
    m_xM = m_data.X * m_data.sM.asDiagonal();
    if (m_data.growth != Growth::Logistic && !m_hasMultiplicative)
        prepareQuadratic(cancel);
}

void LogPosterior::prepareQuadratic(const std::atomic_bool *cancel)
{
    // Z = [t, 1, (t − s_j)⁺ ..., X_additive]; flat growth has zero k and δ columns. ZᵀZ and
    // Zᵀy are summed over blocks of rows, checking for a cancel request between blocks.
    constexpr Eigen::Index kBlock = 4096;
    const Eigen::Index p = 2 + m_s + m_k;
    const bool linear = m_data.growth == Growth::Linear;
    m_gram = Eigen::MatrixXd::Zero(p, p);
    m_zty = Eigen::VectorXd::Zero(p);
    Eigen::MatrixXd z(std::min(kBlock, m_n), p);
    for (Eigen::Index first = 0; first < m_n; first += kBlock) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            m_cancelled = true;
            return;
        }
        const Eigen::Index rows = std::min(kBlock, m_n - first);
        z.setZero();
        for (Eigen::Index r = 0; r < rows; ++r) {
            const Eigen::Index i = first + r;
            const double t = m_data.t[i];
            z(r, 0) = linear ? t : 0.0;
            z(r, 1) = 1.0;
            for (Eigen::Index j = 0; linear && j < m_segment[static_cast<std::size_t>(i)]; ++j)
                z(r, 2 + j) = t - m_data.changepointsT[j];
        }
        z.topRightCorner(rows, m_k) = m_xA.middleRows(first, rows);
        m_gram.selfadjointView<Eigen::Lower>().rankUpdate(z.topRows(rows).transpose());
        m_zty.noalias() += z.topRows(rows).transpose() * m_data.y.segment(first, rows);
    }
    m_gram = m_gram.selfadjointView<Eigen::Lower>();
    m_yty = m_data.y.squaredNorm();
    m_quadratic = true;
}

double LogPosterior::logDensity(const Eigen::VectorXd &theta, double sse) const
{
    const double k = theta[0];
    const double m = theta[1];
    const auto delta = theta.segment(2, m_s);
    const double u = theta[2 + m_s];
    const double sigma = std::exp(u);
    const auto beta = theta.tail(m_k);
    const double inverseVariance = 1.0 / (sigma * sigma);
    return -k * k / 50.0 - m * m / 50.0 - delta.cwiseAbs().sum() / m_data.tau -
           2.0 * sigma * sigma - 0.5 * beta.cwiseQuotient(m_data.sigmas).squaredNorm() -
           static_cast<double>(m_n) * u - 0.5 * sse * inverseVariance;
}

double LogPosterior::evaluateQuadratic(const Eigen::VectorXd &theta,
                                       Eigen::VectorXd *gradient) const
{
    const Eigen::Index p = 2 + m_s + m_k;
    Eigen::VectorXd phi(p);
    phi.head(2 + m_s) = theta.head(2 + m_s);
    phi.tail(m_k) = theta.tail(m_k);
    const double k = theta[0];
    const double m = theta[1];
    const auto delta = theta.segment(2, m_s);
    const double u = theta[2 + m_s];
    const double sigma = std::exp(u);
    const auto beta = theta.tail(m_k);
    const Eigen::VectorXd gramPhi = m_gram * phi;
    const double sse = std::max(0.0, m_yty - 2.0 * phi.dot(m_zty) + phi.dot(gramPhi));
    const double inverseVariance = 1.0 / (sigma * sigma);
    const double lp = logDensity(theta, sse);
    if (!gradient || !std::isfinite(lp))
        return lp;
    Eigen::VectorXd &grad = *gradient;
    const Eigen::VectorXd likelihood = (m_zty - gramPhi) * inverseVariance;
    grad[0] = -k / 25.0 + likelihood[0];
    grad[1] = -m / 25.0 + likelihood[1];
    for (Eigen::Index j = 0; j < m_s; ++j)
        grad[2 + j] = -signOf(delta[j]) / m_data.tau + likelihood[2 + j];
    grad[2 + m_s] = -4.0 * sigma * sigma - static_cast<double>(m_n) + sse * inverseVariance;
    grad.tail(m_k) = -beta.cwiseQuotient(m_data.sigmas.cwiseAbs2()) + likelihood.tail(m_k);
    return lp;
}

Eigen::VectorXd LogPosterior::pack(double k, double m, const Eigen::VectorXd &delta, double sigma,
                                   const Eigen::VectorXd &beta) const
{
    Eigen::VectorXd theta(dimension());
    theta[0] = k;
    theta[1] = m;
    theta.segment(2, m_s) = delta;
    theta[2 + m_s] = std::log(sigma);
    theta.tail(m_k) = beta;
    return theta;
}

double LogPosterior::value(const Eigen::VectorXd &theta) const
{
    return evaluate(theta, nullptr);
}

double LogPosterior::valueAndGradient(const Eigen::VectorXd &theta, Eigen::VectorXd &gradient) const
{
    gradient.resize(dimension());
    return evaluate(theta, &gradient);
}

double LogPosterior::evaluate(const Eigen::VectorXd &theta, Eigen::VectorXd *gradient) const
{
    if (m_quadratic)
        return evaluateQuadratic(theta, gradient);
    const double k = theta[0];
    const double m = theta[1];
    const auto delta = theta.segment(2, m_s);
    const double u = theta[2 + m_s];
    const double sigma = std::exp(u);
    const auto beta = theta.tail(m_k);
    const Eigen::VectorXd &t = m_data.t;
    const Eigen::VectorXd &cps = m_data.changepointsT;

    // 1. Cumulative rate changes: before segment c, Σ_{j<c} δ_j and Σ_{j<c} δ_j s_j.
    Eigen::VectorXd cumDelta(m_s + 1);
    Eigen::VectorXd cumDeltaS(m_s + 1);
    cumDelta[0] = 0;
    cumDeltaS[0] = 0;
    for (Eigen::Index j = 0; j < m_s; ++j) {
        cumDelta[j + 1] = cumDelta[j] + delta[j];
        cumDeltaS[j + 1] = cumDeltaS[j] + delta[j] * cps[j];
    }

    // 2. Trend g and, for the gradient, dg/dz (logistic) per row.
    Eigen::VectorXd g(m_n);
    Eigen::VectorXd slope; // dg/dz for logistic growth
    switch (m_data.growth) {
    case Growth::Linear:
        for (Eigen::Index i = 0; i < m_n; ++i) {
            const int c = m_segment[i];
            g[i] = (k + cumDelta[c]) * t[i] + m - cumDeltaS[c];
        }
        break;
    case Growth::Logistic:
        slope.resize(m_n);
        // A later segment with a rate of exactly 0 makes Stan's recursive form undefined.
        for (Eigen::Index j = 0; j <= m_s; ++j) {
            if (k + cumDelta[j] == 0.0)
                return -std::numeric_limits<double>::infinity();
        }
        for (Eigen::Index i = 0; i < m_n; ++i) {
            const int c = m_segment[i];
            const double z = k * (t[i] - m) + cumDelta[c] * t[i] - cumDeltaS[c];
            const double p = 1.0 / (1.0 + std::exp(-z));
            g[i] = m_data.cap[i] * p;
            slope[i] = m_data.cap[i] * p * (1.0 - p);
        }
        break;
    case Growth::Flat:
        g.setConstant(m);
        break;
    }

    // 3. Mean and residuals.
    Eigen::VectorXd additive = Eigen::VectorXd::Zero(m_n);
    Eigen::VectorXd multiplicative = Eigen::VectorXd::Zero(m_n);
    if (m_hasAdditive)
        additive.noalias() = m_xA * beta;
    if (m_hasMultiplicative)
        multiplicative.noalias() = m_xM * beta;
    const Eigen::VectorXd residual =
        m_data.y - (g.array() * (1.0 + multiplicative.array()) + additive.array()).matrix();
    const double sse = residual.squaredNorm();
    const double inverseVariance = 1.0 / (sigma * sigma);

    // 4. The log posterior.
    const double lp = logDensity(theta, sse);
    if (!gradient || !std::isfinite(lp))
        return lp;

    // 5. Gradient: features, then noise, then the trend through v = w (1 + M).
    Eigen::VectorXd &grad = *gradient;
    const Eigen::VectorXd w = residual * inverseVariance;
    Eigen::VectorXd gradBeta = -beta.cwiseQuotient(m_data.sigmas.cwiseAbs2());
    if (m_hasAdditive)
        gradBeta.noalias() += m_xA.transpose() * w;
    if (m_hasMultiplicative)
        gradBeta.noalias() += m_xM.transpose() * (w.array() * g.array()).matrix();
    grad.tail(m_k) = gradBeta;
    grad[2 + m_s] = -4.0 * sigma * sigma - static_cast<double>(m_n) + sse * inverseVariance;

    Eigen::VectorXd v = (w.array() * (1.0 + multiplicative.array())).matrix();
    if (m_data.growth == Growth::Flat) {
        grad[0] = -k / 25.0;
        grad[1] = -m / 25.0 + v.sum();
        for (Eigen::Index j = 0; j < m_s; ++j)
            grad[2 + j] = -signOf(delta[j]) / m_data.tau;
        return lp;
    }
    if (m_data.growth == Growth::Logistic)
        v.array() *= slope.array();

    // dg/dk = t (linear) or dz/dk = t − m (logistic); dg/dm = 1 or dz/dm = −k;
    // dδ_j: Σ over rows past changepoint j of v (t − s_j), via per-segment sums.
    Eigen::VectorXd segmentV = Eigen::VectorXd::Zero(m_s + 1);
    Eigen::VectorXd segmentVt = Eigen::VectorXd::Zero(m_s + 1);
    double sumV = 0;
    double sumVt = 0;
    for (Eigen::Index i = 0; i < m_n; ++i) {
        const int c = m_segment[i];
        segmentV[c] += v[i];
        segmentVt[c] += v[i] * t[i];
        sumV += v[i];
        sumVt += v[i] * t[i];
    }
    if (m_data.growth == Growth::Linear) {
        grad[0] = -k / 25.0 + sumVt;
        grad[1] = -m / 25.0 + sumV;
    } else {
        grad[0] = -k / 25.0 + sumVt - m * sumV;
        grad[1] = -m / 25.0 - k * sumV;
    }
    double tailV = 0;
    double tailVt = 0;
    for (Eigen::Index j = m_s - 1; j >= 0; --j) {
        tailV += segmentV[j + 1];
        tailVt += segmentVt[j + 1];
        grad[2 + j] = -signOf(delta[j]) / m_data.tau + tailVt - cps[j] * tailV;
    }
    return lp;
}

} // namespace prognos
