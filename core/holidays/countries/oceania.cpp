#include "holidays/countries/commonrules.h"
#include "holidays/countries/countries.h"

namespace prognos::holidays::countries {

void australia(HolidayYear &year)
{
    addWithNextMonday(year, "New Year's Day", year.date(1, 1));
    addWithNextMonday(year, "Australia Day", year.date(1, 26));
    year.add("Good Friday", year.easter(-2));
    year.add("Easter Monday", year.easter(1));
    year.add("Anzac Day", year.date(4, 25));
    addChristmasAndBoxingDay(year);
}

void newZealand(HolidayYear &year)
{
    // 1 and 2 January on a weekend are observed on 3 and 4 January.
    const auto newYear = year.date(1, 1);
    year.add("New Year's Day", newYear);
    year.add("Day after New Year's Day", newYear + 1);
    if (HolidayYear::isWeekend(newYear))
        year.addObserved("New Year's Day", newYear, newYear + 2);
    if (HolidayYear::isWeekend(newYear + 1))
        year.addObserved("Day after New Year's Day", newYear + 1, newYear + 3);

    // Mondayisation of Waitangi Day and Anzac Day from 2014.
    const auto waitangi = year.date(2, 6);
    const auto anzac = year.date(4, 25);
    year.add("Waitangi Day", waitangi);
    year.add("Anzac Day", anzac);
    if (year.year() >= 2014) {
        year.addObserved("Waitangi Day", waitangi, HolidayYear::nextMonday(waitangi));
        year.addObserved("Anzac Day", anzac, HolidayYear::nextMonday(anzac));
    }
    year.add("Good Friday", year.easter(-2));
    year.add("Easter Monday", year.easter(1));
    year.add("Queen's Birthday", year.nthWeekday(6, Monday, 1));
    year.add("Labour Day", year.nthWeekday(10, Monday, 4));
    addChristmasAndBoxingDay(year);
}

} // namespace prognos::holidays::countries
