#pragma once

#include "engine/timeseries.h"

#include <QByteArray>
#include <QChar>
#include <QString>
#include <QStringView>

namespace prognos {

/// Writes the app's own CSV exports (RFC 4180, UTF-8, CRLF line ends).
///
/// Numbers are written in the shortest form that reads back to the same double (std::to_chars),
/// so an export read again by the importer is bit-identical; NaN is an empty cell and
/// infinities are "inf" and "-inf". Text cells are quoted when they hold the delimiter, a
/// quote or a line break. A text cell that starts with = + - @ TAB or CR is prefixed with an
/// apostrophe so that spreadsheets do not run it as a formula (OWASP "CSV injection").
class CsvWriter
{
public:
    explicit CsvWriter(QChar delimiter = u',', bool byteOrderMark = false);

    /// Adds a text cell to the current row.
    void addText(QStringView text);
    /// Adds a number cell to the current row.
    void addNumber(double value);
    /// Adds a date cell (YYYY-MM-DD, or with the time of day when it is not midnight).
    void addTimestamp(Timestamp ts);
    /// Ends the current row.
    void endRow();

    /// The bytes written so far.
    const QByteArray &data() const { return m_data; }

    /// A double in its shortest round-trip form.
    static QString formatNumber(double value);
    /// A text cell quoted and neutralised as needed.
    static QString escapeText(QStringView text, QChar delimiter = u',');

    /// The engine's data frame as CSV: ds, y (when present), cap, floor, then the other
    /// columns in name order.
    static QByteArray write(const TimeSeries &series, QChar delimiter = u',',
                            bool byteOrderMark = false);

private:
    void separate();

    QByteArray m_data;
    QChar m_delimiter;
    bool m_rowStarted = false;
};

} // namespace prognos
