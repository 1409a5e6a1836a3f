#pragma once

#include "dateformat.h"
#include "parseddate.h"

#include "engine/timestamp.h"

#include <QAnyStringView>
#include <QCoreApplication>
#include <QStringView>

namespace prognos {

/// Reads dates in one given format and explains failures.
///
/// Time-zone rule: the wall-clock time as written is kept and a UTC offset is read but not
/// applied, so "2024-06-01T13:00+02:00" is 13:00. This is how Prophet treats a naive `ds`
/// and keeps daily patterns where the user sees them. Epoch numbers are UTC by definition
/// and are shown in UTC.
class DateParser
{
    Q_DECLARE_TR_FUNCTIONS(DateParser)

public:
    /// Why a text is not a date of the format.
    enum class Error {
        None,
        NotADate,           ///< the text does not have the shape of the format
        NoSuchDate,         ///< right shape, impossible date or time (2024-04-31, 25:00)
        ExcelFictitiousDay, ///< Excel serial 60, the 1900-02-29 that never existed
        OutOfRange,         ///< outside the years 1..9999
    };

    /// Reads `text` (surrounding white space ignored) as `format`.
    static Error parse(QStringView text, DateFormat format, ParsedDate &out);
    /// The same for a cell in any string view (a short Latin-1 cell is widened on the stack).
    static Error parseCell(QAnyStringView text, DateFormat format, ParsedDate &out);

    /// A display name such as "DD/MM/YYYY" or "Excel serial days".
    static QString formatName(DateFormat format);

    /// A translated reason for an error, for the issues list.
    static QString reason(Error error);

    /// The documented time-zone rule, as shown to the user.
    static QString timeZoneRule();
};

} // namespace prognos
