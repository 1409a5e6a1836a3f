#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace prognos {

/// A point in time as milliseconds since 1970-01-01T00:00:00, read as a naive wall clock
/// (no time zone), which is how Prophet treats `ds`.
using Timestamp = std::int64_t;

/// Milliseconds in one second, minute, hour and day.
inline constexpr Timestamp kMsPerSecond = 1000;
inline constexpr Timestamp kMsPerMinute = 60 * kMsPerSecond;
inline constexpr Timestamp kMsPerHour = 60 * kMsPerMinute;
inline constexpr Timestamp kMsPerDay = 24 * kMsPerHour;

/// A calendar date and time of day in the proleptic Gregorian calendar.
struct CivilTime
{
    int year = 1970;
    int month = 1;  ///< 1..12
    int day = 1;    ///< 1..31
    int hour = 0;   ///< 0..23
    int minute = 0; ///< 0..59
    int second = 0; ///< 0..59
    int millisecond = 0;

    /// Days since 1970-01-01 of the date (year, month, day); valid for any year.
    static std::int64_t daysFromCivil(int year, int month, int day);
    /// The date of a day count since 1970-01-01 (time of day left at midnight).
    static CivilTime fromDays(std::int64_t days);
    /// Splits a timestamp into date and time of day.
    static CivilTime fromTimestamp(Timestamp ts);
    /// Number of days in a month (1..12) of a year.
    static int daysInMonth(int year, int month);
    /// Whether `year` is a Gregorian leap year.
    static bool isLeapYear(int year);
    /// Day of the week of a day count: 0 = Monday .. 6 = Sunday.
    static int weekday(std::int64_t days);

    /// This civil time as a timestamp.
    Timestamp toTimestamp() const;
    /// `YYYY-MM-DD` when the time of day is midnight, else `YYYY-MM-DD HH:MM:SS` (with
    /// `.mmm` when there are milliseconds).
    std::string toString() const;
};

/// Whole days since 1970-01-01 of the calendar date of `ts` (rounded towards minus infinity).
std::int64_t dayNumber(Timestamp ts);

/// Formats a timestamp as CivilTime::toString() does.
std::string formatTimestamp(Timestamp ts);

/// Parses `YYYY-MM-DD`, `YYYY-MM-DD HH:MM[:SS[.fff]]` or the same with `T`. Returns nothing
/// for any other text or an impossible date. This is the engine's own strict reader for
/// configuration values; user files go through the import module.
std::optional<Timestamp> parseIsoTimestamp(std::string_view text);

} // namespace prognos
