#include "holidays/countries/commonrules.h"
#include "holidays/countries/countries.h"

#include <string>

namespace prognos::holidays::countries {

void czechia(HolidayYear &year)
{
    const int y = year.year();
    // 1 January is also Restoration Day of the independent Czech state, named so from 2000.
    if (y <= 1999)
        year.add("Novy rok", year.date(1, 1));
    else
        year.add("Den obnovy samostatneho ceskeho statu", year.date(1, 1));
    if (y >= 2016)
        year.add("Velky patek", year.easter(-2));
    year.add("Velikonocni pondeli", year.easter(1));
    year.add("Svatek prace", year.date(5, 1));
    year.add("Den vitezstvi", year.date(5, 8));
    year.add("Den slovanskych verozvestu Cyrila a Metodeje", year.date(7, 5));
    year.add("Den upaleni mistra Jana Husa", year.date(7, 6));
    if (y >= 2000)
        year.add("Den ceske statnosti", year.date(9, 28));
    year.add("Den vzniku samostatneho ceskoslovenskeho statu", year.date(10, 28));
    year.add("Den boje za svobodu a demokracii", year.date(11, 17));
    year.add("Stedry den", year.date(12, 24));
    year.add("1. svatek vanocni", year.date(12, 25));
    year.add("2. svatek vanocni", year.date(12, 26));
}

void slovakia(HolidayYear &year)
{
    const int y = year.year();
    year.add("Den vzniku Slovenskej republiky", year.date(1, 1));
    year.add("Zjavenie Pana (Traja krali a vianocnysviatok pravoslavnych krestanov)",
             year.date(1, 6));
    year.add("Velky piatok", year.easter(-2));
    year.add("Velkonocny pondelok", year.easter(1));
    year.add("Sviatok prace", year.date(5, 1));
    if (y >= 1997)
        year.add("Den vitazstva nad fasizmom", year.date(5, 8));
    year.add("Sviatok svateho Cyrila a svateho Metoda", year.date(7, 5));
    year.add("Vyrocie Slovenskeho narodneho povstania", year.date(8, 29));
    year.add("Den Ustavy Slovenskej republiky", year.date(9, 1));
    year.add("Sedembolestna Panna Maria", year.date(9, 15));
    if (y == 2018)
        year.add("100. vyrocie prijatia Deklaracie slovenskeho naroda", year.date(10, 30));
    year.add("Sviatok Vsetkych svatych", year.date(11, 1));
    if (y >= 2001)
        year.add("Den boja za slobodu a demokraciu", year.date(11, 17));
    year.add("Stedry den", year.date(12, 24));
    year.add("Prvy sviatok vianocny", year.date(12, 25));
    year.add("Druhy sviatok vianocny", year.date(12, 26));
}

void poland(HolidayYear &year)
{
    const int y = year.year();
    year.add("Nowy Rok", year.date(1, 1));
    if (y >= 2011)
        year.add("Swieto Trzech Kroli", year.date(1, 6));
    year.add("Niedziela Wielkanocna", year.easter());
    year.add("Poniedziaek Wielkanocny", year.easter(1));
    year.add("Swieto Panstwowe", year.date(5, 1));
    year.add("Swieto Narodowe Trzeciego Maja", year.date(5, 3));
    year.add("Zielone Swiatki", year.easter(49));
    year.add("Dzien Bozego Ciaa", year.easter(60));
    year.add("Wniebowziecie Najswietszej Marii Panny", year.date(8, 15));
    year.add("Uroczystosc Wszystkich swietych", year.date(11, 1));
    year.add("Narodowe Swieto Niepodlegosci", year.date(11, 11));
    year.add("Boze Narodzenie (pierwszy dzien)", year.date(12, 25));
    year.add("Boze Narodzenie (drugi dzien)", year.date(12, 26));
}

void hungary(HolidayYear &year)
{
    const int y = year.year();

    // From 2010 a holiday on a Tuesday makes the Monday before a rest day, and one on a
    // Thursday the Friday after.
    const auto addWithBridge = [&year, y](const std::string &name, std::int64_t day) {
        year.add(name, day);
        if (y < 2010)
            return;
        if (HolidayYear::weekdayOf(day) == Tuesday)
            year.add(name + " elotti pihenonap", day - 1);
        else if (HolidayYear::weekdayOf(day) == Thursday)
            year.add(name + " utani pihenonap", day + 1);
    };
    addWithBridge("Ujev", year.date(1, 1));
    addWithBridge("Nemzeti unnep", year.date(3, 15));
    if (y >= 2017)
        year.add("Nagypentek", year.easter(-2));
    year.add("Husvet", year.easter());
    year.add("Husvet Hetfo", year.easter(1));
    addWithBridge("A Munka unnepe", year.date(5, 1));
    year.add("Punkosd", year.easter(49));
    year.add("Punkosdhetfo", year.easter(50));
    addWithBridge("Az allamalapitas unnepe", year.date(8, 20));
    addWithBridge("Nemzeti unnep", year.date(10, 23));
    if (y >= 1999)
        addWithBridge("Mindenszentek", year.date(11, 1));
    const auto christmasEve = year.date(12, 24);
    if (y >= 2010 && !HolidayYear::isWeekend(christmasEve))
        year.add("Szenteste", christmasEve);
    year.add("Karacsony", christmasEve + 1);
    year.add("Karacsony masnapja", christmasEve + 2);
    if (y >= 2010 && HolidayYear::weekdayOf(christmasEve + 2) == Thursday)
        year.add("Karacsony masnapja utani pihenonap", christmasEve + 3);

    // New Year's Eve on a Monday before a Tuesday New Year's Day (2013 on, as Prophet has it).
    const auto newYearsEve = year.date(12, 31);
    if (y >= 2013 && HolidayYear::weekdayOf(newYearsEve) == Monday) {
        year.add("Szilveszter", newYearsEve);
        year.add("Ujev elotti pihenonap", newYearsEve);
    }
}

void slovenia(HolidayYear &year)
{
    year.add("novo leto", year.date(1, 1));
    // 2 January was not a holiday from 2013 to 2016.
    if (year.year() < 2013 || year.year() > 2016)
        year.add("novo leto", year.date(1, 2));
    year.add("Presernov dan", year.date(2, 8));
    year.add("Velikonocni ponedeljek", year.easter(1));
    year.add("dan upora proti okupatorju", year.date(4, 27));
    year.add("praznik dela", year.date(5, 1));
    year.add("praznik dela", year.date(5, 2));
    year.add("dan drzavnosti", year.date(6, 25));
    year.add("Marijino vnebovzetje", year.date(8, 15));
    year.add("dan reformacije", year.date(10, 31));
    year.add("dan spomina na mrtve", year.date(11, 1));
    year.add("Bozic", year.date(12, 25));
    year.add("dan samostojnosti in enotnosti", year.date(12, 26));
}

void croatia(HolidayYear &year)
{
    const int y = year.year();
    year.add("Nova Godina", year.date(1, 1));
    year.add("Sveta tri kralja", year.date(1, 6));
    year.add("Uskrs", year.easter());
    year.add("Uskrsni ponedjeljak", year.easter(1));
    year.add("Meunarodni praznik rada", year.date(5, 1));
    year.add("Tijelovo", year.easter(60));
    year.add("Dan antifasisticke borbe", year.date(6, 22));
    if (y <= 2019)
        year.add("Dan drzavnosti", year.date(6, 25));
    year.add("Dan pobjede i domovinske zahvalnosti", year.date(8, 5));
    year.add("Velika Gospa", year.date(8, 15));
    year.add("Dan neovisnosti", year.date(10, 8));
    year.add("Svi sveti", year.date(11, 1));
    if (y >= 2020)
        year.add("Dan sjecanja", year.date(11, 18));
    year.add("Bozic", year.date(12, 25));
    year.add("Sveti Stjepan", year.date(12, 26));
}

} // namespace prognos::holidays::countries
