#pragma once

#include "holidays/holidayyear.h"

#include <string_view>
#include <vector>

namespace prognos::holidays {

/// Adds the rule-based holidays of one country for the year being filled.
using CountryRules = void (*)(HolidayYear &year);

/// One supported country.
struct CountryInfo
{
    std::string_view code;      ///< code as Prophet's `country_holidays` takes it
    std::string_view name;      ///< English name for pickers
    std::string_view canonical; ///< code whose calendar this one shares (itself if none)
    CountryRules rules;         ///< rule-based holidays (tabulated ones are added separately)
};

/// Every supported country, sorted by code.
const std::vector<CountryInfo> &countryTable();

} // namespace prognos::holidays
