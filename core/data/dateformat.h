#pragma once

namespace prognos {

/// The ways a date column can be written. One format is chosen for a whole column.
enum class DateFormat {
    Iso,              ///< YYYY-MM-DD, optionally with a time after T or a space, fractional
                      ///< seconds and a UTC offset (Z, ±HH, ±HHMM, ±HH:MM)
    YearMonthDay,     ///< YYYY/MM/DD, optionally with a time
    DayMonthYear,     ///< DD/MM/YYYY or DD-MM-YYYY, optionally with a time
    MonthDayYear,     ///< MM/DD/YYYY or MM-DD-YYYY, optionally with a time
    DayMonthYearDot,  ///< DD.MM.YYYY, optionally with a time
    MonthName,        ///< an English month name with a four-digit year: "5 Jan 2024",
                      ///< "January 5, 2024", "Jan-2024" (the 1st when no day is given)
    ExcelSerial,      ///< days since 1899-12-30 (Excel's 1900 date system); fractions are times
    UnixSeconds,      ///< seconds since 1970-01-01T00:00:00Z
    UnixMilliseconds, ///< milliseconds since 1970-01-01T00:00:00Z
    Year,             ///< a four-digit year on its own, read as 1 January of that year
};

} // namespace prognos
