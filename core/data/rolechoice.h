#pragma once

#include <QString>
#include <QStringList>

namespace prognos {

/// The user's choice of columns by name; empty fields are detected.
struct RoleChoice
{
    QString ds;
    QString y;
    QString cap;
    QString floor;
    QString group;          ///< a category column for long-format files
    QStringList regressors; ///< extra regressors are never added without being asked for
};

} // namespace prognos
