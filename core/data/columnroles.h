#pragma once

#include "rolechoice.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace prognos {

/// Which column plays which part in Prophet's data frame, with the reasons shown to the user.
/// Column indexes refer to the CsvTable; -1 means none.
struct ColumnRoles
{
    int ds = -1;
    int y = -1;
    int cap = -1;
    int floor = -1;
    int group = -1;                 ///< set for long-format files or when the user chose one
    QList<int> regressors;          ///< columns the user chose as regressors
    QList<int> regressorCandidates; ///< other numeric columns, offered as regressors
    QList<int> groupCandidates;     ///< text columns offered for grouping or filtering
    bool longFormat = false;        ///< several rows per date, told apart by the group column

    QString dsReason; ///< why ds was chosen, in words
    QString yReason;
    QString groupReason;
    QString error; ///< when no usable ds or y: the first columns and why they were rejected
};

} // namespace prognos
