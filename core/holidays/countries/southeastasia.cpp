#include "holidays/countries/countries.h"

#include <string>

namespace prognos::holidays::countries {

void indonesia(HolidayYear &year)
{
    // Chinese, Islamic, Hindu and Buddhist holidays come from the tables.
    const int y = year.year();
    year.add("New Year's Day", year.date(1, 1));
    year.add("Labor Day", year.date(5, 1));
    year.add("Ascension of Jesus", year.easter(39));
    if (y >= 2017)
        year.add("Pancasila Day", year.date(6, 1));
    year.add("Independence Day", year.date(8, 17));
    year.add("Christmas", year.date(12, 25));
}

void malaysia(HolidayYear &year)
{
    // Chinese New Year, Islamic holidays and Wesak Day come from the tables.
    const int y = year.year();
    year.add("New Year's Day", year.date(1, 1));
    year.add("Good Friday", year.easter(-2));
    year.add("Tamil New Year", year.date(4, 14));
    year.add("Labor Day", year.date(5, 1));
    // The King's birthday: first Saturday of June until 2016, last Saturday of July from 2017
    // to 2021 (Prophet's table has none after 2021).
    if (y <= 2016)
        year.add("King's birthday", year.nthWeekday(6, Saturday, 1));
    else if (y <= 2021)
        year.add("King's birthday", year.nthWeekday(7, Saturday, -1));
    year.add("Malaysia Day", year.date(9, 16));
    year.add("Christmas Day", year.date(12, 25));
}

void singapore(HolidayYear &year)
{
    // Chinese New Year, Hari Raya Puasa and Haji, Vesak Day and Deepavali (with their Sunday
    // substitutes) come from the tables. A holiday on a Sunday is named "... [Sunday]" and
    // the Monday after is a holiday too.
    const auto addFixed = [&year](const std::string &name, std::int64_t day) {
        if (HolidayYear::weekdayOf(day) != Sunday) {
            year.add(name, day);
            return;
        }
        year.add(name + " [Sunday]", day);
        year.add("Monday following " + name, day + 1);
    };
    addFixed("New Year's Day", year.date(1, 1));
    year.add("Good Friday", year.easter(-2));
    addFixed("Labour Day", year.date(5, 1));
    addFixed("National Day", year.date(8, 9));
    addFixed("Christmas Day", year.date(12, 25));

    // One-off holidays: polling days and the 50th anniversary of independence.
    struct OneOff
    {
        int year, month, day;
        const char *name;
    };
    static constexpr OneOff oneOffs[] = {
        {2001, 11, 3, "Polling Day"}, {2006, 5, 6, "Polling Day"},
        {2011, 5, 7, "Polling Day"},  {2015, 8, 7, "SG50 Public Holiday"},
        {2015, 9, 11, "Polling Day"},
    };
    for (const auto &oneOff : oneOffs) {
        if (oneOff.year == year.year())
            year.add(oneOff.name, year.date(oneOff.month, oneOff.day));
    }
}

void thailand(HolidayYear &year)
{
    // Buddhist holidays come from the tables.
    year.add("New Year's Day", year.date(1, 1));
    const auto chakri = year.date(4, 6);
    year.add("Chakri Memorial Day", HolidayYear::nextMonday(chakri));
    year.add("Songkran Festival", year.date(4, 14));
    if (year.year() <= 2016)
        year.add("Coronation Day", year.date(5, 5));
    year.add("King Maha Vajiralongkorn's Birthday", year.date(7, 28));
    year.add("The Queen Sirikit's Birthday", year.date(8, 12));
    year.add("Anniversary for the Death of King Bhumibol Adulyadej", year.date(10, 13));
    year.add("King Chulalongkorn Day", year.date(10, 23));
    year.add("King Bhumibol Adulyadej's Birthday Anniversary", year.date(12, 5));
    year.add("Constitution Day", year.date(12, 10));
    year.add("New Year's Eve", year.date(12, 31));
}

void vietnam(HolidayYear &year)
{
    // Vietnamese New Year and the Hung Kings Commemorations come from the tables.
    year.add("New Year's Day", year.date(1, 1));
    year.add("Reunification Day", year.date(4, 30));
    year.add("Labor Day/International Workers' Day", year.date(5, 1));
    year.add("National Day", year.date(9, 2));
}

void philippines(HolidayYear &year)
{
    // Islamic holidays come from the tables.
    year.add("New Year's Day", year.date(1, 1));
    year.add("Day of Valor", year.date(4, 9));
    year.add("Maundy Thursday", year.easter(-3));
    year.add("Good Friday", year.easter(-2));
    year.add("Labor Day", year.date(5, 1));
    year.add("Independence Day", year.date(6, 12));
    year.add("National Heroes' Day", year.date(8, 27));
    year.add("Bonifacio Day", year.date(11, 30));
    year.add("Christmas Day", year.date(12, 25));
    year.add("Rizal Day", year.date(12, 30));
}

} // namespace prognos::holidays::countries
