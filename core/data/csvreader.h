#pragma once

#include "csvoptions.h"
#include "csvreadresult.h"
#include "csvtable.h"
#include "importfinding.h"

#include <QCoreApplication>

class QIODevice;

namespace prognos {

/// Reads delimited text (RFC 4180) from memory.
///
/// Quoted fields may hold delimiters, doubled quotes and line breaks; LF, CRLF and CR all end
/// a record. Records whose fields are all empty or white space are skipped and counted, never
/// reported as bad data. Records with more or fewer fields than the header are reported. A
/// record with more than CsvTable::kMaxColumns fields refuses the file, and its further fields
/// are counted but not stored.
///
/// The delimiter, when not given, is the one of `,` `;` TAB `|` that splits the first records
/// into the most consistent number of fields (more than one). The header, when not given, is
/// present unless every non-empty field of the first record looks like a number or a date,
/// or no column changes from text in the first record to a value in the second.
///
/// A plain ASCII file is split in its own bytes, without a UTF-16 copy (see CsvTable). A text
/// of 1 MiB or more without any quote is split in two at a line break and the halves are read
/// on two threads; a quote keeps it whole, since a line break inside quotes ends no record.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    /// Reads `bytes`. A buffer larger than `options.maxBytes` is refused.
    static CsvReadResult read(const QByteArray &bytes, const CsvOptions &options = {});

    /// Reads a whole device, refusing it before reading when its size exceeds the limit
    /// (sequential devices are read in blocks and refused as soon as they pass it).
    static CsvReadResult read(QIODevice &device, const CsvOptions &options = {});

    /// The message for a file of `size` bytes over `limit` bytes, or an empty string.
    static QString sizeProblem(qint64 size, qint64 limit);

    /// The message for a record at file line `line` with `fields` fields, over
    /// CsvTable::kMaxColumns.
    static QString tooManyColumns(int line, qsizetype fields);

    /// The delimiter that splits `text` best among , ; TAB |; a comma when nothing fits.
    static QChar detectDelimiter(QStringView text);

    /// A display name for a delimiter: "comma", "semicolon", "tab", "pipe".
    static QString delimiterName(QChar delimiter);
};

} // namespace prognos
