#include "holidays/countries/commonrules.h"
#include "holidays/countries/countries.h"

namespace prognos::holidays::countries {

// Islamic holidays (Eid al-Fitr, Eid al-Adha, Islamic New Year, ...) and all holidays of the
// Hebrew calendar come from the tables; these functions add the rest.

void unitedArabEmirates(HolidayYear &year)
{
    year.add("New Year's Day", year.date(1, 1));
    year.add("Commemoration Day", year.date(11, 30));
    year.add("National Day", year.date(12, 2));
    year.add("National Day", year.date(12, 3));
}

void israel(HolidayYear &)
{
    // Every holiday in Prophet's table for Israel follows the Hebrew calendar.
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
