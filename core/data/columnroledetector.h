#pragma once

#include "columnroles.h"
#include "columntype.h"
#include "csvtable.h"

#include <QCoreApplication>

namespace prognos {

/// Picks ds, y, cap, floor and a group column, and says why.
///
/// ds is a date column (one named like a date first) or, failing that, a numeric column whose
/// magnitudes fit Excel or Unix dates and that is named like a date or rises row by row; such
/// a column's type is switched to that date format and the reason asks for confirmation. y is the
/// numeric column named `y`, else the first numeric column that is not ds, cap or floor and not a
/// row index (0, 1, 2, ... or 1, 2, 3,
/// ...) — an index is never picked as y. Columns named cap and floor take those roles. When
/// several rows share a date and a text column tells them apart, the file is long format
/// and that column becomes the group.
class ColumnRoleDetector
{
    Q_DECLARE_TR_FUNCTIONS(ColumnRoleDetector)

public:
    /// Detects the roles; may change the type of the ds column (numbers read as dates).
    static ColumnRoles detect(const CsvTable &table, QList<ColumnType> &types,
                              const RoleChoice &choice = {});
};

} // namespace prognos
