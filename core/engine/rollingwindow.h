#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace prognos {

/// Values aggregated by horizon: one value per distinct horizon that has enough points.
struct HorizonValues
{
    std::vector<std::int64_t> horizon; ///< ascending
    std::vector<double> value;
};

/// Prophet's aggregation of per-row errors over a window of rows sorted by horizon
/// (`rolling_mean_by_h` and `rolling_median_by_h`, §13.5 and §13.6 of the model document).
/// Every function takes the values `x` and their horizons `h` sorted ascending by horizon.
class RollingWindow
{
public:
    /// The number of points per window for a `rollingWindow` share of `rows` points: the
    /// product truncated toward zero, then at least 1 and at most `rows`. A negative result
    /// (a negative share of at least one row) means no aggregation and is returned as is.
    static long size(double rollingWindow, std::size_t rows);

    /// For each distinct horizon, the mean of the last `w` points up to and including it.
    /// Whole horizon groups are taken from the right; the oldest group used contributes only
    /// the points still missing, each counted at that group's mean. A horizon with `w` or
    /// more points gives its own mean. Horizons with fewer than `w` points up to them are
    /// left out.
    static HorizonValues meanByHorizon(const std::vector<double> &x,
                                       const std::vector<std::int64_t> &h, long w);

    /// For each distinct horizon, the median of all its points, topped up to `w` points with
    /// the individual points just before it in sort order. Horizons with fewer than `w`
    /// points up to them are left out.
    static HorizonValues medianByHorizon(const std::vector<double> &x,
                                         const std::vector<std::int64_t> &h, long w);
};

} // namespace prognos
