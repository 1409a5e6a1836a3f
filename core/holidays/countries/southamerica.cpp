#include "holidays/countries/countries.h"

#include <string>

namespace prognos::holidays::countries {

void argentina(HolidayYear &year)
{
    const int y = year.year();
    year.add("Ano Nuevo [New Year's Day]", year.date(1, 1));
    year.add("Dia de Carnaval [Carnival's Day]", year.easter(-48));
    year.add("Dia de Carnaval [Carnival's Day]", year.easter(-47));
    year.add("Dia Nacional de la Memoria por la Verdad y la Justicia [Memory's National Day for "
             "the Truth and Justice]",
             year.date(3, 24));
    year.add("Dia del Veterano y de los Caidos en la Guerra de Malvinas [Veterans Day and the "
             "Fallen in the Malvinas War]",
             year.date(4, 2));
    year.add("Semana Santa (Jueves Santo)  [Holy day (Holy Thursday)]", year.easter(-3));
    year.add("Semana Santa (Viernes Santo)  [Holy day (Holy Friday)]", year.easter(-2));
    year.add("Dia de Pascuas [Easter Day]", year.easter());
    year.add("Dia del Trabajo [Labour Day]", year.date(5, 1));
    year.add("Dia de la Revolucion de Mayo [May Revolution Day]", year.date(5, 25));
    year.add("Dia Pase a la Inmortalidad del General Martin Miguel de Guemes [Day Pass to the "
             "Immortality of General Martin Miguel de Guemes]",
             year.date(6, 17));
    year.add("Dia Pase a la Inmortalidad del General D. Manuel Belgrano [Day Pass to the "
             "Immortality of General D. Manuel Belgrano]",
             year.date(6, 20));
    year.add("Dia de la Independencia [Independence Day]", year.date(7, 9));
    year.add("Dia Pase a la Inmortalidad del General D. Jose de San Martin [Day Pass to the "
             "Immortality of General D. Jose de San Martin]",
             year.date(8, 17));
    if (y <= 2009)
        year.add("Dia de la Raza [Columbus day]", year.date(10, 12));
    else
        year.add("Dia del Respeto a la Diversidad Cultural [Respect for Cultural Diversity Day]",
                 year.date(10, 12));
    if (y >= 2010)
        year.add("Dia Nacional de la Soberania [National Sovereignty Day]", year.date(11, 20));
    year.add("La Inmaculada Concepcion [Immaculate Conception]", year.date(12, 8));
    year.add("Navidad [Christmas]", year.date(12, 25));
}

void brazil(HolidayYear &year)
{
    year.add("New Year's Day", year.date(1, 1));
    year.add("Tiradentes", year.date(4, 21));
    year.add("Worker's Day", year.date(5, 1));
    year.add("Independence Day", year.date(9, 7));
    year.add("Our Lady of the Apparition", year.date(10, 12));
    year.add("All Souls' Day", year.date(11, 2));
    year.add("Republic Proclamation Day", year.date(11, 15));
    year.add("Christmas", year.date(12, 25));
}

void chile(HolidayYear &year)
{
    const int y = year.year();
    year.add("Ano Nuevo [New Year's Day]", year.date(1, 1));
    year.add("Semana Santa (Viernes Santo)  [Holy day (Holy Friday)]", year.easter(-2));
    year.add("Dia de Pascuas [Easter Day]", year.easter());
    year.add("Dia del Trabajo [Labour Day]", year.date(5, 1));
    year.add("Dia de las Glorias Navales [Naval Glories Day]", year.date(5, 21));
    year.add("San Pedro y San Pablo [Saint Peter and Saint Paul]", year.date(6, 29));
    year.add("Virgen del Carmen [Virgin of Carmen]", year.date(7, 16));
    year.add("Asunsion de la Virgen [Assumption of the Virgin]", year.date(8, 15));
    year.add("Dia de la Independencia [Independence Day]", year.date(9, 18));
    year.add("Dia de las Glorias del Ejercito de Chile [Day of Glories of the Army of Chile]",
             year.date(9, 19));
    // From 2017, 20 September is a holiday when it is a Thursday or a Friday.
    const auto twentieth = year.date(9, 20);
    const auto twentiethWeekday = HolidayYear::weekdayOf(twentieth);
    if (y >= 2017 && (twentiethWeekday == Thursday || twentiethWeekday == Friday))
        year.add("Fiestas Patrias [National Holidays]", twentieth);
    if (y <= 2009)
        year.add("Dia de la Raza [Columbus day]", year.date(10, 12));
    else
        year.add("Dia del Respeto a la Diversidad [Day of the Meeting  of Two Worlds]",
                 year.date(10, 12));
    year.add("Dia Nacional de las Iglesias Evangelicas y Protestantes  [National Day of the  "
             "Evangelical and  Protestant Churches]",
             year.date(10, 31));
    year.add("Dia de Todos los Santos [All Saints Day]", year.date(11, 1));
    year.add("La Inmaculada Concepcion [Immaculate Conception]", year.date(12, 8));
    year.add("Navidad [Christmas]", year.date(12, 25));
}

void colombia(HolidayYear &year)
{
    // Prophet's table leaves out these fixed holidays when they fall on a weekend.
    const auto addUnlessWeekend = [&year](const char *name, std::int64_t day) {
        if (!HolidayYear::isWeekend(day))
            year.add(name, day);
    };
    // The Emiliani law moves these to the next Monday, then named "...(Observed)".
    const auto addEmiliani = [&year](const std::string &name, std::int64_t day) {
        if (HolidayYear::weekdayOf(day) == Monday)
            year.add(name, day);
        else
            year.add(name + "(Observed)", HolidayYear::onOrAfter(day, Monday));
    };
    addUnlessWeekend("Ano Nuevo [New Year's Day]", year.date(1, 1));
    addEmiliani("Dia de los Reyes Magos [Epiphany]", year.date(1, 6));
    addEmiliani("Dia de San Jose [Saint Joseph's Day]", year.date(3, 19));
    year.add("Jueves Santo [Maundy Thursday]", year.easter(-3));
    year.add("Viernes Santo [Good Friday]", year.easter(-2));
    year.add("Dia del Trabajo [Labour Day]", year.date(5, 1));
    year.add("Ascension del senor [Ascension of Jesus](Observed)", year.easter(43));
    year.add("Corpus Christi [Corpus Christi](Observed)", year.easter(64));
    year.add("Sagrado Corazon [Sacred Heart](Observed)", year.easter(71));
    addEmiliani("San Pedro y San Pablo [Saint Peter and Saint Paul]", year.date(6, 29));
    addUnlessWeekend("Dia de la Independencia [Independence Day]", year.date(7, 20));
    year.add("Batalla de Boyaca [Battle of Boyaca]", year.date(8, 7));
    addEmiliani("La Asuncion [Assumption of Mary]", year.date(8, 15));
    addEmiliani("Descubrimiento de America [Discovery of America]", year.date(10, 12));
    addEmiliani("Dia de Todos los Santos [All Saint's Day]", year.date(11, 1));
    addEmiliani("Independencia de Cartagena [Independence of Cartagena]", year.date(11, 11));
    addUnlessWeekend("La Inmaculada Concepcion [Immaculate Conception]", year.date(12, 8));
    year.add("Navidad [Christmas]", year.date(12, 25));
}

void peru(HolidayYear &year)
{
    year.add("Ano Nuevo [New Year's Day]", year.date(1, 1));
    year.add("Jueves Santo [Maundy Thursday]", year.easter(-3));
    year.add("Viernes Santo [Good Friday]", year.easter(-2));
    year.add("Sabado de Gloria [Holy Saturday]", year.easter(-1));
    year.add("Domingo de Resurreccion [Easter Sunday]", year.easter());
    year.add("Dia del Trabajo [Labour Day]", year.date(5, 1));
    year.add("San Pedro y San Pablo [Feast of Saints Peter and Paul]", year.date(6, 29));
    year.add("Dia de la Independencia [Independence Day]", year.date(7, 28));
    year.add("Dia de las Fuerzas Armadas y la Policia del Peru", year.date(7, 29));
    year.add("Dia de Santa Rosa de Lima", year.date(8, 30));
    year.add("Combate Naval de Angamos [Battle of Angamos]", year.date(10, 8));
    year.add("Dia de Todos Los Santos [All Saints Day]", year.date(11, 1));
    year.add("Inmaculada Concepcion [Immaculate Conception]", year.date(12, 8));
    year.add("Navidad [Christmas]", year.date(12, 25));
}

void paraguay(HolidayYear &year)
{
    year.add("Ano Nuevo [New Year's Day]", year.date(1, 1));
    // Two holidays stay on a Monday or Tuesday and otherwise move to the next Monday.
    const auto addMovable = [&year](const char *name, std::int64_t day) {
        const bool stays = HolidayYear::weekdayOf(day) <= Tuesday;
        year.add(name, stays ? day : HolidayYear::onOrAfter(day, Monday));
    };
    addMovable("Dia de los Heroes de la Patria[Patriots Day]", year.date(3, 1));
    year.add("Semana Santa (Jueves Santo)  [Holy day (Holy Thursday)]", year.easter(-3));
    year.add("Semana Santa (Viernes Santo)  [Holy day (Holy Friday)]", year.easter(-2));
    year.add("Dia de Pascuas [Easter Day]", year.easter());
    year.add("Dia de los Trabajadores [Labour Day]", year.date(5, 1));
    year.add("Dia de la Independencia Nacional [Independence Day]", year.date(5, 15));
    addMovable("Dia de la Paz del Chaco [Peace in Chaco Day]", year.date(6, 12));
    year.add("Dia de la Fundacion de Asuncion [Asuncion Fundation's Day]", year.date(8, 15));
    year.add("Batalla de Boqueron [Boqueron's Battle]", year.date(9, 29));
    year.add("Dia de la Virgen de Caacupe [Caacupe Virgin Day]", year.date(12, 8));
    year.add("Navidad [Christmas]", year.date(12, 25));
}

} // namespace prognos::holidays::countries
