#pragma once

#include <cstdint>

namespace prognos::holidays {

/// The arithmetic Hebrew calendar, for Israel's holidays.
///
/// Months are numbered from Nisan as in the Bible and in Reingold and Dershowitz,
/// "Calendrical Calculations": 1 Nisan, 2 Iyar, 3 Sivan, 4 Tammuz, 5 Av, 6 Elul, 7 Tishrei,
/// 8 Marheshvan, 9 Kislev, 10 Tevet, 11 Shevat, 12 Adar (Adar I in a leap year), 13 Adar II.
/// A year begins on 1 Tishrei; year 5785 began in September 2024. The computation (mean
/// lunation of 29 days 12 hours 793 parts, the postponement rules of the New Year) is exact
/// for every year, so no table is needed.
class HebrewCalendar
{
public:
    /// Whether `year` has 13 months (years 3, 6, 8, 11, 14, 17 and 19 of the 19-year cycle).
    static bool isLeapYear(int year);

    /// Number of days (29 or 30) in `month` of `year`.
    static int daysInMonth(int year, int month);

    /// The date `day` of `month` of `year` as days since 1970-01-01 (Gregorian).
    static std::int64_t toDays(int year, int month, int day);

    /// Day count since 1970-01-01 of 1 Tishrei of `year`.
    static std::int64_t newYear(int year);

private:
    static std::int64_t elapsedDays(int year);
    static int daysInYear(int year);
};

} // namespace prognos::holidays
