#pragma once

#include "clicommand.h"

#include <QCoreApplication>

namespace prognos {

/// `prognos-cli cv DATA.csv --initial 730d --period 180d --horizon 365d [--settings S.json]
/// -o metrics.csv [--folds F.csv]`: Prophet's cross-validation and performance metrics, with
/// the naive and seasonal-naive baselines as ratio columns.
class CvCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CvCommand)

public:
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace prognos
