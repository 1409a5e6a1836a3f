#pragma once

#include "holidays/weekday.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace prognos::holidays {

/// The holidays of one country in one calendar year, as the country's rules add them.
///
/// Country rules receive a HolidayYear, ask it for dates (fixed, nth weekday, Easter
/// relative, ...) and add named holidays. All days are counted since 1970-01-01. Holidays
/// added outside the year are dropped, so a rule may add, say, the observed day of next
/// year's New Year's Day without checking which year it lands in.
class HolidayYear
{
public:
    /// Starts an empty list for `year` (Gregorian).
    explicit HolidayYear(int year);

    /// The calendar year being filled.
    int year() const { return m_year; }

    /// The date `month`/`day` of this year (or of `year` when given).
    std::int64_t date(int month, int day) const;
    std::int64_t date(int year, int month, int day) const;
    /// The `n`-th (1-based) `weekday` of `month`; a negative `n` counts from the month's end
    /// (-1 is the last one).
    std::int64_t nthWeekday(int month, Weekday weekday, int n) const;
    /// The first `weekday` on or after `day`.
    static std::int64_t onOrAfter(std::int64_t day, Weekday weekday);
    /// The last `weekday` on or before `day`.
    static std::int64_t onOrBefore(std::int64_t day, Weekday weekday);
    /// Western Easter Sunday of this year, plus `offset` days.
    std::int64_t easter(int offset = 0) const;
    /// Orthodox Easter Sunday of this year, plus `offset` days.
    std::int64_t orthodoxEaster(int offset = 0) const;
    /// Day of the week of `day`.
    static Weekday weekdayOf(std::int64_t day);
    /// Whether `day` is a Saturday or a Sunday.
    static bool isWeekend(std::int64_t day);
    /// `day` moved off the weekend to the nearest weekday: Saturday to Friday, Sunday to
    /// Monday.
    static std::int64_t nearestWeekday(std::int64_t day);
    /// `day` moved off the weekend to the following Monday.
    static std::int64_t nextMonday(std::int64_t day);

    /// Adds the holiday `name` on `day` (ignored when `day` is outside the year or the same
    /// holiday is already there).
    void add(std::string_view name, std::int64_t day);
    /// Adds the holiday `name` on `month`/`day` of this year.
    void add(std::string_view name, int month, int day) { add(name, date(month, day)); }
    /// Adds "`name` (Observed)" on `observed` when it differs from `actual`.
    void addObserved(std::string_view name, std::int64_t actual, std::int64_t observed);
    /// Whether some holiday has already been added on `day`.
    bool isHoliday(std::int64_t day) const;
    /// Whether a holiday called `name` has already been added on `day`.
    bool has(std::string_view name, std::int64_t day) const;

    /// Days on which a holiday called `name` has been added, ascending.
    std::vector<std::int64_t> daysOf(std::string_view name) const;

    /// The (day, name) pairs added so far, sorted by day then name.
    std::vector<std::pair<std::int64_t, std::string>> entries() const;

private:
    int m_year;
    std::int64_t m_first;
    std::int64_t m_last;
    std::vector<std::pair<std::int64_t, std::string>> m_entries;
};

} // namespace prognos::holidays
