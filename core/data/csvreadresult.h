#pragma once

#include "csvtable.h"
#include "importfinding.h"
#include "textencoding.h"

#include <QChar>
#include <QString>

namespace prognos {

/// What CsvReader found, with the table it read.
struct CsvReadResult
{
    bool ok = false;
    QString error; ///< translated reason when !ok (file too large, undecodable, empty)

    CsvTable table;
    TextEncoding encoding = TextEncoding::Auto; ///< the encoding used
    bool encodingGuessed = false;               ///< detected without a byte-order mark
    bool hadBom = false;
    QChar delimiter;                ///< the delimiter used
    bool delimiterDetected = false; ///< true when chosen automatically
    bool hasHeader = false;         ///< whether the first record was taken as the header
    int skippedLines = 0;           ///< blank, white-space-only and delimiter-only records
    ImportFindings findings;        ///< ragged records, unclosed quotes
};

} // namespace prognos
