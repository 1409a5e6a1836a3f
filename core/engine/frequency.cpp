#include "frequency.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace prognos {

namespace {

struct AliasEntry
{
    std::string_view alias;
    Frequency::Unit unit;
};

constexpr AliasEntry kAliases[] = {
    {"D", Frequency::Unit::Day},           {"B", Frequency::Unit::BusinessDay},
    {"W", Frequency::Unit::Week},          {"H", Frequency::Unit::Hour},
    {"h", Frequency::Unit::Hour},          {"T", Frequency::Unit::Minute},
    {"min", Frequency::Unit::Minute},      {"S", Frequency::Unit::Second},
    {"s", Frequency::Unit::Second},        {"MS", Frequency::Unit::MonthStart},
    {"M", Frequency::Unit::MonthEnd},      {"ME", Frequency::Unit::MonthEnd},
    {"QS", Frequency::Unit::QuarterStart}, {"Q", Frequency::Unit::QuarterEnd},
    {"QE", Frequency::Unit::QuarterEnd},   {"AS", Frequency::Unit::YearStart},
    {"YS", Frequency::Unit::YearStart},    {"A", Frequency::Unit::YearEnd},
    {"Y", Frequency::Unit::YearEnd},       {"YE", Frequency::Unit::YearEnd},
    {"Mkeep", Frequency::Unit::Month},     {"Qkeep", Frequency::Unit::Quarter},
    {"Ykeep", Frequency::Unit::Year},
};

/// Adds `months` to (year, month), returning the new year and month.
void addMonths(int &year, int &month, std::int64_t months)
{
    const std::int64_t index = static_cast<std::int64_t>(year) * 12 + (month - 1) + months;
    year = static_cast<int>(index >= 0 ? index / 12 : (index - 11) / 12);
    month = static_cast<int>(index - static_cast<std::int64_t>(year) * 12) + 1;
}

Timestamp timeOfDay(Timestamp ts)
{
    return ts - dayNumber(ts) * kMsPerDay;
}

int monthsPerUnit(Frequency::Unit unit);

/// The k-th (1-based) step after `last` for month-like units, `months` months per step.
/// Anchored units start at the first anchor strictly after `last` (as pandas' offsets do
/// once Prophet drops the dates not after the history); Month, Quarter and Year keep the
/// day of month of `last`, clamped to shorter months.
Timestamp monthStep(Timestamp last, Frequency::Unit unit, int months, int k)
{
    const CivilTime c = CivilTime::fromTimestamp(last);
    const int unitMonths = monthsPerUnit(unit);
    int year = c.year;
    int month = c.month;
    int day = c.day;
    switch (unit) {
    case Frequency::Unit::MonthStart:
    case Frequency::Unit::QuarterStart:
    case Frequency::Unit::YearStart:
        month = ((month - 1) / unitMonths) * unitMonths + 1;
        addMonths(year, month, unitMonths + static_cast<std::int64_t>(months) * (k - 1));
        day = 1;
        break;
    case Frequency::Unit::MonthEnd:
    case Frequency::Unit::QuarterEnd:
    case Frequency::Unit::YearEnd: {
        month = ((month - 1) / unitMonths) * unitMonths + unitMonths;
        const bool pastOwnEnd = c.month == month && day == CivilTime::daysInMonth(year, month);
        addMonths(year, month,
                  (pastOwnEnd ? unitMonths : 0) + static_cast<std::int64_t>(months) * (k - 1));
        day = CivilTime::daysInMonth(year, month);
        break;
    }
    default:
        addMonths(year, month, static_cast<std::int64_t>(months) * k);
        day = std::min(day, CivilTime::daysInMonth(year, month));
        break;
    }
    return CivilTime::daysFromCivil(year, month, day) * kMsPerDay + timeOfDay(last);
}

int monthsPerUnit(Frequency::Unit unit)
{
    switch (unit) {
    case Frequency::Unit::QuarterStart:
    case Frequency::Unit::QuarterEnd:
    case Frequency::Unit::Quarter:
        return 3;
    case Frequency::Unit::YearStart:
    case Frequency::Unit::YearEnd:
    case Frequency::Unit::Year:
        return 12;
    default:
        return 1;
    }
}

} // namespace

std::optional<Frequency> Frequency::fromPandasAlias(std::string_view alias)
{
    Frequency result;
    std::size_t digits = 0;
    while (digits < alias.size() && alias[digits] >= '0' && alias[digits] <= '9')
        ++digits;
    if (digits > 0) {
        const auto parsed = std::from_chars(alias.data(), alias.data() + digits, result.count);
        if (parsed.ec != std::errc() || result.count < 1)
            return std::nullopt;
    }
    const std::string_view name = alias.substr(digits);
    for (const AliasEntry &entry : kAliases) {
        if (entry.alias == name) {
            result.unit = entry.unit;
            return result;
        }
    }
    return std::nullopt;
}

std::string Frequency::toPandasAlias() const
{
    std::string name;
    for (const AliasEntry &entry : kAliases) {
        if (entry.unit == unit) {
            name = std::string(entry.alias);
            break;
        }
    }
    return count == 1 ? name : std::to_string(count) + name;
}

std::string Frequency::describe() const
{
    std::string text;
    switch (unit) {
    case Unit::Second:
        text = "every second";
        break;
    case Unit::Minute:
        text = "every minute";
        break;
    case Unit::Hour:
        text = "hourly";
        break;
    case Unit::Day:
        text = "daily";
        break;
    case Unit::BusinessDay:
        text = "business days";
        break;
    case Unit::Week:
        text = "weekly";
        break;
    case Unit::MonthStart:
        text = "monthly, first of month";
        break;
    case Unit::MonthEnd:
        text = "monthly, last of month";
        break;
    case Unit::Month:
        text = "monthly, same day of month";
        break;
    case Unit::QuarterStart:
        text = "quarterly, first of quarter";
        break;
    case Unit::QuarterEnd:
        text = "quarterly, last of quarter";
        break;
    case Unit::Quarter:
        text = "quarterly";
        break;
    case Unit::YearStart:
        text = "yearly, first of year";
        break;
    case Unit::YearEnd:
        text = "yearly, last of year";
        break;
    case Unit::Year:
        text = "yearly";
        break;
    }
    if (count != 1)
        text = "every " + std::to_string(count) + " steps (" + text + ")";
    return text;
}

std::vector<Timestamp> Frequency::futureDates(Timestamp last, int periods) const
{
    std::vector<Timestamp> dates;
    if (periods <= 0)
        return dates;
    dates.reserve(static_cast<std::size_t>(periods));
    const int step = std::max(1, count);
    switch (unit) {
    case Unit::Second:
    case Unit::Minute:
    case Unit::Hour:
    case Unit::Day:
    case Unit::Week: {
        const Timestamp stepMs = static_cast<Timestamp>(nominalStepMs());
        for (int i = 1; i <= periods; ++i)
            dates.push_back(last + stepMs * i);
        break;
    }
    case Unit::BusinessDay: {
        Timestamp current = last;
        while (static_cast<int>(dates.size()) < periods) {
            int moved = 0;
            while (moved < step) {
                current += kMsPerDay;
                if (CivilTime::weekday(dayNumber(current)) < 5)
                    ++moved;
            }
            dates.push_back(current);
        }
        break;
    }
    default: {
        const int months = monthsPerUnit(unit) * step;
        for (int i = 1; i <= periods; ++i)
            dates.push_back(monthStep(last, unit, months, i));
        break;
    }
    }
    return dates;
}

double Frequency::nominalStepMs() const
{
    const double n = std::max(1, count);
    switch (unit) {
    case Unit::Second:
        return n * kMsPerSecond;
    case Unit::Minute:
        return n * kMsPerMinute;
    case Unit::Hour:
        return n * kMsPerHour;
    case Unit::Day:
        return n * kMsPerDay;
    case Unit::BusinessDay:
        return n * kMsPerDay * 7.0 / 5.0;
    case Unit::Week:
        return n * 7.0 * kMsPerDay;
    default:
        return n * monthsPerUnit(unit) * 30.4375 * kMsPerDay;
    }
}

} // namespace prognos
