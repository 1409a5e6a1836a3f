#pragma once

#include <cstdint>
#include <string>

namespace prognos {

/// Writes the sample series that File > Open Sample shows: daily sales-like data for three
/// and a half years with a change of trend, weekly and yearly seasonality, spikes on United
/// States public holidays, a few missing values and a few outliers.
///
/// The output depends only on `seed` (the random numbers come from a fixed generator and
/// a hand-written normal transform, not from the standard library's distributions, whose
/// results differ between implementations), so the bundled file can be regenerated exactly.
class SampleGenerator
{
public:
    /// The sample as CSV text with the header `ds,y`, one row per day; a missing value is an
    /// empty cell.
    static std::string csv(std::uint64_t seed = 2024);
};

} // namespace prognos
