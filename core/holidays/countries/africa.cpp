#include "holidays/countries/commonrules.h"
#include "holidays/countries/countries.h"

namespace prognos::holidays::countries {

// Islamic holidays come from the tables; these functions add the rest.

void southAfrica(HolidayYear &year)
{
    // A public holiday on a Sunday is observed on the Monday after.
    const auto addFixed = [&year](const char *name, int month, int day) {
        addWithSundayToMonday(year, name, year.date(month, day));
    };
    addFixed("New Year's Day", 1, 1);
    addFixed("Human Rights Day", 3, 21);
    year.add("Good Friday", year.easter(-2));
    year.add("Family Day", year.easter(1));
    addFixed("Freedom Day", 4, 27);
    addFixed("Workers' Day", 5, 1);
    addFixed("Youth Day", 6, 16);
    addFixed("National Women's Day", 8, 9);
    addFixed("Heritage Day", 9, 24);
    addFixed("Day of Reconciliation", 12, 16);
    addFixed("Christmas Day", 12, 25);
    addFixed("Day of Goodwill", 12, 26);

    // One-off holidays: election days, presidential decrees and the Y2K changeover.
    struct OneOff
    {
        int year, month, day;
        const char *name;
    };
    static constexpr OneOff oneOffs[] = {
        {1999, 6, 2, "National and provincial government elections"},
        {1999, 12, 31, "Y2K changeover"},
        {2000, 1, 2, "Y2K changeover"},
        {2000, 1, 3, "Y2K changeover (Observed)"},
        {2004, 4, 14, "National and provincial government elections"},
        {2006, 3, 1, "Local government elections"},
        {2008, 5, 2, "By presidential decree"},
        {2009, 4, 22, "National and provincial government elections"},
        {2011, 5, 18, "Local government elections"},
        {2011, 12, 27, "By presidential decree"},
        {2014, 5, 7, "National and provincial government elections"},
        {2016, 8, 3, "Local government elections"},
        {2019, 5, 8, "National and provincial government elections"},
    };
    for (const auto &oneOff : oneOffs) {
        if (oneOff.year == year.year())
            year.add(oneOff.name, year.date(oneOff.month, oneOff.day));
    }
}

void kenya(HolidayYear &year)
{
    // A public holiday on a Sunday is observed on the Monday after.
    const auto addFixed = [&year](const char *name, int month, int day) {
        addWithSundayToMonday(year, name, year.date(month, day));
    };
    addFixed("New Year's Day", 1, 1);
    year.add("Good Friday", year.easter(-2));
    year.add("Easter Monday", year.easter(1));
    addFixed("Labour Day", 5, 1);
    addFixed("Madaraka Day", 6, 1);
    addFixed("Mashujaa Day", 10, 20);
    addFixed("Jamhuri (Independence) Day", 12, 12);
    addFixed("Christmas Day", 12, 25);
    addFixed("Boxing Day", 12, 26);
}

void nigeria(HolidayYear &year)
{
    year.add("New Year's day", year.date(1, 1));
    year.add("Worker's day", year.date(5, 1));
    year.add("Children's day", year.date(5, 27));
    year.add("Democracy day", year.date(6, 12));
    year.add("Independence day", year.date(10, 1));
    year.add("Christmas day", year.date(12, 25));
    year.add("Boxing day", year.date(12, 26));
}

void egypt(HolidayYear &year)
{
    year.add("Christmas", year.date(1, 7));
    if (year.year() <= 2011)
        year.add("Revolution Day 2011", year.date(1, 25));
    year.add("Sham El Nessim", year.orthodoxEaster(1));
    year.add("Labor Day", year.date(5, 1));
    year.add("Sinai Liberation Day", year.date(7, 23));
    year.add("Armed Forces Day", year.date(10, 6));
}

void morocco(HolidayYear &year)
{
    const int y = year.year();
    year.add("Nouvel an - Premier janvier", year.date(1, 1));
    year.add("Commemoration de la presentation du manifeste de l'independance", year.date(1, 11));
    // Throne Day: 3 March and 9 July under Hassan II, 30 July from 2001.
    if (y <= 2000) {
        year.add("Fete du Trone", year.date(3, 3));
        year.add("Fete du Trone", year.date(7, 9));
    } else {
        year.add("Fete du Trone", year.date(7, 30));
    }
    year.add("Fete du Travail", year.date(5, 1));
    year.add("Journee de Oued Ed-Dahab", year.date(8, 14));
    year.add("Commemoration de la revolution du Roi et du peuple", year.date(8, 20));
    if (y >= 2001)
        year.add("Fete de la jeunesse", year.date(8, 21));
    year.add("Marche verte", year.date(11, 6));
    year.add("Fete de l'independance", year.date(11, 18));
}

} // namespace prognos::holidays::countries
