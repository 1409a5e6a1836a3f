#pragma once

#include "timestamp.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace prognos {

/// The spacing of a time series and the rule that generates its future dates.
///
/// Steps are calendar-correct: months keep their anchor (first day, last day or the day of
/// month of the last observation, clamped to shorter months), weeks keep the weekday and
/// business days skip Saturdays and Sundays.
struct Frequency
{
    enum class Unit {
        Second,
        Minute,
        Hour,
        Day,
        BusinessDay,
        Week,       ///< every 7·count days, keeping the weekday of the last date
        MonthStart, ///< first day of the month
        MonthEnd,   ///< last day of the month
        Month,      ///< the last date's day of month (clamped to the month's length)
        QuarterStart,
        QuarterEnd,
        Quarter, ///< three months, keeping the day of month like Month
        YearStart,
        YearEnd,
        Year, ///< keeping month and day (29 February becomes 28 February)
    };

    Unit unit = Unit::Day;
    int count = 1; ///< number of units per step, at least 1

    bool operator==(const Frequency &) const = default;

    /// Parses a pandas offset alias as Prophet's `make_future_dataframe(freq=...)` takes it:
    /// `D`, `B`, `W`, `H`/`h`, `T`/`min`, `S`/`s`, `MS`, `M`/`ME`, `QS`, `Q`/`QE`, `AS`/`YS`,
    /// `A`/`Y`/`YE`, each optionally preceded by a count (`5min`, `2W`).
    static std::optional<Frequency> fromPandasAlias(std::string_view alias);

    /// The pandas alias for this frequency (`5min`, `MS`, ...); Month, Quarter and Year,
    /// which pandas has no alias for, give `M+day`-style names of their own.
    std::string toPandasAlias() const;

    /// A short English description such as "daily" or "monthly, first of month".
    std::string describe() const;

    /// The `periods` dates that follow `last`, strictly after it, in ascending order.
    std::vector<Timestamp> futureDates(Timestamp last, int periods) const;

    /// The nominal length of one step in milliseconds (months count 30.4375 days).
    double nominalStepMs() const;
};

} // namespace prognos
