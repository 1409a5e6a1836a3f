#pragma once

#include "clicommand.h"
#include "forecastrequest.h"

#include "data/cleaningresult.h"
#include "data/importresult.h"
#include "engine/prophet.h"

#include <QCoreApplication>

#include <memory>

namespace prognos {

/// `prognos-cli forecast DATA.csv --horizon N -o OUT.csv|OUT.json [--report R.pdf] [--png
/// F.png] [--svg F.svg]`: import, clean, fit and predict, writing only the files asked for.
/// What was detected and every warning go to stderr.
class ForecastCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ForecastCommand)

public:
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

    /// The application object for these arguments: a QApplication on the offscreen platform
    /// (unless QT_QPA_PLATFORM names another) when a report or chart is asked for, since
    /// charts need one; a QCoreApplication otherwise.
    static std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv);

private:
    int writeExports(const ForecastRequest &request, const ImportResult &imported,
                     const CleaningResult &cleaned, const FitResult &fit, const Forecast &forecast,
                     QTextStream &err) const;

    int parseRequest(const QStringList &arguments, ForecastRequest &request, QTextStream &err);
    int buildFuture(const ForecastRequest &request, const FittedModel &model,
                    const ImportResult &imported, TimeSeries &future, QTextStream &err);
    int fillFutureColumns(const ForecastRequest &request, const FittedModel &model,
                          TimeSeries &future, QTextStream &err);

    QString m_reportPath; ///< PDF report; empty: none
    QString m_pngPath;    ///< PNG of the forecast chart; empty: none
    QString m_svgPath;    ///< SVG of the forecast chart; empty: none
};

} // namespace prognos
