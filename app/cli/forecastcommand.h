#pragma once

#include "clicommand.h"
#include "forecastrequest.h"

#include "data/cleaningresult.h"
#include "data/importresult.h"
#include "engine/prophet.h"

#include <QCoreApplication>

namespace prognos {

/// `prognos-cli forecast DATA.csv --horizon N -o OUT.csv|OUT.json`: import, clean, fit and
/// predict, writing only the file asked for. What was detected and every warning go to
/// stderr.
class ForecastCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ForecastCommand)

public:
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

private:
    int parseRequest(const QStringList &arguments, ForecastRequest &request, QTextStream &err);
    int buildFuture(const ForecastRequest &request, const FittedModel &model,
                    const ImportResult &imported, TimeSeries &future, QTextStream &err);
    int fillFutureColumns(const ForecastRequest &request, const FittedModel &model,
                          TimeSeries &future, QTextStream &err);
};

} // namespace prognos
