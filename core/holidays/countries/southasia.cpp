#include "holidays/countries/countries.h"

namespace prognos::holidays::countries {

void india(HolidayYear &year)
{
    // Hindu and Islamic holidays come from the tables.
    year.add("New Year's Day", year.date(1, 1));
    year.add("Republic Day", year.date(1, 26));
    year.add("Palm Sunday", year.easter(-7));
    year.add("Maundy Thursday", year.easter(-3));
    year.add("Good Friday", year.easter(-2));
    year.add("Easter Sunday", year.easter());
    year.add("Feast of Pentecost", year.easter(49));
    year.add("Independence Day", year.date(8, 15));
    year.add("Fest of St. Theresa of Calcutta", year.date(9, 5));
    year.add("Feast of the Blessed Virgin", year.date(9, 8));
    year.add("Gandhi Jayanti", year.date(10, 2));
    year.add("All Saints Day", year.date(11, 1));
    year.add("All Souls Day", year.date(11, 2));
    year.add("Christmas Day", year.date(12, 25));
    year.add("Boxing Day", year.date(12, 26));
    year.add("Feast of Holy Family", year.date(12, 30));
}

void bangladesh(HolidayYear &year)
{
    year.add("Language Martyrs' Day", year.date(2, 21));
    year.add("Mujib's birthday", year.date(3, 17));
    year.add("Independence Day", year.date(3, 26));
    year.add("Bengali New Year's Day", year.date(4, 14));
    year.add("Labor Day", year.date(5, 1));
    year.add("National Mourning Day", year.date(8, 15));
    year.add("Victory Day", year.date(12, 16));
}

void pakistan(HolidayYear &year)
{
    // Islamic holidays come from the tables.
    year.add("Kashmir Solidarity Day", year.date(2, 5));
    year.add("Pakistan Day", year.date(3, 23));
    year.add("Labor Day", year.date(5, 1));
    year.add("Independence Day", year.date(8, 14));
    year.add("Defence Day", year.date(9, 6));
    year.add("Death Anniversary of Quaid-e-Azam", year.date(9, 11));
    year.add("Iqbal Day", year.date(11, 9));
    year.add("Christmas Day", year.date(12, 25));
}

} // namespace prognos::holidays::countries
