#include "holidays/countries/commonrules.h"
#include "holidays/countries/countries.h"

namespace prognos::holidays::countries {

void unitedKingdom(HolidayYear &year)
{
    // Prophet splits holiday names at ", ", so the bank holidays of England, Wales and
    // Northern Ireland appear under three partial names.
    const auto addEnglandWalesNi = [&year](const char *first, std::int64_t day) {
        year.add(first, day);
        year.add("Wales", day);
        year.add("Northern Ireland]", day);
    };
    const int y = year.year();

    const auto newYear = year.date(1, 1);
    addWithNextMonday(year, "New Year's Day", newYear);
    // 2 January in Scotland: a Saturday or Sunday moves two days on, a Monday (when it
    // observes New Year's Day) one day on.
    const char *scotland = "New Year Holiday [Scotland]";
    const auto second = newYear + 1;
    year.add(scotland, second);
    if (HolidayYear::isWeekend(second))
        year.addObserved(scotland, second, second + 2);
    else if (HolidayYear::weekdayOf(second) == Monday)
        year.addObserved(scotland, second, second + 1);
    addWithNextMonday(year, "St. Patrick's Day [Northern Ireland]", year.date(3, 17));
    year.add("Good Friday", year.easter(-2));
    addEnglandWalesNi("Easter Monday [England", year.easter(1));

    // Early May bank holiday, moved to VE Day for its 50th and 75th anniversaries.
    year.add("May Day", y == 1995 || y == 2020 ? year.date(5, 8) : year.nthWeekday(5, Monday, 1));
    year.add("Spring Bank Holiday", y == 2012 ? year.date(6, 4) : year.nthWeekday(5, Monday, -1));
    year.add("Battle of the Boyne [Northern Ireland]", year.date(7, 12));
    year.add("Summer Bank Holiday [Scotland]", year.nthWeekday(8, Monday, 1));
    addEnglandWalesNi("Late Summer Bank Holiday [England", year.nthWeekday(8, Monday, -1));
    year.add("St. Andrew's Day [Scotland]", year.date(11, 30));
    addChristmasAndBoxingDay(year);

    // One-off holidays.
    if (y == 1999)
        year.add("Millennium Celebrations", year.date(12, 31));
    if (y == 2002)
        year.add("Golden Jubilee of Elizabeth II", year.date(6, 3));
    if (y == 2011)
        year.add("Wedding of William and Catherine", year.date(4, 29));
    if (y == 2012)
        year.add("Diamond Jubilee of Elizabeth II", year.date(6, 5));
}

void ireland(HolidayYear &year)
{
    addWithNextMonday(year, "New Year's Day", year.date(1, 1));
    addWithNextMonday(year, "St. Patrick's Day", year.date(3, 17));
    year.add("Easter Monday", year.easter(1));
    // May Day moved to 8 May in 1995 for the 50th anniversary of VE Day.
    year.add("May Day", year.year() == 1995 ? year.date(5, 8) : year.nthWeekday(5, Monday, 1));
    year.add("June Bank Holiday", year.nthWeekday(6, Monday, 1));
    year.add("Summer Bank Holiday", year.nthWeekday(8, Monday, 1));
    year.add("October Bank Holiday", year.nthWeekday(10, Monday, -1));
    addChristmasAndBoxingDay(year);
}

} // namespace prognos::holidays::countries
