#include "holidays/countries/countries.h"
#include "holidays/hebrewcalendar.h"

#include <string>

namespace prognos::holidays::countries {

// Islamic holidays (Eid al-Fitr, Eid al-Adha, Islamic New Year, ...) come from the tables;
// these functions add the rest.

void unitedArabEmirates(HolidayYear &year)
{
    year.add("New Year's Day", year.date(1, 1));
    year.add("Commemoration Day", year.date(11, 30));
    year.add("National Day", year.date(12, 2));
    year.add("National Day", year.date(12, 3));
}

namespace {

constexpr int Nisan = 1;
constexpr int Iyar = 2;
constexpr int Sivan = 3;
constexpr int Tishrei = 7;
constexpr int Kislev = 9;
constexpr int Adar = 12;
constexpr int AdarII = 13;

/// The High Holidays, Sukkot and Hanukkah of the Hebrew year beginning in autumn.
void addAutumnHolidays(HolidayYear &year, int hebrewYear)
{
    const auto tishrei = [hebrewYear](int day) {
        return HebrewCalendar::toDays(hebrewYear, Tishrei, day);
    };
    year.add("Rosh Hashanah - Eve", tishrei(1) - 1);
    year.add("Rosh Hashanah", tishrei(1));
    year.add("Rosh Hashanah", tishrei(2));
    year.add("Yom Kippur - Eve", tishrei(9));
    year.add("Yom Kippur", tishrei(10));
    year.add("Sukkot I - Eve", tishrei(14));
    year.add("Sukkot I", tishrei(15));
    for (int day = 16; day <= 20; ++day)
        year.add("Sukkot - Chol HaMoed", tishrei(day));
    year.add("Sukkot VII - Eve", tishrei(21));
    year.add("Sukkot VII", tishrei(22));

    const auto hanukkah = HebrewCalendar::toDays(hebrewYear, Kislev, 25);
    for (int day = 0; day < 8; ++day)
        year.add("Hanukkah", hanukkah + day);
}

/// Memorial Day (4 Iyar) and Independence Day (5 Iyar), with the days they are kept on when
/// they would touch the Sabbath: two days earlier from a Friday, one day earlier from a
/// Thursday, and from 2004 one day later from a Sunday.
void addMemorialAndIndependenceDay(HolidayYear &year, int hebrewYear)
{
    const auto memorial = HebrewCalendar::toDays(hebrewYear, Iyar, 4);
    year.add("Memorial Day", memorial);
    year.add("Independence Day", memorial + 1);

    int shift = 0;
    switch (HolidayYear::weekdayOf(memorial)) {
    case Friday:
        shift = -2;
        break;
    case Thursday:
        shift = -1;
        break;
    case Sunday:
        shift = year.year() >= 2004 ? 1 : 0;
        break;
    default:
        break;
    }
    if (shift != 0) {
        year.add("Memorial Day (Observed)", memorial + shift);
        year.add("Independence Day (Observed)", memorial + 1 + shift);
    }
}

} // namespace

void israel(HolidayYear &year)
{
    // The Hebrew year that begins in the autumn of the previous Gregorian year holds this
    // year's spring holidays (and the end of last December's Hanukkah).
    const int hebrewYear = year.year() + 3760;
    const auto date = [hebrewYear](int month, int day) {
        return HebrewCalendar::toDays(hebrewYear, month, day);
    };

    const int adar = HebrewCalendar::isLeapYear(hebrewYear) ? AdarII : Adar;
    year.add("Purim - Eve", date(adar, 13));
    year.add("Purim", date(adar, 14));
    year.add("Shushan Purim", date(adar, 15));
    year.add("Passover I - Eve", date(Nisan, 14));
    year.add("Passover I", date(Nisan, 15));
    for (int day = 16; day <= 19; ++day)
        year.add("Passover - Chol HaMoed", date(Nisan, day));
    year.add("Passover VII - Eve", date(Nisan, 20));
    year.add("Passover VII", date(Nisan, 21));
    addMemorialAndIndependenceDay(year, hebrewYear);
    year.add("Lag B'Omer", date(Iyar, 18));
    year.add("Shavuot - Eve", date(Sivan, 5));
    year.add("Shavuot", date(Sivan, 6));

    addAutumnHolidays(year, hebrewYear);
    addAutumnHolidays(year, hebrewYear + 1);
}

void turkey(HolidayYear &year)
{
    year.add("New Year's Day", year.date(1, 1));
    year.add("National Sovereignty and Children's Day", year.date(4, 23));
    year.add("Labour Day", year.date(5, 1));
    year.add("Commemoration of Ataturk", year.date(5, 19));
    year.add("Youth and Sports Day", year.date(5, 19));
    if (year.year() >= 2017)
        year.add("Democracy and National Unity Day", year.date(7, 15));
    year.add("Victory Day", year.date(8, 30));
    year.add("Republic Day", year.date(10, 29));
}

} // namespace prognos::holidays::countries
