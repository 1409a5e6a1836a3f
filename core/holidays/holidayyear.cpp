#include "holidays/holidayyear.h"

#include "engine/timestamp.h"
#include "holidays/easter.h"

#include <algorithm>

namespace prognos::holidays {

HolidayYear::HolidayYear(int year)
    : m_year(year)
    , m_first(CivilTime::daysFromCivil(year, 1, 1))
    , m_last(CivilTime::daysFromCivil(year, 12, 31))
{}

std::int64_t HolidayYear::date(int month, int day) const
{
    return CivilTime::daysFromCivil(m_year, month, day);
}

std::int64_t HolidayYear::date(int year, int month, int day) const
{
    return CivilTime::daysFromCivil(year, month, day);
}

std::int64_t HolidayYear::nthWeekday(int month, Weekday weekday, int n) const
{
    if (n > 0)
        return onOrAfter(date(month, 1), weekday) + 7 * (n - 1);
    const std::int64_t monthEnd = date(month, CivilTime::daysInMonth(m_year, month));
    return onOrBefore(monthEnd, weekday) + 7 * (n + 1);
}

std::int64_t HolidayYear::onOrAfter(std::int64_t day, Weekday weekday)
{
    return day + (weekday - weekdayOf(day) + 7) % 7;
}

std::int64_t HolidayYear::onOrBefore(std::int64_t day, Weekday weekday)
{
    return day - (weekdayOf(day) - weekday + 7) % 7;
}

std::int64_t HolidayYear::easter(int offset) const
{
    return westernEaster(m_year) + offset;
}

std::int64_t HolidayYear::orthodoxEaster(int offset) const
{
    return holidays::orthodoxEaster(m_year) + offset;
}

Weekday HolidayYear::weekdayOf(std::int64_t day)
{
    return static_cast<Weekday>(CivilTime::weekday(day));
}

bool HolidayYear::isWeekend(std::int64_t day)
{
    return weekdayOf(day) >= Saturday;
}

std::int64_t HolidayYear::nearestWeekday(std::int64_t day)
{
    switch (weekdayOf(day)) {
    case Saturday:
        return day - 1;
    case Sunday:
        return day + 1;
    default:
        return day;
    }
}

std::int64_t HolidayYear::nextMonday(std::int64_t day)
{
    return isWeekend(day) ? onOrAfter(day, Monday) : day;
}

void HolidayYear::addObserved(std::string_view name, std::int64_t actual, std::int64_t observed)
{
    if (observed != actual)
        add(std::string(name) + " (Observed)", observed);
}

void HolidayYear::add(std::string_view name, std::int64_t day)
{
    if (day < m_first || day > m_last || has(name, day))
        return;
    m_entries.emplace_back(day, std::string(name));
}

bool HolidayYear::isHoliday(std::int64_t day) const
{
    return std::any_of(m_entries.begin(), m_entries.end(),
                       [day](const auto &entry) { return entry.first == day; });
}

bool HolidayYear::has(std::string_view name, std::int64_t day) const
{
    return std::any_of(m_entries.begin(), m_entries.end(), [&](const auto &entry) {
        return entry.first == day && entry.second == name;
    });
}

std::vector<std::int64_t> HolidayYear::daysOf(std::string_view name) const
{
    std::vector<std::int64_t> days;
    for (const auto &[day, entryName] : m_entries) {
        if (entryName == name)
            days.push_back(day);
    }
    std::sort(days.begin(), days.end());
    return days;
}

std::vector<std::pair<std::int64_t, std::string>> HolidayYear::entries() const
{
    auto sorted = m_entries;
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

} // namespace prognos::holidays
