#include "holidays/hebrewcalendar.h"

namespace prognos::holidays {

namespace {

// 1 Tishrei of year 1 (7 October 3761 BCE, Julian calendar) as days since 1970-01-01.
constexpr std::int64_t kEpoch = -1373427 - 719163;

// A day has 25,920 parts (1,080 per hour); a mean lunation is 29 days and 13,753 parts.
constexpr std::int64_t kPartsPerDay = 25920;
constexpr std::int64_t kLunationExtraParts = 13753;

// The first molad (BaHaRaD) counted in parts from the start of its day.
constexpr std::int64_t kFirstMoladParts = 12084;

constexpr int Tishrei = 7;

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    const std::int64_t quotient = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? quotient - 1 : quotient;
}

std::int64_t floorMod(std::int64_t a, std::int64_t b)
{
    return a - b * floorDiv(a, b);
}

} // namespace

bool HebrewCalendar::isLeapYear(int year)
{
    return floorMod(7 * std::int64_t(year) + 1, 19) < 7;
}

std::int64_t HebrewCalendar::elapsedDays(int year)
{
    // Step 1: months and parts from the first molad to the molad of Tishrei of `year`.
    const std::int64_t months = floorDiv(235 * std::int64_t(year) - 234, 19);
    const std::int64_t parts = kFirstMoladParts + kLunationExtraParts * months;
    std::int64_t days = 29 * months + floorDiv(parts, kPartsPerDay);

    // Step 2: the New Year may not fall on a Sunday, Wednesday or Friday.
    if (floorMod(3 * (days + 1), 7) < 3)
        ++days;
    return days;
}

std::int64_t HebrewCalendar::newYear(int year)
{
    // A year may not be 356 days long nor follow a 382-day year; the New Year is postponed
    // by one or two days to prevent it.
    const std::int64_t previous = elapsedDays(year - 1);
    const std::int64_t current = elapsedDays(year);
    const std::int64_t next = elapsedDays(year + 1);
    int delay = 0;
    if (next - current == 356)
        delay = 2;
    else if (current - previous == 382)
        delay = 1;
    return kEpoch + current + delay;
}

int HebrewCalendar::daysInYear(int year)
{
    return static_cast<int>(newYear(year + 1) - newYear(year));
}

int HebrewCalendar::daysInMonth(int year, int month)
{
    switch (month) {
    case 2:
    case 4:
    case 6:
    case 10:
    case 13:
        return 29;
    case 12:
        return isLeapYear(year) ? 30 : 29;
    case 8: // Marheshvan is long in "complete" years (355 or 385 days)
        return daysInYear(year) % 10 == 5 ? 30 : 29;
    case 9: // Kislev is short in "deficient" years (353 or 383 days)
        return daysInYear(year) % 10 == 3 ? 29 : 30;
    default:
        return 30;
    }
}

std::int64_t HebrewCalendar::toDays(int year, int month, int day)
{
    // Months are counted from Tishrei, so Nisan to Elul come after Adar.
    std::int64_t days = newYear(year) + day - 1;
    const int lastMonth = isLeapYear(year) ? 13 : 12;
    if (month < Tishrei) {
        for (int m = Tishrei; m <= lastMonth; ++m)
            days += daysInMonth(year, m);
        for (int m = 1; m < month; ++m)
            days += daysInMonth(year, m);
    } else {
        for (int m = Tishrei; m < month; ++m)
            days += daysInMonth(year, m);
    }
    return days;
}

} // namespace prognos::holidays
