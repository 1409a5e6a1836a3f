#pragma once

#include <cmath>
#include <cstdint>

namespace prognos {

/// A small, fast and reproducible random number stream for the interval simulation:
/// xoshiro256++ (Blackman & Vigna, 2019) seeded through splitmix64, normal draws by the
/// ziggurat method (Marsaglia & Tsang, 2000) and Laplace draws by inversion.
class RandomStream
{
public:
    explicit RandomStream(std::uint64_t seed);

    /// A uniform draw in (0, 1).
    double uniform() { return (static_cast<double>(next() >> 11) + 0.5) * 0x1.0p-53; }

    /// A standard normal draw.
    double normal();

    /// A Laplace(0, scale) draw: density exp(−|x|/scale) / (2 scale).
    double laplace(double scale)
    {
        const double u = uniform() - 0.5;
        return -scale * std::copysign(1.0, u) * std::log1p(-2.0 * std::abs(u));
    }

    /// A Gamma(shape, 1) draw for shape ≥ 1 (Marsaglia & Tsang, 2000).
    double gamma(double shape);

    /// A Beta(a, b) draw for a, b ≥ 1.
    double beta(double a, double b)
    {
        const double x = gamma(a);
        return x / (x + gamma(b));
    }

    /// A Poisson(mean) draw (inversion for small means, normal approximation above 500).
    int poisson(double mean);

private:
    std::uint64_t next();

    double normalSlowPath(int layer, double x);

    std::uint64_t m_state[4];
};

} // namespace prognos
