#include "trend.h"

#include <cmath>

namespace prognos {

Eigen::VectorXd Trend::evaluate(Growth growth, const Eigen::VectorXd &t,
                                const Eigen::VectorXd &changepointsT, double k, double m,
                                const Eigen::VectorXd &delta, const Eigen::VectorXd &capScaled)
{
    switch (growth) {
    case Growth::Linear:
        return linear(t, changepointsT, k, m, delta);
    case Growth::Logistic:
        return logistic(t, changepointsT, k, m, delta, capScaled);
    case Growth::Flat:
        break;
    }
    return Eigen::VectorXd::Constant(t.size(), m);
}

namespace {

bool isSorted(const Eigen::VectorXd &t)
{
    for (Eigen::Index i = 1; i < t.size(); ++i) {
        if (t[i] < t[i - 1])
            return false;
    }
    return true;
}

} // namespace

Eigen::VectorXd Trend::linear(const Eigen::VectorXd &t, const Eigen::VectorXd &changepointsT,
                              double k, double m, const Eigen::VectorXd &delta)
{
    Eigen::VectorXd result(t.size());
    if (isSorted(t)) {
        // One walk through rows and changepoints together.
        double rate = k;
        double offset = m;
        Eigen::Index next = 0;
        for (Eigen::Index i = 0; i < t.size(); ++i) {
            while (next < changepointsT.size() && changepointsT[next] <= t[i]) {
                rate += delta[next];
                offset -= changepointsT[next] * delta[next];
                ++next;
            }
            result[i] = rate * t[i] + offset;
        }
        return result;
    }
    const Eigen::Index s = changepointsT.size();
    for (Eigen::Index i = 0; i < t.size(); ++i) {
        double rate = k;
        double offset = m;
        for (Eigen::Index j = 0; j < s; ++j) {
            if (t[i] >= changepointsT[j]) {
                rate += delta[j];
                offset -= changepointsT[j] * delta[j];
            }
        }
        result[i] = rate * t[i] + offset;
    }
    return result;
}

Eigen::VectorXd Trend::logistic(const Eigen::VectorXd &t, const Eigen::VectorXd &changepointsT,
                                double k, double m, const Eigen::VectorXd &delta,
                                const Eigen::VectorXd &capScaled)
{
    const Eigen::Index s = changepointsT.size();
    // Segment rates k_0 = k, k_j = k + δ_1 + ... + δ_j, and the offset corrections γ_j that
    // keep the curve continuous at each changepoint.
    Eigen::VectorXd gamma(s);
    double previousRate = k;
    double offset = m;
    for (Eigen::Index j = 0; j < s; ++j) {
        const double rate = previousRate + delta[j];
        gamma[j] = (changepointsT[j] - offset) * (1.0 - previousRate / rate);
        offset += gamma[j];
        previousRate = rate;
    }
    Eigen::VectorXd result(t.size());
    if (isSorted(t)) {
        double rate = k;
        double rowOffset = m;
        Eigen::Index next = 0;
        for (Eigen::Index i = 0; i < t.size(); ++i) {
            while (next < s && changepointsT[next] <= t[i]) {
                rate += delta[next];
                rowOffset += gamma[next];
                ++next;
            }
            result[i] = capScaled[i] / (1.0 + std::exp(-rate * (t[i] - rowOffset)));
        }
        return result;
    }
    for (Eigen::Index i = 0; i < t.size(); ++i) {
        double rate = k;
        double rowOffset = m;
        for (Eigen::Index j = 0; j < s; ++j) {
            if (t[i] >= changepointsT[j]) {
                rate += delta[j];
                rowOffset += gamma[j];
            }
        }
        result[i] = capScaled[i] / (1.0 + std::exp(-rate * (t[i] - rowOffset)));
    }
    return result;
}

} // namespace prognos
