#pragma once

#include "columnroles.h"
#include "columntype.h"
#include "csvreader.h"
#include "importfinding.h"
#include "seriestable.h"

#include <QList>
#include <QStringList>

namespace prognos {

/// What an import produced: the detected settings, the raw series and every finding.
struct ImportResult
{
    enum class Status {
        Ok,            ///< a series was read; findings may list rows left out
        NeedsDecision, ///< the user must answer a question (see findings of kind Question)
        Failed,        ///< nothing usable; `error` says why
    };

    Status status = Status::Failed;
    QString error;

    CsvReadResult csv;             ///< encoding, delimiter, header, the cells for the preview
    QList<ColumnType> columnTypes; ///< one per column of csv.table
    ColumnRoles roles;
    SeriesTable series;      ///< the rows with a usable ds, in file order, untouched
    ImportFindings findings; ///< row-level and column-level findings, in order
    QStringList notes;       ///< what was detected, one sentence each, for the preview

    bool ok() const { return status == Status::Ok; }
};

} // namespace prognos
