#include "holidays/easter.h"

#include "engine/timestamp.h"

namespace prognos::holidays {

std::int64_t westernEaster(int year)
{
    // Step 1: position in the 19-year Metonic cycle and century corrections.
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;

    // Step 2: epact-based distance to the Paschal full moon, then to the next Sunday.
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;

    // Step 3: month and day.
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return CivilTime::daysFromCivil(year, month, day);
}

std::int64_t orthodoxEaster(int year)
{
    // Step 1: Julian-calendar Easter (Meeus).
    const int a = year % 4;
    const int b = year % 7;
    const int c = year % 19;
    const int d = (19 * c + 15) % 30;
    const int e = (2 * a + 4 * b - d + 34) % 7;
    const int month = (d + e + 114) / 31;
    const int day = (d + e + 114) % 31 + 1;

    // Step 2: the Julian date is read as Gregorian, then shifted by the calendars' offset.
    const int centuries = year / 100;
    const int offset = centuries - centuries / 4 - 2;
    return CivilTime::daysFromCivil(year, month, day) + offset;
}

} // namespace prognos::holidays
