#include "holidays/countries/countries.h"

namespace prognos::holidays::countries {

void estonia(HolidayYear &year)
{
    year.add("uusaasta", year.date(1, 1));
    year.add("iseseisvuspaev", year.date(2, 24));
    year.add("suur reede", year.easter(-2));
    year.add("ulestousmispuhade 1. puha", year.easter());
    year.add("kevadpuha", year.date(5, 1));
    year.add("nelipuhade 1. puha", year.easter(49));
    year.add("voidupuha", year.date(6, 23));
    year.add("jaanipaev", year.date(6, 24));
    year.add("taasiseseisvumispaev", year.date(8, 20));
    year.add("joululaupaev", year.date(12, 24));
    year.add("esimene joulupuha", year.date(12, 25));
    year.add("teine joulupuha", year.date(12, 26));
}

void lithuania(HolidayYear &year)
{
    const int y = year.year();
    year.add("Naujieji metai", year.date(1, 1));
    year.add("Lietuvos valstybes atkurimo diena", year.date(2, 16));
    year.add("Lietuvos nepriklausomybes atkurimo diena", year.date(3, 11));
    year.add("Velykos", year.easter());
    year.add("Velyku antroji diena", year.easter(1));
    year.add("Tarptautine darbo diena", year.date(5, 1));
    year.add("Motinos diena", year.nthWeekday(5, Sunday, 1));
    year.add("Tevo diena", year.nthWeekday(6, Sunday, 1));
    if (y >= 2003) {
        year.add("Jonines", year.date(6, 24));
        year.add("Rasos", year.date(6, 24));
    }
    year.add("Valstybes (Lietuvos karaliaus Mindaugo karunavimo) diena", year.date(7, 6));
    year.add("Zoline (Svc. Mergeles Marijos emimo i dangu diena)", year.date(8, 15));
    year.add("Visu sventuju diena (Velines)", year.date(11, 1));
    year.add("Sv. Kucios", year.date(12, 24));
    year.add("Sv. Kaledu pirma diena", year.date(12, 25));
    year.add("Sv. Kaledu antra diena", year.date(12, 26));
}

void russia(HolidayYear &year)
{
    year.add("New Year's Day", year.date(1, 1));
    year.add("Orthodox Christmas Day", year.date(1, 7));
    year.add("Defender of the Fatherland Day", year.date(2, 23));
    year.add("International Women's Day", year.date(3, 8));
    year.add("Spring and Labour Day", year.date(5, 1));
    year.add("Victory Day", year.date(5, 9));
    year.add("Russia Day", year.date(6, 12));
    year.add("National Flag Day", year.date(8, 22));
    year.add("Unity Day", year.date(11, 4));
    year.add("Christmas Day", year.date(12, 25));
}

void greece(HolidayYear &year)
{
    year.add("[New Year's Day]", year.date(1, 1));
    year.add("[Epiphany]", year.date(1, 6));
    year.add("[Clean Monday]", year.orthodoxEaster(-48));
    year.add("[Independence Day]", year.date(3, 25));
    year.add("[Easter Monday]", year.orthodoxEaster(1));
    year.add("[Labour day]", year.date(5, 1));
    year.add("[Monday of the Holy Spirit]", year.orthodoxEaster(50));
    year.add("[Assumption of Mary]", year.date(8, 15));
    year.add("[Ochi Day]", year.date(10, 28));
    year.add("[Christmas]", year.date(12, 25));
    year.add("[Day after Christmas]", year.date(12, 26));
}

} // namespace prognos::holidays::countries
