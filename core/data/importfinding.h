#pragma once

#include <QList>
#include <QString>

namespace prognos {

/// One thing the import or the cleaning noticed, as the issues list shows it.
///
/// Row numbers count data records from 1 (the header is not counted, skipped blank lines are
/// not records); `line` is the physical line of the file where the record starts, counted
/// from 1, and is given so that a user can find the row in a text editor.
struct ImportFinding
{
    enum class Severity {
        Info,     ///< worth knowing, nothing was changed
        Warning,  ///< the value or row was left out or changed; the import went on
        Question, ///< the import cannot decide alone; the user must choose
        Error,    ///< the import cannot go on
    };

    Severity severity = Severity::Warning;
    int row = 0;      ///< data record, 1-based; 0 when the finding is about the whole file
    int line = 0;     ///< file line where the record starts, 1-based; 0 when not applicable
    QString column;   ///< column name as in the header; empty for whole-row findings
    QString rawValue; ///< the cell text exactly as read
    QString reason;   ///< a translated, human-readable explanation

    bool operator==(const ImportFinding &) const = default;
};

/// Findings in the order they were made.
using ImportFindings = QList<ImportFinding>;

} // namespace prognos
