#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace prognos {

/// One occurrence of a holiday (a row of Prophet's holidays table).
struct HolidayEvent
{
    std::string name;
    std::int64_t day = 0;             ///< calendar date as days since 1970-01-01
    int lowerWindow = 0;              ///< days before the date that are also affected (≤ 0)
    int upperWindow = 0;              ///< days after the date that are also affected (≥ 0)
    std::optional<double> priorScale; ///< default: the model's holidays_prior_scale
};

/// How one holiday of the country calendar enters the model: switched off, or with windows
/// and a prior scale of its own (Prophet adds country holidays with neither).
struct CountryHolidayOverride
{
    std::string name;
    bool enabled = true;
    int lowerWindow = 0; ///< ≤ 0
    int upperWindow = 0; ///< ≥ 0
    std::optional<double> priorScale;
};

/// Gives the holidays of a country for one calendar year (empty for an unknown country).
using CountryHolidayProvider =
    std::function<std::vector<HolidayEvent>(const std::string &country, int year)>;

} // namespace prognos
