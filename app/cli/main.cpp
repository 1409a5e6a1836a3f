// prognos-cli: Prognos without a display. Subcommands: forecast, holidays.
#include "cvcommand.h"
#include "forecastcommand.h"
#include "holidayscommand.h"

#include "logging/redactinglog.h"
#include "privacy/processhardening.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

int main(int argc, char **argv)
{
    prognos::ProcessHardening::apply();
    prognos::RedactingLog::install();
    const std::unique_ptr<QCoreApplication> app =
        prognos::ForecastCommand::createApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("prognos-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROGNOS_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QStringList arguments = app->arguments();
    const QString command = arguments.size() > 1 ? arguments.at(1) : QString();
    std::unique_ptr<prognos::CliCommand> handler;
    if (command == QLatin1String("forecast"))
        handler = std::make_unique<prognos::ForecastCommand>();
    else if (command == QLatin1String("cv"))
        handler = std::make_unique<prognos::CvCommand>();
    else if (command == QLatin1String("holidays"))
        handler = std::make_unique<prognos::HolidaysCommand>();
    if (!handler) {
        err << QCoreApplication::translate("main",
                                           "Usage: prognos-cli forecast DATA.csv --horizon N "
                                           "[--settings S.json] [--date-column C] "
                                           "[--value-column C] [--future F.csv] [--country CODE] "
                                           "-o OUT.csv|OUT.json [--report R.pdf] [--png F.png] "
                                           "[--svg F.svg]\n"
                                           "       prognos-cli cv DATA.csv --horizon 365d "
                                           "[--period 180d] [--initial 730d] [--settings "
                                           "S.json] -o metrics.csv [--folds folds.csv]\n"
                                           "       prognos-cli holidays --country CODE --from "
                                           "YEAR --to YEAR\n"
                                           "Exit codes: 0 done, 1 an output could not be "
                                           "written, 2 bad input, 3 the fit failed.")
            << Qt::endl;
        return prognos::ExitBadInput;
    }
    arguments.removeAt(1);
    return handler->run(arguments, out, err);
}
