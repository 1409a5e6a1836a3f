#include "holidays/countries/commonrules.h"
#include "holidays/countries/countries.h"

#include <string>

namespace prognos::holidays::countries {

void mexico(HolidayYear &year)
{
    const int y = year.year();
    const auto newYear = year.date(1, 1);
    addWithNearestWeekday(year, "Ano Nuevo [New Year's Day]", newYear);
    const auto nextNewYear = year.date(y + 1, 1, 1);
    if (HolidayYear::weekdayOf(nextNewYear) == Saturday)
        year.add("Ano Nuevo [New Year's Day] (Observed)", nextNewYear - 1);

    // From 2007 three holidays are observed on a Monday; the original date is listed too
    // unless it is that Monday.
    const auto addWithMonday = [&year, y](const std::string &name, std::int64_t day,
                                          std::int64_t monday) {
        if (y >= 2007)
            year.add(name + " (Observed)", monday);
        if (y < 2007 || day != monday)
            year.add(name, day);
    };
    addWithMonday("Dia de la Constitucion [Constitution Day]", year.date(2, 5),
                  year.nthWeekday(2, Monday, 1));
    const std::string juarez = "Natalicio de Benito Juarez [Benito Juarez's birthday]";
    addWithMonday(juarez, year.date(3, 21), year.nthWeekday(3, Monday, 3));
    addWithMonday("Dia de la Revolucion [Revolution Day]", year.date(11, 20),
                  year.nthWeekday(11, Monday, 3));

    // Prophet's table names the observed Labour Day after Benito Juarez and the observed
    // Christmas after the change of government.
    const auto labour = year.date(5, 1);
    year.add("Dia del Trabajo [Labour Day]", labour);
    if (HolidayYear::isWeekend(labour))
        year.add(juarez + " (Observed)", HolidayYear::nearestWeekday(labour));
    addWithNearestWeekday(year, "Dia de la Independencia [Independence Day]", year.date(9, 16));
    const char *transfer = "Transmision del Poder Ejecutivo Federal [Change of Federal Government]";
    if ((y - 2000) % 6 == 0) {
        addWithNearestWeekday(year, transfer, year.date(12, 1));
    }
    const auto christmas = year.date(12, 25);
    year.add("Navidad [Christmas]", christmas);
    year.addObserved(transfer, christmas, HolidayYear::nearestWeekday(christmas));
}

void aruba(HolidayYear &year)
{
    year.add("Ana Nobo [New Year's Day]", year.date(1, 1));
    year.add("Dia Di Betico [Betico Day]", year.date(1, 25));
    year.add("Dialuna di Carnaval             [Carnaval Monday]", year.easter(-48));
    year.add("Dia di Himno y Bandera             [National Anthem & Flag Day]", year.date(3, 18));
    year.add("Bierna Santo [Good Friday]", year.easter(-2));
    year.add("Di Dos Dia di Pasco di Resureccion             [Easter Monday]", year.easter(1));
    addRoyalDay(year, "Ana di La Reina [Queen's Day]", "Ana di Rey [King's Day]");
    year.add("Dia di Obrero [Labour Day]", year.date(5, 1));
    year.add("Dia di Asuncion [Ascension Day]", year.easter(39));
    year.add("Pasco di Nacemento [Christmas]", year.date(12, 25));
    year.add("Di Dos Dia di Pasco di             Nacemento [Second Christmas]", year.date(12, 26));
}

void dominicanRepublic(HolidayYear &year)
{
    // Law 139-97 (mid 1997) moves some holidays to a Monday: from a Tuesday or Wednesday to
    // the Monday before, from a Thursday or Friday to the Monday after. Labour Day also moves
    // from a Sunday to the Monday after.
    const auto lawStart = year.date(1997, 6, 21);
    const auto addMovable = [&year, lawStart](const char *name, std::int64_t day,
                                              bool sundayToo = false) {
        auto moved = day;
        if (day >= lawStart) {
            switch (HolidayYear::weekdayOf(day)) {
            case Tuesday:
            case Wednesday:
                moved = HolidayYear::onOrBefore(day, Monday);
                break;
            case Thursday:
            case Friday:
                moved = HolidayYear::onOrAfter(day, Monday);
                break;
            case Sunday:
                moved = sundayToo ? day + 1 : day;
                break;
            default:
                break;
            }
        }
        year.add(name, moved);
    };
    year.add("Ano Nuevo [New Year's Day]", year.date(1, 1));
    addMovable("Dia de los Santos Reyes [Epiphany]", year.date(1, 6));
    year.add("Dia de la Altagracia [Lady of Altagracia]", year.date(1, 21));
    addMovable("Dia de Duarte [Juan Pablo Duarte Day]", year.date(1, 26));
    year.add("Dia de Independencia [Independence Day]", year.date(2, 27));
    year.add("Viernes Santo [Good Friday]", year.easter(-2));
    addMovable("Dia del Trabajo [Labor Day]", year.date(5, 1), true);
    year.add("Corpus Christi [Feast of Corpus Christi]", year.date(6, 11));
    // Restoration Day stayed on 16 August in the years of a presidential inauguration (every
    // fourth year until 2008).
    const auto restoration = year.date(8, 16);
    if (year.year() % 4 == 0 && year.year() <= 2008)
        year.add("Dia de la Restauracion [Restoration Day]", restoration);
    else
        addMovable("Dia de la Restauracion [Restoration Day]", restoration);
    year.add("Dia de las Mercedes             [Our Lady of Mercedes Day]", year.date(9, 24));
    addMovable("Dia de la Constitucion [Constitution Day]", year.date(11, 6));
    year.add("Dia de Navidad [Christmas Day]", year.date(12, 25));
}

void honduras(HolidayYear &year)
{
    const int y = year.year();
    year.add("Ano Nuevo [New Year's Day]", year.date(1, 1));
    year.add("Dia de los Reyes Magos [The Three Wise Men Day] (Observed)", year.date(1, 6));
    year.add("Dia de la virgen de Suyapa [Our Lady of Suyapa] (Observed)", year.date(2, 3));
    year.add("Dia del Padre [Father's Day] (Observed)", year.date(3, 19));
    year.add("Jueves Santo [Maundy Thursday]", year.easter(-3));
    year.add("Dia de las Americas [America Day]", year.date(4, 14));
    year.add("Viernes Santo [Good Friday]", year.easter(-2));
    year.add("Sabado de Gloria [Holy Saturday]", year.easter(-1));
    year.add("Domingo de Resurreccion [Easter Sunday]", year.easter());
    year.add("Dia del Trabajo [Labour Day]", year.date(5, 1));
    year.add("Dia de la madre [Mother's Day] (Observed)", year.nthWeekday(5, Sunday, 2));
    year.add("Dia del nino [Children day] (Observed)", year.date(9, 10));
    year.add("Dia de la Independencia [Independence Day]", year.date(9, 15));
    year.add("Dia del Maestro [Teacher's day] (Observed)", year.date(9, 17));
    if (y <= 2014)
        year.add("Dia de Morazan [Morazan's Day]", year.date(10, 3));
    if (y >= 2015) {
        for (int day = 3; day <= 5; ++day)
            year.add("Semana Morazanica [Morazan Weekend]", 10, day);
    }
    if (y <= 2014) {
        year.add("Dia de la Raza [Columbus Day]", year.date(10, 12));
        year.add("Dia de las Fuerzas Armadas [Army Day]", year.date(10, 21));
    }
    year.add("Navidad [Christmas]", year.date(12, 25));
}

void nicaragua(HolidayYear &year)
{
    const int y = year.year();
    year.add("Ano Nuevo [New Year's Day]", year.date(1, 1));
    year.add("Jueves Santo [Maundy Thursday]", year.easter(-3));
    year.add("Viernes Santo [Good Friday]", year.easter(-2));
    year.add("Dia del Trabajo [Labour Day]", year.date(5, 1));
    if (y <= 2020)
        year.add("Dia de la Revolucion [Revolution Day]", year.date(7, 19));
    year.add("Batalla de San Jacinto [Battle of San Jacinto]", year.date(9, 14));
    year.add("Dia de la Independencia [Independence Day]", year.date(9, 15));
    year.add("Concepcion de Maria [Virgin's Day]", year.date(12, 8));
    year.add("Navidad [Christmas]", year.date(12, 25));
}

} // namespace prognos::holidays::countries
