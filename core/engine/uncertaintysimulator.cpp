#include "uncertaintysimulator.h"

#include "randomstream.h"
#include "trend.h"

#include <boost/math/distributions/normal.hpp>

#include <algorithm>
#include <cmath>
#include <thread>
#include <vector>

namespace prognos {

namespace {

constexpr Eigen::Index kRowsPerChunk = 128;

/// Future trend deviations (samples × future rows, scaled units) for linear growth.
Eigen::MatrixXd linearDeviations(const FittedModel &model, const Eigen::VectorXd &futureT,
                                 int samples, RandomStream &random)
{
    const Eigen::Index futureRows = futureT.size();
    Eigen::MatrixXd deviations = Eigen::MatrixXd::Zero(samples, futureRows);
    const double lambda = model.params.delta.cwiseAbs().mean() + 1e-8;
    const auto changepoints = static_cast<double>(model.changepointsT.size());
    if (model.config.trendSimulation == TrendSimulation::Poisson) {
        // R's scheme: a Poisson number of new changepoints uniform over (1, T_max].
        const double tMax = futureT[futureRows - 1];
        for (int s = 0; s < samples; ++s) {
            const int count = random.poisson(changepoints * (tMax - 1.0));
            for (int c = 0; c < count; ++c) {
                const double at = 1.0 + random.uniform() * (tMax - 1.0);
                const double rateChange = random.laplace(lambda);
                for (Eigen::Index r = 0; r < futureRows; ++r) {
                    if (futureT[r] >= at)
                        deviations(s, r) += rateChange * (futureT[r] - at);
                }
            }
        }
        return deviations;
    }

    // Python's vectorized scheme: a rate change at each future step with probability S·d,
    // each averaged with its neighbour, integrated twice.
    double step = 0;
    if (futureRows > 1)
        step = (futureT[futureRows - 1] - futureT[0]) / double(futureRows - 1);
    else
        step = 1.0 / std::max<double>(1.0, double(model.history.ds.size()) - 1.0);
    const double probability = changepoints * step;
    for (int s = 0; s < samples; ++s) {
        double previous = 0;
        double rate = 0;
        double level = 0;
        for (Eigen::Index r = 0; r < futureRows; ++r) {
            const double change = random.uniform() < probability ? random.laplace(lambda) : 0.0;
            rate += 0.5 * (change + previous);
            previous = change;
            level += rate;
            deviations(s, r) = level * step;
        }
    }
    return deviations;
}

/// Future logistic trend paths (samples × future rows, scaled units), R's Poisson scheme.
Eigen::MatrixXd logisticPaths(const FittedModel &model, const Eigen::VectorXd &futureT,
                              const Eigen::VectorXd &futureCap, int samples, RandomStream &random)
{
    const Eigen::Index futureRows = futureT.size();
    Eigen::MatrixXd paths(samples, futureRows);
    const ModelParameters &p = model.params;
    const double lambda = p.delta.cwiseAbs().mean() + 1e-8;
    const Eigen::Index trained = model.changepointsT.size();
    const double tMax = futureT[futureRows - 1];
    for (int s = 0; s < samples; ++s) {
        const int count = random.poisson(double(trained) * (tMax - 1.0));
        std::vector<double> at(static_cast<std::size_t>(count));
        for (double &value : at)
            value = 1.0 + random.uniform() * (tMax - 1.0);
        std::sort(at.begin(), at.end());
        Eigen::VectorXd changepoints(trained + count);
        Eigen::VectorXd delta(trained + count);
        changepoints.head(trained) = model.changepointsT;
        delta.head(trained) = p.delta;
        for (int c = 0; c < count; ++c) {
            changepoints[trained + c] = at[static_cast<std::size_t>(c)];
            delta[trained + c] = random.laplace(lambda);
        }
        paths.row(s) =
            Trend::logistic(futureT, changepoints, p.k, p.m, delta, futureCap).transpose();
    }
    return paths;
}

} // namespace

void UncertaintySimulator::normalPercentiles(RandomStream &random, int samples, double lowQ,
                                             double highQ, double &low, double &high)
{
    static const boost::math::normal_distribution<double> standardNormal;
    // 1-based ranks needed: floor(h) + 1 and floor(h) + 2 for each probability.
    const double hLow = double(samples - 1) * lowQ;
    const double hHigh = double(samples - 1) * highQ;
    const int ranks[4] = {static_cast<int>(std::floor(hLow)) + 1,
                          std::min(samples, static_cast<int>(std::floor(hLow)) + 2),
                          static_cast<int>(std::floor(hHigh)) + 1,
                          std::min(samples, static_cast<int>(std::floor(hHigh)) + 2)};
    double values[4];
    int previousRank = 0;
    double previous = 0; // U of the previous rank (0 before the first)
    for (int i = 0; i < 4; ++i) {
        if (i > 0 && ranks[i] == previousRank) {
            values[i] = values[i - 1];
            continue;
        }
        const int step = ranks[i] - previousRank;
        const double fraction = random.beta(step, samples - ranks[i] + 1);
        previous = previous + (1.0 - previous) * fraction;
        previousRank = ranks[i];
        const double u = std::min(std::max(previous, 1e-300), 1.0 - 1e-16);
        values[i] = boost::math::quantile(standardNormal, u);
    }
    low = values[0] + (hLow - std::floor(hLow)) * (values[1] - values[0]);
    high = values[2] + (hHigh - std::floor(hHigh)) * (values[3] - values[2]);
}

double UncertaintySimulator::percentile(std::vector<double> &values, double q)
{
    const double h = double(values.size() - 1) * q;
    const auto lower = static_cast<std::size_t>(std::floor(h));
    std::nth_element(values.begin(), values.begin() + long(lower), values.end());
    const double low = values[lower];
    if (lower + 1 >= values.size() || h == double(lower))
        return low;
    const double high = *std::min_element(values.begin() + long(lower) + 1, values.end());
    return low + (h - double(lower)) * (high - low);
}

void UncertaintySimulator::percentiles(std::vector<double> &values, double lowQ, double highQ,
                                       double &low, double &high)
{
    // Select the order statistics that type 7 interpolates between, each in the part of the
    // array that the previous selection left above it.
    const auto n = static_cast<long>(values.size());
    auto orderStatistic = [&](long index, long from) {
        std::nth_element(values.begin() + from, values.begin() + index, values.end());
        return values[static_cast<std::size_t>(index)];
    };
    auto interpolate = [&](double q, long &from) {
        const double h = double(n - 1) * q;
        const long lower = std::min(n - 1, static_cast<long>(std::floor(h)));
        const double a = orderStatistic(lower, std::min(from, lower));
        from = lower + 1;
        if (lower + 1 >= n || h == double(lower))
            return a;
        const double b = orderStatistic(lower + 1, lower + 1);
        from = lower + 2;
        return a + (h - double(lower)) * (b - a);
    };
    long from = 0;
    low = interpolate(lowQ, from);
    high = interpolate(highQ, from);
}

bool UncertaintySimulator::simulate(const FittedModel &model, const PreparedFrame &frame,
                                    const Eigen::VectorXd &expectedTrend,
                                    const Eigen::VectorXd &additive,
                                    const Eigen::VectorXd &multiplicative, int threads,
                                    const std::atomic_bool *cancel, UncertaintyBands &bands)
{
    const int samples = model.config.uncertaintySamples;
    const Eigen::Index rows = frame.t.size();
    const double lowQ = (1.0 - model.config.intervalWidth) / 2.0;
    const double highQ = (1.0 + model.config.intervalWidth) / 2.0;
    const double yScale = model.yScale;
    const double noiseScale = model.params.sigmaObs * yScale;
    const Growth growth = model.config.growth;

    // 1. Trend uncertainty exists only after the history (t > 1), for the MAP fit.
    Eigen::Index firstFuture = 0;
    while (firstFuture < rows && frame.t[firstFuture] <= 1.0)
        ++firstFuture;
    const Eigen::Index futureRows = rows - firstFuture;
    RandomStream trendRandom(model.config.seed);
    Eigen::MatrixXd future; // scaled trend of each sample on future rows
    if (futureRows > 0 && growth != Growth::Flat) {
        const Eigen::VectorXd futureT = frame.t.tail(futureRows);
        if (growth == Growth::Linear) {
            future = linearDeviations(model, futureT, samples, trendRandom);
            future.rowwise() += expectedTrend.tail(futureRows).transpose();
        } else {
            future = logisticPaths(model, futureT, frame.capScaled.tail(futureRows), samples,
                                   trendRandom);
        }
    }

    // 2. Rows in chunks, each with its own seeded stream for the noise.
    bands.yhatLower.resize(rows);
    bands.yhatUpper.resize(rows);
    bands.trendLower.resize(rows);
    bands.trendUpper.resize(rows);
    const Eigen::Index chunks = (rows + kRowsPerChunk - 1) / kRowsPerChunk;
    std::atomic<Eigen::Index> nextChunk{0};
    auto worker = [&]() {
        std::vector<double> yhat(static_cast<std::size_t>(samples));
        std::vector<double> trend(static_cast<std::size_t>(samples));
        for (Eigen::Index chunk = nextChunk++; chunk < chunks; chunk = nextChunk++) {
            if (cancel && cancel->load(std::memory_order_relaxed))
                return;
            RandomStream noise(model.config.seed ^ (0x9e3779b97f4a7c15ULL * (chunk + 1)));
            const Eigen::Index end = std::min(rows, (chunk + 1) * kRowsPerChunk);
            for (Eigen::Index r = chunk * kRowsPerChunk; r < end; ++r) {
                const double floor = frame.floor[r];
                const double scale = 1.0 + multiplicative[r];
                const bool uncertainTrend = r >= firstFuture && future.size() > 0;
                const double pointTrend = expectedTrend[r] * yScale + floor;
                if (!uncertainTrend) {
                    // yhat is a constant plus scaled noise: the percentiles of the noise
                    // draws, mapped through that increasing affine map, are yhat's.
                    double low = 0;
                    double high = 0;
                    normalPercentiles(noise, samples, lowQ, highQ, low, high);
                    const double centre = pointTrend * scale + additive[r];
                    bands.yhatLower[r] = centre + noiseScale * low;
                    bands.yhatUpper[r] = centre + noiseScale * high;
                    bands.trendLower[r] = pointTrend;
                    bands.trendUpper[r] = pointTrend;
                    continue;
                }
                for (int s = 0; s < samples; ++s) {
                    const double t = future(s, r - firstFuture) * yScale + floor;
                    trend[static_cast<std::size_t>(s)] = t;
                    yhat[static_cast<std::size_t>(s)] =
                        t * scale + additive[r] + noiseScale * noise.normal();
                }
                percentiles(yhat, lowQ, highQ, bands.yhatLower[r], bands.yhatUpper[r]);
                percentiles(trend, lowQ, highQ, bands.trendLower[r], bands.trendUpper[r]);
            }
        }
    };
    const int workers = std::max(1, std::min<int>(threads, static_cast<int>(chunks)));
    std::vector<std::thread> pool;
    for (int i = 1; i < workers; ++i)
        pool.emplace_back(worker);
    worker();
    for (std::thread &thread : pool)
        thread.join();
    return !(cancel && cancel->load());
}

} // namespace prognos
