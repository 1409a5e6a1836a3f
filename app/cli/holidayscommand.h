#pragma once

#include "clicommand.h"

#include <QCoreApplication>

namespace prognos {

/// `prognos-cli holidays --country US --from 2020 --to 2030`: prints `ds,holiday` rows of the
/// built-in calendar.
class HolidaysCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(HolidaysCommand)

public:
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace prognos
