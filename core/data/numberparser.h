#pragma once

#include <QAnyStringView>
#include <QChar>
#include <QStringView>

namespace prognos {

/// Reads numbers as analysts write them, for one decimal mark chosen per column.
///
/// Accepted around the digits: white space, a sign (also after a currency symbol), a currency
/// symbol before or after the number, a trailing percent sign (the number is kept as written:
/// "5%" reads as 5), and accounting parentheses for negatives ("(12.5)" is -12.5). Grouping
/// uses the other mark (`,` with a decimal point, `.` with a decimal comma) or a space,
/// non-breaking space or apostrophe, always in groups of three digits. An exponent
/// ("1.5e-3") and "inf" are accepted. Digits are converted with std::from_chars, so a number
/// written with the shortest round-trip form reads back bit for bit.
class NumberParser
{
public:
    /// Reads `text` with `decimalMark` ('.' or ','); returns false when it is not a number.
    static bool parse(QStringView text, QChar decimalMark, double &value);

    /// The same for a cell in any string view; a plain ASCII number in a Latin-1 view is read
    /// without making UTF-16 text.
    static bool parseCell(QAnyStringView text, QChar decimalMark, double &value);

    /// One reading of a cell: whether it is a number, and which.
    struct Reading
    {
        bool ok = false;
        double value = 0.0;
    };
    /// Reads a cell with a decimal point and with a decimal comma: the same as parseCell() with
    /// each mark, but a plain ASCII number is scanned once for both.
    static void parseCellBothMarks(QAnyStringView text, Reading &point, Reading &comma);

    /// Whether the text is a common marker of a missing value: empty, NA, N/A, NaN, null,
    /// None, #N/A, "-" and a few more (case-insensitive).
    static bool isMissingMarker(QStringView text);
    /// The same for a cell in any string view.
    static bool isMissingCell(QAnyStringView text);

    /// Whether `text` reads as two different numbers with a decimal point and with a decimal
    /// comma (e.g. "1,234" is 1234 or 1.234).
    static bool readsBothWays(QStringView text);

    /// Number of digits after the decimal mark as the text is written with `decimalMark`
    /// (-1 when there is no mark).
    static int fractionDigits(QStringView text, QChar decimalMark);
};

} // namespace prognos
