#include "holidays/countries/commonrules.h"
#include "holidays/countries/countries.h"

namespace prognos::holidays::countries {

void china(HolidayYear &year)
{
    // Chinese New Year, the Dragon Boat and Mid-Autumn festivals come from the tables.
    year.add("New Year's Day", year.date(1, 1));
    year.add("Tomb-Sweeping Day", year.date(4, 4));
    year.add("Tomb-Sweeping Day", year.date(4, 5));
    year.add("Labor Day", year.date(5, 1));
    year.add("National Day", year.date(10, 1));
}

void hongKong(HolidayYear &year)
{
    const int y = year.year();
    // FIXME years 1996-2005,2007-2011,2013-2016,2018-2022,2024-2033,2035-2039,2041-2044:
    // year.add("The first day of January", year.date(1, 1));
    // FIXME years 1995,2006,2012,2017,2023,2034,2040: year.add("The day following the first day of
    // January", year.date(1, 2)); IRREG "The day preceding Lunar New Year's Day" 2006-2007,2010:
    // 2006-01-28 2007-02-17 2010-02-13 IRREG "Lunar New Year's Day" 1995-2044: 1995-01-31
    // 1996-02-19 1997-02-07 1998-01-28 1999-02-16 2000-02-05 2001-01-24 2002-02-12 IRREG "The
    // second day of Lunar New Year"
    // 1995-1999,2001-2002,2004-2016,2018-2019,2021-2023,2025-2026,2028-2043: 1995-02-01 1996-02-20
    // 1997-02-08 1998-01-29 1999-02-17 2001-01-25 2002-02-13 2004-01-23 IRREG "The third day of
    // Lunar New Year" 1995-1996,1998-2013,2015-2017,2019-2020,2022-2040,2042-2044: 1995-02-02
    // 1996-02-21 1998-01-30 1999-02-18 2000-02-07 2001-01-26 2002-02-14 2003-02-03 IRREG "The
    // fourth day of Lunar New Year"
    // 1997,2000,2003,2013-2014,2017-2018,2020-2021,2023-2024,2027,2030,2034,2037,2040-2041,2044:
    // 1997-02-10 2000-02-08 2003-02-04 2013-02-13 2014-02-03 2017-01-31 2018-02-19 2020-01-28 IRREG
    // "Ching Ming Festival"
    // 1995-1997,1999-2003,2005-2014,2016-2020,2022-2025,2027-2031,2033-2042,2044: 1995-04-05
    // 1996-04-04 1997-04-05 1999-04-05 2000-04-04 2001-04-05 2002-04-05 2003-04-05
    // FIXME years 1998,2004,2015,2021,2026,2032,2043: year.add("The day following Ching Ming
    // Festival", year.nthWeekday(4, Monday, 1));
    // FIXME years 1999,2010,2015,2021,2026: year.add("The day following Easter Monday",
    // year.easter(2));
    year.add("Good Friday", year.easter(-2));
    year.add("The day following Good Friday", year.easter(-1));
    // FIXME years 1995-1998,2000-2009,2011-2014,2016-2020,2022-2025,2027-2044: year.add("Easter
    // Monday", year.easter(1));
    // FIXME years 1995-2004,2006-2010,2012-2015,2017-2021,2023-2032,2034-2038,2040-2043:
    // year.add("Labour Day", year.date(5, 1));
    // FIXME years 2005,2011,2016,2022,2033,2039,2044: year.add("The day following Labour Day",
    // year.date(5, 2)); IRREG "The day following Birthday of the Buddha"
    // 1995,1998,2002,2005,2019,2022,2025-2026,2029,2032: 1995-05-08 1998-05-04 2002-05-20
    // 2005-05-16 2019-05-13 2022-05-09 2025-05-05 2026-05-25 IRREG "Birthday of the Buddha"
    // 1996-1997,1999-2001,2003-2004,2006-2018,2020-2021,2023-2024,2027-2028,2030-2031,2033-2044:
    // 1996-05-24 1997-05-14 1999-05-22 2000-05-11 2001-04-30 2003-05-08 2004-05-26 2006-05-05 IRREG
    // "Tuen Ng Festival" 1995-2007,2009-2027,2029-2034,2036-2041,2043-2044: 1995-06-02 1996-06-20
    // 1997-06-09 1998-05-30 1999-06-18 2000-06-06 2001-06-25 2002-06-15 IRREG "The day following
    // Tuen Ng Festival" 2008,2028,2035,2042: 2008-06-09 2028-05-29 2035-06-11 2042-06-23
    // FIXME years 1995-2000,2002-2006,2008-2011,2013-2017,2019-2028,2030-2034,2036-2039,2041-2044:
    // year.add("Hong Kong Special Administrative Region Establishment Day", year.date(7, 1));
    // FIXME years 2001,2007,2012,2018,2029,2035,2040: year.add("The day following Hong Kong Special
    // Administrative Region Establishment Day", year.date(7, 2));
    if (y == 2015)
        year.add("The 70th anniversary day of the victory of the Chinese people's war of "
                 "resistance against Japanese aggression",
                 year.date(9, 3));
    // IRREG "Chinese Mid-Autumn Festival" 1995,2002,2009,2022,2029,2036: 1995-09-09 2002-09-21
    // 2009-10-03 2022-09-10 2029-09-22 2036-10-04 IRREG "The day following the Chinese Mid-Autumn
    // Festival" 1996-2001,2003-2008,2010-2021,2023-2028,2030-2035,2037-2044: 1996-09-28 1997-09-17
    // 1998-10-06 1999-09-25 2000-09-13 2001-10-02 2003-09-12 2004-09-29
    // FIXME years 1996-1999,2001-2005,2007-2011,2013-2016,2018-2022,2024-2027,2029-2033,2035-2044:
    // year.add("National Day", year.date(10, 1));
    // FIXME years 1995,2000,2006,2012,2017,2023,2028,2034: year.add("The day following National
    // Day", year.date(10, 2));
    // FIXME years 1996,1999,2013,2016,2020,2026,2040,2043: year.add("The day following Chung Yeung
    // Festival", year.easter(197)); IRREG "Chung Yeung Festival"
    // 1995,1997-1998,2000-2012,2014-2015,2017-2019,2021-2025,2027-2039,2041-2042,2044: 1995-11-01
    // 1997-10-10 1998-10-28 2000-10-06 2001-10-25 2002-10-14 2003-10-04 2004-10-22
    year.add("Christmas Day", year.date(12, 25));
    // IRREG "The first weekday after Christmas Day" 1995-2044: 1995-12-26 1996-12-26 1997-12-26
    // 1998-12-26 1999-12-27 2000-12-26 2001-12-26 2002-12-26
    // FIXME years 2005,2011,2016,2022,2033,2039,2044: year.add("The second weekday after Christmas
    // Day", year.date(12, 27));
}

} // namespace prognos::holidays::countries
