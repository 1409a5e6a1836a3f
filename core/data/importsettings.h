#pragma once

#include "columnoverride.h"
#include "columnroles.h"
#include "columntype.h"
#include "csvoptions.h"

#include <QHash>
#include <QString>

namespace prognos {

/// Everything the user can set about an import. The defaults detect everything; the import
/// preview shows what was detected and writes the user's corrections back here.
struct ImportSettings
{
    CsvOptions csv;
    /// Type overrides by column name (the header text, or "column N" for unnamed columns).
    QHash<QString, ColumnOverride> columnTypes;
    RoleChoice roles;
};

} // namespace prognos
