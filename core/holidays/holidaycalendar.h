#pragma once

#include "engine/holidayevent.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace prognos {

/// Public holidays of the countries Prophet's `add_country_holidays` supports, computed
/// offline.
///
/// The calendars reproduce the table R Prophet 1.0 ships (generated from the Python
/// `holidays` package) for 1995 to 2044, including observed days and its holiday names.
/// Holidays that follow a rule (fixed dates, nth weekdays, Western and Orthodox Easter, the
/// arithmetic Hebrew calendar, observed-day shifts) are computed for any year; holidays of
/// lunar and astronomical calendars (Islamic, Chinese, Hindu, Buddhist, ...) come from tables
/// that end with tabulatedUntil(): past that year they are missing, and callers should say so
/// rather than present the list as complete. Before 1995 the rules are applied as they stood
/// in 1995, which is not checked against any reference.
class HolidayCalendar
{
public:
    /// Codes of all supported countries, sorted ("AE", "AR", ..., "ZA"). Aliases (UK for GB,
    /// TU for TR) are listed too, as Prophet accepts them.
    static std::vector<std::string> countryCodes();

    /// English name of the country `code` ("United States" for "US"); empty when unknown.
    static std::string countryName(std::string_view code);

    /// The code whose calendar `code` shares: "GB" for "UK", "TR" for "TU", `code` itself for
    /// the other supported codes, empty when unknown. A picker lists each canonical code once.
    static std::string canonicalCode(std::string_view code);

    /// Whether `code` is a supported country code (case-sensitive, as in Prophet).
    static bool isKnown(std::string_view code);

    /// Holidays of country `code` whose date falls in `year`, sorted by date then name. A
    /// date with several holidays gives one event per name. Windows are 0 and the prior
    /// scale is unset. Empty for an unknown code.
    static std::vector<HolidayEvent> holidays(std::string_view code, int year);

    /// Holidays of country `code` for every year from `firstYear` to `lastYear` inclusive.
    static std::vector<HolidayEvent> holidays(std::string_view code, int firstYear, int lastYear);

    /// A provider for FitOptions::countryHolidays that calls holidays(country, year).
    static CountryHolidayProvider provider();

    /// First year covered by the date tables when the country has table-based holidays.
    static std::optional<int> tabulatedFrom(std::string_view code);

    /// Last year covered by the date tables when the country has table-based holidays;
    /// nothing when all its holidays follow rules (or the code is unknown).
    static std::optional<int> tabulatedUntil(std::string_view code);

    /// Whether holidays(code, year) is complete: the code is known and either the country has
    /// no table-based holidays or `year` lies within the tables.
    static bool isComplete(std::string_view code, int year);
};

} // namespace prognos
