#include "cvcommand.h"

#include "cliinput.h"

#include "data/crossvalidationcsv.h"
#include "engine/crossvalidation.h"
#include "engine/performancemetrics.h"
#include "holidays/holidaycalendar.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QSaveFile>

namespace prognos {

namespace {

bool saveFile(const QString &path, const QByteArray &bytes, QTextStream &err)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        err << CvCommand::tr("Cannot write %1: %2")
                   .arg(QFileInfo(path).fileName(), file.errorString())
            << Qt::endl;
        return false;
    }
    return true;
}

} // namespace

int CvCommand::run(const QStringList &arguments, QTextStream &, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Cross-validates Prophet's model on a CSV."));
    parser.addPositionalArgument(QStringLiteral("data"), tr("The CSV file."));
    parser.addOption(
        {QStringLiteral("horizon"), tr("Forecast horizon, e.g. 365d, 8w, 6m, 48h."), tr("span")});
    parser.addOption({QStringLiteral("period"),
                      tr("Spacing of the cutoffs (default: half the "
                         "horizon)."),
                      tr("span")});
    parser.addOption({QStringLiteral("initial"),
                      tr("First training window (default: three horizons)."), tr("span")});
    parser.addOption({QStringLiteral("rolling-window"),
                      tr("Share of rows aggregated per horizon (default 0.1)."), tr("share")});
    parser.addOption({QStringLiteral("settings"), tr("Settings file (JSON)."), tr("file")});
    parser.addOption({QStringLiteral("date-column"), tr("Column holding the dates."), tr("name")});
    parser.addOption({QStringLiteral("value-column"), tr("Column to forecast."), tr("name")});
    parser.addOption({QStringLiteral("country"), tr("Add this country's holidays."), tr("code")});
    parser.addOption(
        {QStringLiteral("folds"), tr("Also write the per-cutoff predictions here."), tr("file")});
    parser.addOption(
        {{QStringLiteral("o"), QStringLiteral("output")}, tr("Metrics file (.csv)."), tr("file")});
    if (!parser.parse(arguments) || parser.positionalArguments().size() != 1 ||
        !parser.isSet(QStringLiteral("output")) || !parser.isSet(QStringLiteral("horizon"))) {
        err << tr("Usage: prognos-cli cv DATA.csv --horizon 365d [--period 180d] [--initial "
                  "730d] [--settings S.json] -o metrics.csv [--folds folds.csv]")
            << Qt::endl;
        return ExitBadInput;
    }

    // 1. The request: settings, columns and the cross-validation spans.
    ForecastRequest request;
    request.dataPath = parser.positionalArguments().first();
    if (parser.isSet(QStringLiteral("settings"))) {
        const int status =
            CliInput::readSettings(parser.value(QStringLiteral("settings")), request, err);
        if (status != ExitDone)
            return status;
    }
    if (const int status =
            CliInput::applyColumnOptions(parser.value(QStringLiteral("date-column")),
                                         parser.value(QStringLiteral("value-column")),
                                         parser.value(QStringLiteral("country")), request, err);
        status != ExitDone)
        return status;
    CrossValidationConfig cv;
    struct SpanOption
    {
        const char *name;
        std::optional<CalendarSpan> *target;
    };
    std::optional<CalendarSpan> horizon;
    for (const SpanOption &option :
         {SpanOption{"horizon", &horizon}, SpanOption{"period", &cv.period},
          SpanOption{"initial", &cv.initial}}) {
        const QString text = parser.value(QLatin1String(option.name));
        if (text.isEmpty())
            continue;
        *option.target = CalendarSpan::parse(text.toStdString());
        if (!*option.target) {
            err << tr("--%1 \"%2\" is not a span; write e.g. 365d, 8w, 6mo or 48h.")
                       .arg(QLatin1String(option.name), text)
                << Qt::endl;
            return ExitBadInput;
        }
    }
    cv.horizon = *horizon;
    MetricsOptions metrics;
    if (parser.isSet(QStringLiteral("rolling-window")))
        metrics.rollingWindow = parser.value(QStringLiteral("rolling-window")).toDouble();
    std::vector<std::string> problems = cv.validate();
    for (const std::string &p : metrics.validate())
        problems.push_back(p);
    if (!problems.empty()) {
        for (const std::string &problem : problems)
            err << QString::fromStdString(problem) << Qt::endl;
        return ExitBadInput;
    }

    // 2. Import, clean and cross-validate.
    ImportResult imported;
    CleaningResult cleaned;
    if (const int status = CliInput::importAndClean(request, imported, cleaned, err);
        status != ExitDone)
        return status;
    CrossValidationOptions options;
    options.countryHolidays = HolidayCalendar::provider();
    options.progress = [&err](const CrossValidationProgress &p) {
        err << tr("Cutoff %1 of %2 done.").arg(p.finished).arg(p.total) << Qt::endl;
    };
    const CrossValidationResult result =
        CrossValidation::run(request.config, cleaned.series, cv, options);
    for (const std::string &warning : result.warnings)
        err << tr("Warning: %1").arg(QString::fromStdString(warning)) << Qt::endl;
    if (!result.ok()) {
        err << QString::fromStdString(result.message) << Qt::endl;
        return result.status == Status::InvalidInput ? ExitBadInput : ExitFitFailed;
    }

    // 3. Metrics and baselines; write the files asked for.
    const MetricsTable table = PerformanceMetrics::compute(result.frame, metrics);
    for (const auto &[name, reason] : table.omitted)
        err << tr("%1 left out: %2")
                   .arg(QString::fromStdString(name), QString::fromStdString(reason))
            << Qt::endl;
    if (!table.ok()) {
        err << QString::fromStdString(table.message) << Qt::endl;
        return ExitBadInput;
    }
    std::optional<BaselineComparison> baselines;
    if (result.frame.hasBaselines())
        baselines = PerformanceMetrics::compareWithBaselines(result.frame, table, metrics);
    if (!saveFile(parser.value(QStringLiteral("output")),
                  CrossValidationCsv::metrics(table, baselines ? &*baselines : nullptr), err))
        return ExitFailed;
    if (parser.isSet(QStringLiteral("folds")) &&
        !saveFile(parser.value(QStringLiteral("folds")),
                  CrossValidationCsv::predictions(result.frame), err))
        return ExitFailed;
    err << tr("Cross-validated %n cutoff(s).", nullptr, int(result.plan.cutoffs.size()))
        << Qt::endl;
    return ExitDone;
}

} // namespace prognos
