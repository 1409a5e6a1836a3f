#include "randomstream.h"

#include <algorithm>

namespace prognos {

namespace {

std::uint64_t splitMix(std::uint64_t &x)
{
    std::uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

std::uint64_t rotateLeft(std::uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

} // namespace

RandomStream::RandomStream(std::uint64_t seed)
{
    for (std::uint64_t &word : m_state)
        word = splitMix(seed);
}

std::uint64_t RandomStream::next()
{
    const std::uint64_t result = rotateLeft(m_state[0] + m_state[3], 23) + m_state[0];
    const std::uint64_t t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotateLeft(m_state[3], 45);
    return result;
}

namespace {

/// The ziggurat of the standard normal density f(x) = exp(−x²/2) (unnormalised): 128
/// layers of equal area; x[i] is the right edge of layer i, x[128] = 0.
struct Ziggurat
{
    static constexpr int kLayers = 128;
    static constexpr double kTailStart = 3.442619855899;
    static constexpr double kLayerArea = 9.91256303526217e-3;
    double x[kLayers + 1];
    double f[kLayers + 1];

    Ziggurat()
    {
        const double fr = std::exp(-0.5 * kTailStart * kTailStart);
        x[0] = kLayerArea / fr; // the base layer includes the tail beyond kTailStart
        x[1] = kTailStart;
        for (int i = 2; i < kLayers; ++i)
            x[i] = std::sqrt(
                -2.0 * std::log(kLayerArea / x[i - 1] + std::exp(-0.5 * x[i - 1] * x[i - 1])));
        x[kLayers] = 0.0;
        for (int i = 0; i <= kLayers; ++i)
            f[i] = std::exp(-0.5 * x[i] * x[i]);
    }
};

const Ziggurat s_ziggurat;

} // namespace

double RandomStream::normal()
{
    const Ziggurat &z = s_ziggurat;
    const std::uint64_t bits = next();
    const int layer = static_cast<int>(bits & 127);
    // A signed uniform in (−1, 1) from the top 53 bits.
    const double u = (static_cast<double>(bits >> 11) + 0.5) * 0x1.0p-52 - 1.0;
    const double x = u * z.x[layer];
    if (std::abs(x) < z.x[layer + 1])
        return x;
    return normalSlowPath(layer, x);
}

double RandomStream::normalSlowPath(int layer, double x)
{
    const Ziggurat &z = s_ziggurat;
    for (;;) {
        if (layer == 0) {
            // The tail beyond kTailStart (Marsaglia's method).
            double tail = 0;
            double y = 0;
            do {
                tail = -std::log(uniform()) / Ziggurat::kTailStart;
                y = -std::log(uniform());
            } while (y + y < tail * tail);
            return x > 0 ? Ziggurat::kTailStart + tail : -Ziggurat::kTailStart - tail;
        }
        // The wedge between the layer's rectangle and the density.
        if (z.f[layer] + uniform() * (z.f[layer + 1] - z.f[layer]) < std::exp(-0.5 * x * x))
            return x;
        const std::uint64_t bits = next();
        layer = static_cast<int>(bits & 127);
        const double u = (static_cast<double>(bits >> 11) + 0.5) * 0x1.0p-52 - 1.0;
        x = u * z.x[layer];
        if (std::abs(x) < z.x[layer + 1])
            return x;
    }
}

double RandomStream::gamma(double shape)
{
    const double d = shape - 1.0 / 3.0;
    const double c = 1.0 / std::sqrt(9.0 * d);
    for (;;) {
        double x = 0;
        double v = 0;
        do {
            x = normal();
            v = 1.0 + c * x;
        } while (v <= 0);
        v = v * v * v;
        const double u = uniform();
        if (u < 1.0 - 0.0331 * x * x * x * x)
            return d * v;
        if (std::log(u) < 0.5 * x * x + d * (1.0 - v + std::log(v)))
            return d * v;
    }
}

int RandomStream::poisson(double mean)
{
    if (mean <= 0)
        return 0;
    if (mean > 500)
        return std::max(0, static_cast<int>(std::lround(mean + std::sqrt(mean) * normal())));
    const double limit = std::exp(-mean);
    int count = 0;
    double product = uniform();
    while (product > limit) {
        ++count;
        product *= uniform();
    }
    return count;
}

} // namespace prognos
