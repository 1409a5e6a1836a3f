#include "holidays/countries/countries.h"

namespace prognos::holidays::countries {

void denmark(HolidayYear &year)
{
    year.add("Nytarsdag", year.date(1, 1));
    year.add("Palmesndag", year.easter(-7));
    year.add("Skrtorsdag", year.easter(-3));
    year.add("Langfredag", year.easter(-2));
    year.add("Paskedag", year.easter());
    year.add("Anden paskedag", year.easter(1));
    year.add("Store bededag", year.easter(26));
    year.add("Kristi himmelfartsdag", year.easter(39));
    year.add("Pinsedag", year.easter(49));
    year.add("Anden pinsedag", year.easter(50));
    year.add("Juledag", year.date(12, 25));
    year.add("Anden juledag", year.date(12, 26));
}

void norway(HolidayYear &year)
{
    year.add("Frste nyttarsdag", year.date(1, 1));
    // Every Sunday is listed as a holiday.
    for (auto sunday = HolidayYear::onOrAfter(year.date(1, 1), Sunday); sunday <= year.date(12, 31);
         sunday += 7)
        year.add("Sndag", sunday);
    year.add("Skjrtorsdag", year.easter(-3));
    year.add("Langfredag", year.easter(-2));
    year.add("Frste paskedag", year.easter());
    year.add("Andre paskedag", year.easter(1));
    year.add("Arbeidernes dag", year.date(5, 1));
    year.add("Grunnlovsdag", year.date(5, 17));
    year.add("Kristi himmelfartsdag", year.easter(39));
    year.add("Frste pinsedag", year.easter(49));
    year.add("Andre pinsedag", year.easter(50));
    year.add("Frste juledag", year.date(12, 25));
    year.add("Andre juledag", year.date(12, 26));
}

void sweden(HolidayYear &year)
{
    const int y = year.year();
    year.add("Nyarsdagen", year.date(1, 1));
    // Every Sunday is listed as a holiday.
    for (auto sunday = HolidayYear::onOrAfter(year.date(1, 1), Sunday); sunday <= year.date(12, 31);
         sunday += 7)
        year.add("Sondag", sunday);
    year.add("Trettondedag jul", year.date(1, 6));
    year.add("Langfredagen", year.easter(-2));
    year.add("Paskdagen", year.easter());
    year.add("Annandag pask", year.easter(1));
    year.add("Forsta maj", year.date(5, 1));
    year.add("Kristi himmelsfardsdag", year.easter(39));
    year.add("Pingstdagen", year.easter(49));
    // The National Day replaced Whit Monday as a day off in 2005.
    if (y <= 2004)
        year.add("Annandag pingst", year.easter(50));
    else
        year.add("Sveriges nationaldag", year.date(6, 6));
    // Midsummer Eve is the Friday from 19 to 25 June; All Saints' Day the Saturday from 31
    // October to 6 November.
    const auto midsummerEve = HolidayYear::onOrAfter(year.date(6, 19), Friday);
    year.add("Midsommarafton", midsummerEve);
    year.add("Midsommardagen", midsummerEve + 1);
    year.add("Alla helgons dag", HolidayYear::onOrAfter(year.date(10, 31), Saturday));
    year.add("Julafton", year.date(12, 24));
    year.add("Juldagen", year.date(12, 25));
    year.add("Annandag jul", year.date(12, 26));
    year.add("Nyarsafton", year.date(12, 31));
}

void finland(HolidayYear &year)
{
    year.add("Uudenvuodenpaiva", year.date(1, 1));
    year.add("Loppiainen", year.date(1, 6));
    year.add("Pitkaperjantai", year.easter(-2));
    year.add("Paasiaispaiva", year.easter());
    year.add("2. paasiaispaiva", year.easter(1));
    year.add("Vappu", year.date(5, 1));
    year.add("Helatorstai", year.easter(39));
    year.add("Helluntaipaiva", year.easter(49));
    // Midsummer Eve is the Friday from 19 to 25 June; All Saints' Day the Saturday from 31
    // October to 6 November.
    const auto midsummerEve = HolidayYear::onOrAfter(year.date(6, 19), Friday);
    year.add("Juhannusaatto", midsummerEve);
    year.add("Juhannuspaiva", midsummerEve + 1);
    year.add("Pyhainpaiva", HolidayYear::onOrAfter(year.date(10, 31), Saturday));
    year.add("Itsenaisyyspaiva", year.date(12, 6));
    year.add("Jouluaatto", year.date(12, 24));
    year.add("Joulupaiva", year.date(12, 25));
    year.add("Tapaninpaiva", year.date(12, 26));
}

void iceland(HolidayYear &year)
{
    year.add("Nyarsdagur", year.date(1, 1));
    year.add("Skirdagur", year.easter(-3));
    year.add("Fostudagurinn langi", year.easter(-2));
    year.add("Paskadagur", year.easter());
    year.add("Annar i paskum", year.easter(1));
    // First Day of Summer: the Thursday from 19 to 25 April.
    year.add("Sumardagurinn fyrsti", HolidayYear::onOrAfter(year.date(4, 19), Thursday));
    year.add("Verkalysdagurinn", year.date(5, 1));
    year.add("Uppstigningardagur", year.easter(39));
    year.add("Hvitasunnudagur", year.easter(49));
    year.add("Annar i hvitasunnu", year.easter(50));
    year.add("johatiardagurinn", year.date(6, 17));
    year.add("Fridagur verslunarmanna", year.nthWeekday(8, Monday, 1));
    year.add("Afangadagur", year.date(12, 24));
    year.add("Joladagur", year.date(12, 25));
    year.add("Annar i jolum", year.date(12, 26));
    year.add("Gamlarsdagur", year.date(12, 31));
}

} // namespace prognos::holidays::countries
