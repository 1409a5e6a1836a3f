#include "holidays/countries/commonrules.h"
#include "holidays/countries/countries.h"

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
    const int y = year.year();
    // FIXME years 1995,2006,2012,2017,2023,2034,2040: year.add("New Year's Day [Sunday]",
    // year.date(1, 1));
    // FIXME years 1996-2005,2007-2011,2013-2016,2018-2022,2024-2033,2035-2039,2041-2044:
    // year.add("New Year's Day", year.date(1, 1));
    // FIXME years 1995,2006,2012,2017,2023,2034,2040: year.add("Monday following New Year's Day",
    // year.date(1, 2)); MULTI "Chinese New Year" 1995-2044: 01-31 02-01 02-19 02-20 02-07 02-08
    // 01-28 01-29 02-16 IRREG "Hari Raya Haji [Sunday]" 2004,2011,2014,2019: 2004-02-01 2011-11-06
    // 2014-10-05 2019-08-11 IRREG "Monday following Hari Raya Haji" 2004,2011,2014,2019: 2004-02-02
    // 2011-11-07 2014-10-06 2019-08-12 IRREG "Chinese New Year [Sunday]"
    // 2000,2003,2017,2020,2024,2027,2044: 2000-02-06 2003-02-02 2017-01-29 2020-01-26 2024-02-11
    // 2027-02-07 2044-01-31 IRREG "Monday following Chinese New Year"
    // 2000,2003,2017,2020,2024,2027,2044: 2000-02-07 2003-02-03 2017-01-30 2020-01-27 2024-02-12
    // 2027-02-08 2044-02-01 MULTI "Hari Raya Puasa* (*estimated)"
    // 1995-2000,2021-2024,2026-2036,2038-2039,2041-2044: 03-02 02-19 02-08 01-29 01-18 01-08 12-27
    // 05-13 05-02 IRREG "Hari Raya Haji" 2001-2003,2005-2010,2012-2013,2015-2018,2020: 2001-03-06
    // 2002-02-23 2003-02-12 2005-01-21 2006-01-10 2007-12-20 2008-12-08 2009-11-27 IRREG "Hari Raya
    // Puasa* (*estimated) [Sunday]" 2025,2033,2037,2040: 2025-03-30 2033-01-02 2037-11-08
    // 2040-10-07 IRREG "Monday following Hari Raya Puasa* (*estimated)" 2025,2033,2037,2040:
    // 2025-03-31 2033-01-03 2037-11-09 2040-10-08
    year.add("Good Friday", year.easter(-2));
    // FIXME years 1995-2004,2006-2010,2012-2015,2017-2021,2023-2032,2034-2038,2040-2043:
    // year.add("Labour Day", year.date(5, 1));
    // FIXME years 2005,2011,2016,2022,2033,2039,2044: year.add("Labour Day [Sunday]", year.date(5,
    // 1));
    // FIXME years 2005,2011,2016,2022,2033,2039,2044: year.add("Monday following Labour Day",
    // year.date(5, 2)); IRREG "Vesak Day" 2001-2018,2020: 2001-05-07 2002-05-27 2003-05-15
    // 2004-06-02 2005-05-23 2006-05-12 2007-05-31 2008-05-19 MULTI "Hari Raya Haji* (*estimated)"
    // 1995-2000,2021-2023,2025-2026,2028-2034,2036-2041,2043-2044: 05-09 04-27 04-17 04-07 03-27
    // 03-16 07-20 07-09 06-28 IRREG "Vesak Day* (*estimated; ~10% chance +/- 1 day) [Sunday]"
    // 1995,1998,2022,2025-2026,2029,2032: 1995-05-14 1998-05-10 2022-05-15 2025-05-11 2026-05-31
    // 2029-05-27 2032-05-23 IRREG "Monday following Vesak Day* (*estimated; ~10% chance +/- 1 day)"
    // 1995,1998,2022,2025-2026,2029,2032: 1995-05-15 1998-05-11 2022-05-16 2025-05-12 2026-06-01
    // 2029-05-28 2032-05-24
    if (y == 2019)
        year.add("Vesak Day [Sunday]", year.date(5, 19));
    if (y == 2019)
        year.add("Monday following Vesak Day", year.date(5, 20));
    // IRREG "Vesak Day* (*estimated; ~10% chance +/- 1 day)"
    // 1996-1997,1999-2000,2021,2023-2024,2027-2028,2030-2031,2033-2044: 1996-05-31 1997-05-21
    // 1999-05-29 2000-05-18 2021-05-26 2023-06-02 2024-05-22 2027-05-20 IRREG "Hari Raya Haji*
    // (*estimated) [Sunday]" 2024,2027,2035,2042: 2024-06-16 2027-05-16 2035-02-18 2042-11-23 IRREG
    // "Monday following Hari Raya Haji* (*estimated)" 2024,2027,2035,2042: 2024-06-17 2027-05-17
    // 2035-02-19 2042-11-24
    if (y == 2015)
        year.add("SG50 Public Holiday", year.date(8, 7));
    // FIXME years 1995-1997,1999-2008,2010-2014,2016-2019,2021-2025,2027-2036,2038-2042,2044:
    // year.add("National Day", year.date(8, 9));
    // FIXME years 1998,2009,2015,2020,2026,2037,2043: year.add("National Day [Sunday]",
    // year.date(8, 9));
    // FIXME years 1998,2009,2015,2020,2026,2037,2043: year.add("Monday following National Day",
    // year.date(8, 10)); IRREG "Deepavali* (*estimated; rarely on day after) [Sunday]"
    // 2022,2029,2036: 2022-10-23 2029-11-04 2036-11-16 IRREG "Monday following Deepavali*
    // (*estimated; rarely on day after)" 2022,2029,2036: 2022-10-24 2029-11-05 2036-11-17 IRREG
    // "Polling Day" 2001,2006,2011,2015: 2001-11-03 2006-05-06 2011-05-07 2015-09-11
    // FIXME years 2002,2019: year.add("Deepavali [Sunday]", year.orthodoxEaster(182));
    // FIXME years 2002,2019: year.add("Monday following Deepavali", year.orthodoxEaster(183));
    // IRREG "Deepavali" 2001,2003-2018,2020: 2001-11-14 2003-10-23 2004-11-11 2005-11-01 2006-10-21
    // 2007-11-08 2008-10-27 2009-10-17 IRREG "Deepavali* (*estimated; rarely on day after)"
    // 1995-2000,2021,2023-2028,2030-2035,2037-2044: 1995-11-20 1996-11-09 1997-10-29 1998-11-17
    // 1999-11-06 2000-10-25 2021-11-03 2023-11-11 IRREG "Hari Raya Puasa"
    // 2002-2003,2005-2008,2010-2011,2013-2016,2018-2019: 2002-12-06 2003-11-25 2005-11-03
    // 2006-10-24 2007-10-13 2008-10-01 2010-09-10 2011-08-30 IRREG "Hari Raya Puasa [Sunday]"
    // 2001,2004,2009,2012,2017,2020: 2001-12-16 2004-11-14 2009-09-20 2012-08-19 2017-06-25
    // 2020-05-24 IRREG "Monday following Hari Raya Puasa" 2001,2004,2009,2012,2017,2020: 2001-12-17
    // 2004-11-15 2009-09-21 2012-08-20 2017-06-26 2020-05-25
    // FIXME years 1995-2004,2006-2010,2012-2015,2017-2021,2023-2032,2034-2038,2040-2043:
    // year.add("Christmas Day", year.date(12, 25));
    // FIXME years 2005,2011,2016,2022,2033,2039,2044: year.add("Christmas Day [Sunday]",
    // year.date(12, 25));
    // FIXME years 2005,2011,2016,2022,2033,2039,2044: year.add("Monday following Christmas Day",
    // year.date(12, 26));
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
