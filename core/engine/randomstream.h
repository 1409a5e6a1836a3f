#pragma once

#include <cmath>
#include <cstdint>

namespace prognos {

/// A small, fast and reproducible random number stream for the interval simulation:
/// xoshiro256++ (Blackman & Vigna, 2019) seeded through splitmix64, with normal draws by the
/// Box–Muller transform and Laplace draws by inversion.
class RandomStream
{
public:
    explicit RandomStream(std::uint64_t seed);

    /// A uniform draw in (0, 1).
    double uniform()
    {
        return (static_cast<double>(next() >> 11) + 0.5) * 0x1.0p-53;
    }

    /// A standard normal draw.
    double normal();

    /// A Laplace(0, scale) draw: density exp(−|x|/scale) / (2 scale).
    double laplace(double scale)
    {
        const double u = uniform() - 0.5;
        return -scale * std::copysign(1.0, u) * std::log1p(-2.0 * std::abs(u));
    }

    /// A Poisson(mean) draw (inversion for small means, normal approximation above 500).
    int poisson(double mean);

private:
    std::uint64_t next();

    std::uint64_t m_state[4];
    double m_spareNormal = 0;
    bool m_hasSpare = false;
};

} // namespace prognos
