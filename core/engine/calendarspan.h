#pragma once

#include "timestamp.h"

#include <optional>
#include <string>
#include <string_view>

namespace prognos {

/// A length of time as cross-validation settings give it (Prophet's `horizon`, `period` and
/// `initial`): a fixed number of hours, days or weeks, or a number of calendar months.
///
/// Fixed spans may be fractional (half of 365 days is 182.5 days) and are exact to the
/// millisecond. Month spans step through the calendar: one month after 31 January is
/// 28 or 29 February, and the day of month is restored where the month allows it.
struct CalendarSpan
{
    enum class Unit { Hours, Days, Weeks, Months };

    double count = 0; ///< number of units; whole for months
    Unit unit = Unit::Days;

    static CalendarSpan hours(double count) { return {count, Unit::Hours}; }
    static CalendarSpan days(double count) { return {count, Unit::Days}; }
    static CalendarSpan weeks(double count) { return {count, Unit::Weeks}; }
    static CalendarSpan months(int count) { return {double(count), Unit::Months}; }

    bool operator==(const CalendarSpan &) const = default;

    /// Reads a span such as `730d`, `730 days`, `4w`, `6 hours`, `12 months` or `3mo`
    /// (`h`, `d`, `w`, `mo`/`M` and the singular or plural English unit names). Returns
    /// nothing for other text, a negative or non-finite count, or a fractional month count.
    static std::optional<CalendarSpan> parse(std::string_view text);

    /// Whether this span is counted in calendar months.
    bool isCalendar() const { return unit == Unit::Months; }

    /// Whether the count is finite and above 0 (and whole for months).
    bool isPositive() const;

    /// The length in milliseconds of a fixed span, rounded to the millisecond. Months count
    /// their nominal length of 30.4375 days (used only for estimates, never for stepping).
    Timestamp nominalMs() const;

    /// `factor` times this span. Months stay months when the result is whole; otherwise
    /// the result is the nominal length in days (half of 3 months is 45.65625 days).
    CalendarSpan scaled(double factor) const;

    /// `t` moved by `times` spans (negative: backwards). Month steps keep the time of day
    /// and put the result on `anchorDay` (1..31; 0: the day of `t`), clamped to the
    /// length of the target month.
    Timestamp addTo(Timestamp t, long times = 1, int anchorDay = 0) const;

    /// English text such as "730 days", "182.5 days", "1 week" or "12 months".
    std::string toString() const;
};

} // namespace prognos
