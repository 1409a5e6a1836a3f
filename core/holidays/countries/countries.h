#pragma once

#include "holidays/holidayyear.h"

/// Rule-based holidays of each country, one function per country, grouped by region in the
/// files of this folder. Holidays of lunar and astronomical calendars are not added here but
/// from the tables (see tabulatedholiday.h), before these functions run.
///
/// Holiday names are spelled exactly as in R Prophet's table, which users know from Prophet:
/// in ASCII with accents dropped (sometimes with letters lost, as in Norway's "Sndag"), and
/// split at ", " where the Python package joined two names (so Great Britain's "Easter Monday
/// [England, Wales, Northern Ireland]" appears as three names). Year conditions mark changes
/// in law as the table records them.
namespace prognos::holidays::countries {

void argentina(HolidayYear &year);
void aruba(HolidayYear &year);
void australia(HolidayYear &year);
void austria(HolidayYear &year);
void bangladesh(HolidayYear &year);
void belgium(HolidayYear &year);
void brazil(HolidayYear &year);
void canada(HolidayYear &year);
void chile(HolidayYear &year);
void china(HolidayYear &year);
void colombia(HolidayYear &year);
void croatia(HolidayYear &year);
void czechia(HolidayYear &year);
void denmark(HolidayYear &year);
void dominicanRepublic(HolidayYear &year);
void egypt(HolidayYear &year);
void estonia(HolidayYear &year);
void finland(HolidayYear &year);
void germany(HolidayYear &year);
void greece(HolidayYear &year);
void honduras(HolidayYear &year);
void hongKong(HolidayYear &year);
void hungary(HolidayYear &year);
void iceland(HolidayYear &year);
void india(HolidayYear &year);
void indonesia(HolidayYear &year);
void ireland(HolidayYear &year);
void israel(HolidayYear &year);
void italy(HolidayYear &year);
void kenya(HolidayYear &year);
void lithuania(HolidayYear &year);
void luxembourg(HolidayYear &year);
void malaysia(HolidayYear &year);
void mexico(HolidayYear &year);
void morocco(HolidayYear &year);
void netherlands(HolidayYear &year);
void newZealand(HolidayYear &year);
void nicaragua(HolidayYear &year);
void nigeria(HolidayYear &year);
void norway(HolidayYear &year);
void pakistan(HolidayYear &year);
void paraguay(HolidayYear &year);
void peru(HolidayYear &year);
void philippines(HolidayYear &year);
void poland(HolidayYear &year);
void portugal(HolidayYear &year);
void russia(HolidayYear &year);
void singapore(HolidayYear &year);
void slovakia(HolidayYear &year);
void slovenia(HolidayYear &year);
void southAfrica(HolidayYear &year);
void spain(HolidayYear &year);
void sweden(HolidayYear &year);
void switzerland(HolidayYear &year);
void thailand(HolidayYear &year);
void turkey(HolidayYear &year);
void unitedArabEmirates(HolidayYear &year);
void unitedKingdom(HolidayYear &year);
void unitedStates(HolidayYear &year);
void vietnam(HolidayYear &year);

} // namespace prognos::holidays::countries
