#pragma once

#include "textdecoder.h"

#include <QChar>
#include <QtGlobal>

namespace prognos {

/// How to read a delimited text file. Every field has an automatic default, and each one can
/// be overridden by the user after seeing what was detected.
struct CsvOptions
{
    /// Whether the first record names the columns.
    enum class Header {
        Auto,    ///< decided from the content (see CsvReader)
        Present, ///< the first record is a header
        Absent,  ///< all records are data; columns are named "column 1", "column 2", ...
    };

    /// The default limit on the size of a file: 50 MiB.
    static constexpr qint64 kDefaultMaxBytes = qint64(50) * 1024 * 1024;

    TextEncoding encoding = TextEncoding::Auto; ///< Auto detects (see TextDecoder)
    QChar delimiter;                            ///< a null QChar detects among , ; TAB |
    Header header = Header::Auto;
    qint64 maxBytes = kDefaultMaxBytes; ///< larger inputs are refused before being read
};

} // namespace prognos
