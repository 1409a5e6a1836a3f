#include "holidays/countries/commonrules.h"
#include "holidays/countries/countries.h"

namespace prognos::holidays::countries {

void germany(HolidayYear &year)
{
    const int y = year.year();
    year.add("Neujahr", year.date(1, 1));
    year.add("Karfreitag", year.easter(-2));
    year.add("Ostermontag", year.easter(1));
    year.add("Erster Mai", year.date(5, 1));
    year.add("Christi Himmelfahrt", year.easter(39));
    year.add("Pfingstmontag", year.easter(50));
    year.add("Tag der Deutschen Einheit", year.date(10, 3));
    if (y == 2017)
        year.add("Reformationstag", year.date(10, 31));
    year.add("Erster Weihnachtstag", year.date(12, 25));
    year.add("Zweiter Weihnachtstag", year.date(12, 26));
}

void austria(HolidayYear &year)
{
    year.add("Neujahr", year.date(1, 1));
    year.add("Heilige Drei Konige", year.date(1, 6));
    year.add("Ostermontag", year.easter(1));
    year.add("Staatsfeiertag", year.date(5, 1));
    year.add("Christi Himmelfahrt", year.easter(39));
    year.add("Pfingstmontag", year.easter(50));
    year.add("Fronleichnam", year.easter(60));
    year.add("Maria Himmelfahrt", year.date(8, 15));
    year.add("Nationalfeiertag", year.date(10, 26));
    year.add("Allerheiligen", year.date(11, 1));
    year.add("Maria Empfangnis", year.date(12, 8));
    year.add("Christtag", year.date(12, 25));
    year.add("Stefanitag", year.date(12, 26));
}

void switzerland(HolidayYear &year)
{
    year.add("Neujahrestag", year.date(1, 1));
    year.add("Karfreitag", year.easter(-2));
    year.add("Ostern", year.easter());
    year.add("Ostermontag", year.easter(1));
    year.add("Auffahrt", year.easter(39));
    year.add("Pfingsten", year.easter(49));
    year.add("Pfingstmontag", year.easter(50));
    year.add("Nationalfeiertag", year.date(8, 1));
    year.add("Weihnachten", year.date(12, 25));
}

void netherlands(HolidayYear &year)
{
    const int y = year.year();
    year.add("Nieuwjaarsdag", year.date(1, 1));
    year.add("Eerste paasdag", year.easter());
    year.add("Tweede paasdag", year.easter(1));
    addRoyalDay(year, "Koninginnedag", "Koningsdag");
    // Liberation Day is a day off every fifth year.
    if (y % 5 == 0)
        year.add("Bevrijdingsdag", year.date(5, 5));
    year.add("Hemelvaart", year.easter(39));
    year.add("Eerste Pinksterdag", year.easter(49));
    year.add("Tweede Pinksterdag", year.easter(50));
    year.add("Eerste Kerstdag", year.date(12, 25));
    year.add("Tweede Kerstdag", year.date(12, 26));
}

void belgium(HolidayYear &year)
{
    year.add("Nieuwjaarsdag", year.date(1, 1));
    year.add("Pasen", year.easter());
    year.add("Paasmaandag", year.easter(1));
    year.add("Dag van de Arbeid", year.date(5, 1));
    year.add("O.L.H. Hemelvaart", year.easter(39));
    year.add("Pinksteren", year.easter(49));
    year.add("Pinkstermaandag", year.easter(50));
    year.add("Nationale feestdag", year.date(7, 21));
    year.add("O.L.V. Hemelvaart", year.date(8, 15));
    year.add("Allerheiligen", year.date(11, 1));
    year.add("Wapenstilstand", year.date(11, 11));
    year.add("Kerstmis", year.date(12, 25));
}

void luxembourg(HolidayYear &year)
{
    const int y = year.year();
    year.add("Neijoerschdag", year.date(1, 1));
    year.add("Ouschtermeindeg", year.easter(1));
    year.add("Dag vun der Aarbecht", year.date(5, 1));
    if (y >= 2019)
        year.add("Europadag", year.date(5, 9));
    year.add("Christi Himmelfaart", year.easter(39));
    year.add("Pengschtmeindeg", year.easter(50));
    year.add("Nationalfeierdag", year.date(6, 23));
    year.add("Leiffraweschdag", year.date(8, 15));
    year.add("Allerhellgen", year.date(11, 1));
    year.add("Chreschtdag", year.date(12, 25));
    year.add("Stiefesdag", year.date(12, 26));
}

void italy(HolidayYear &year)
{
    year.add("Capodanno", year.date(1, 1));
    year.add("Epifania del Signore", year.date(1, 6));
    year.add("Pasqua di Resurrezione", year.easter());
    year.add("Lunedi dell'Angelo", year.easter(1));
    year.add("Festa della Liberazione", year.date(4, 25));
    year.add("Festa dei Lavoratori", year.date(5, 1));
    year.add("Festa della Repubblica", year.date(6, 2));
    year.add("Assunzione della Vergine", year.date(8, 15));
    year.add("Tutti i Santi", year.date(11, 1));
    year.add("Immacolata Concezione", year.date(12, 8));
    year.add("Natale", year.date(12, 25));
    year.add("Santo Stefano", year.date(12, 26));
}

void spain(HolidayYear &year)
{
    year.add("Ano nuevo", year.date(1, 1));
    year.add("Epifania del Senor", year.date(1, 6));
    year.add("Asuncion de la Virgen", year.date(8, 15));
    year.add("Dia de la Hispanidad", year.date(10, 12));
    year.add("Todos los Santos", year.date(11, 1));
    year.add("Dia de la constitucion Espanola", year.date(12, 6));
    year.add("La Inmaculada Concepcion", year.date(12, 8));
    year.add("Navidad", year.date(12, 25));
}

void portugal(HolidayYear &year)
{
    const int y = year.year();
    year.add("Ano Novo", year.date(1, 1));
    year.add("Sexta-feira Santa", year.easter(-2));
    year.add("Pascoa", year.easter());
    year.add("Dia da Liberdade", year.date(4, 25));
    year.add("Dia do Trabalhador", year.date(5, 1));
    year.add("Dia de Portugal", year.date(6, 10));
    // Four holidays were suspended from 2013 to 2015.
    const bool suspended = y >= 2013 && y <= 2015;
    if (!suspended)
        year.add("Corpo de Deus", year.easter(60));
    year.add("Assuncao de Nossa Senhora", year.date(8, 15));
    if (!suspended) {
        year.add("Implantacao da Republica", year.date(10, 5));
        year.add("Dia de Todos os Santos", year.date(11, 1));
        year.add("Restauracao da Independencia", year.date(12, 1));
    }
    year.add("Imaculada Conceicao", year.date(12, 8));
    year.add("Dia de Natal", year.date(12, 25));
}

} // namespace prognos::holidays::countries
