#include "forecastcommand.h"

#include "cliinput.h"
#include "forecastwriter.h"

#include "data/csvreader.h"
#include "data/dataimporter.h"
#include "data/frequencyinference.h"
#include "holidays/holidaycalendar.h"
#include "settings/pipelinejson.h"
#include "settings/settingsjson.h"

#ifdef PROGNOS_CLI_EXPORT
#include "export/chartrenderer.h"
#include "export/exportfile.h"
#include "export/forecastchart.h"
#include "export/reportpdf.h"

#include "privacy/runtimedirectory.h"

#include <QApplication>
#endif

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace prognos {

int ForecastCommand::run(const QStringList &arguments, QTextStream &, QTextStream &err)
{
    ForecastRequest request;
    if (const int status = parseRequest(arguments, request, err); status != ExitDone)
        return status;

    // 1. Import and clean.
    ImportResult imported;
    CleaningResult cleaned;
    if (const int status = CliInput::importAndClean(request, imported, cleaned, err);
        status != ExitDone)
        return status;

    // 2. Fit.
    FitOptions options;
    options.countryHolidays = HolidayCalendar::provider();
    const FitResult fit = Prophet::fit(request.config, cleaned.series, options);
    for (const std::string &warning : fit.warnings)
        err << tr("Warning: %1").arg(QString::fromStdString(warning)) << Qt::endl;
    if (!fit.ok()) {
        err << QString::fromStdString(fit.message) << Qt::endl;
        return fit.status == Status::InvalidInput ? ExitBadInput : ExitFitFailed;
    }

    // 3. Predict the history and the horizon.
    TimeSeries future;
    if (const int status = buildFuture(request, *fit.model, imported, future, err);
        status != ExitDone)
        return status;
    PredictResult predicted = Prophet::predict(*fit.model, future);
    if (!predicted.ok()) {
        err << QString::fromStdString(predicted.message) << Qt::endl;
        return predicted.status == Status::InvalidInput ? ExitBadInput : ExitFitFailed;
    }
    if (cleaned.transform.kind() != ValueTransform::Kind::None) {
        for (const char *column : {"yhat", "yhat_lower", "yhat_upper"}) {
            if (std::vector<double> *values = predicted.forecast.column(column))
                cleaned.transform.invert(*values);
        }
        err << tr("Note: yhat and its interval were transformed back from the %1 scale; the "
                  "components stay on that scale.")
                   .arg(cleaned.transform.kind() == ValueTransform::Kind::Log
                            ? QStringLiteral("log")
                            : QStringLiteral("log1p"))
            << Qt::endl;
    }

    // 4. Write the files asked for.
    if (!request.outputPath.isEmpty()) {
        ForecastWriter writer(request, *fit.model, predicted.forecast, imported.series);
        QString error;
        if (!writer.write(request.outputPath, error)) {
            err << error << Qt::endl;
            return ExitFailed;
        }
    }
    if (const int status = writeExports(request, imported, cleaned, fit, predicted.forecast, err);
        status != ExitDone)
        return status;
    err << tr("Wrote %n forecast row(s).", nullptr, int(predicted.forecast.size())) << Qt::endl;
    return ExitDone;
}

int ForecastCommand::parseRequest(const QStringList &arguments, ForecastRequest &request,
                                  QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Forecasts a CSV with Prophet's model. Exit codes: 0 done, 1 an output could not be "
           "written, 2 bad input, 3 the fit failed."));
    parser.addPositionalArgument(QStringLiteral("data"), tr("The CSV file to forecast."));
    parser.addOption({QStringLiteral("horizon"), tr("Number of future periods."), tr("n")});
    parser.addOption({QStringLiteral("freq"),
                      tr("Future frequency as a pandas alias (D, W, MS, M, H, 5min...); default: "
                         "the data's."),
                      tr("alias")});
    parser.addOption({QStringLiteral("settings"), tr("Settings file (JSON)."), tr("file")});
    parser.addOption({QStringLiteral("date-column"), tr("Column holding the dates."), tr("name")});
    parser.addOption({QStringLiteral("value-column"), tr("Column to forecast."), tr("name")});
    parser.addOption({QStringLiteral("future"),
                      tr("CSV with future values of regressors, cap and floor."), tr("file")});
    parser.addOption({QStringLiteral("country"), tr("Add this country's holidays."), tr("code")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      tr("Output file: .csv or .json."),
                      tr("file")});
    parser.addOption({QStringLiteral("report"), tr("PDF report."), tr("file")});
    parser.addOption({QStringLiteral("png"), tr("PNG of the forecast chart."), tr("file")});
    parser.addOption({QStringLiteral("svg"), tr("SVG of the forecast chart."), tr("file")});
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return ExitBadInput;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        err << parser.helpText();
        return ExitBadInput;
    }
    m_reportPath = parser.value(QStringLiteral("report"));
    m_pngPath = parser.value(QStringLiteral("png"));
    m_svgPath = parser.value(QStringLiteral("svg"));
    const bool exports = !m_reportPath.isEmpty() || !m_pngPath.isEmpty() || !m_svgPath.isEmpty();
    if (parser.positionalArguments().size() != 1 ||
        (!parser.isSet(QStringLiteral("output")) && !exports)) {
        err << tr("Usage: prognos-cli forecast DATA.csv --horizon N -o OUT.csv|OUT.json "
                  "[--report R.pdf] [--png F.png] [--svg F.svg]")
            << Qt::endl;
        return ExitBadInput;
    }
#ifndef PROGNOS_CLI_EXPORT
    if (exports) {
        err << tr("This prognos-cli was built without the desktop app's exports; --report, "
                  "--png and --svg are not available.")
            << Qt::endl;
        return ExitBadInput;
    }
#endif
    request.dataPath = parser.positionalArguments().first();
    request.outputPath = parser.value(QStringLiteral("output"));
    request.futurePath = parser.value(QStringLiteral("future"));
    if (parser.isSet(QStringLiteral("settings"))) {
        const int status =
            CliInput::readSettings(parser.value(QStringLiteral("settings")), request, err);
        if (status != ExitDone)
            return status;
    }
    if (parser.isSet(QStringLiteral("horizon"))) {
        bool ok = false;
        request.horizon = parser.value(QStringLiteral("horizon")).toInt(&ok);
        if (!ok || request.horizon < 0) {
            err << tr("--horizon needs a whole number of periods, 0 or more.") << Qt::endl;
            return ExitBadInput;
        }
    }
    if (request.horizon > ForecastRequest::kMaxHorizon) {
        err << tr("A horizon of %1 periods is more than the %2 one forecast may have.")
                   .arg(request.horizon)
                   .arg(ForecastRequest::kMaxHorizon)
            << Qt::endl;
        return ExitBadInput;
    }
    if (parser.isSet(QStringLiteral("freq"))) {
        request.frequency =
            Frequency::fromPandasAlias(parser.value(QStringLiteral("freq")).toStdString());
        if (!request.frequency) {
            err << tr("\"%1\" is not a frequency (try D, W, MS, M, H or 5min).")
                       .arg(parser.value(QStringLiteral("freq")))
                << Qt::endl;
            return ExitBadInput;
        }
    }
    return CliInput::applyColumnOptions(parser.value(QStringLiteral("date-column")),
                                        parser.value(QStringLiteral("value-column")),
                                        parser.value(QStringLiteral("country")), request, err);
}

std::unique_ptr<QCoreApplication> ForecastCommand::createApplication(int &argc, char **argv)
{
#ifdef PROGNOS_CLI_EXPORT
    bool charts = false;
    if (argc > 1 && qstrcmp(argv[1], "forecast") == 0) {
        for (int i = 2; i < argc; ++i) {
            const QByteArray argument(argv[i]);
            for (const char *option : {"--report", "--png", "--svg"})
                charts =
                    charts || argument == option || argument.startsWith(QByteArray(option) + '=');
        }
    }
    if (charts) {
        // A command-line tool never needs a display (nor a socket to one), and its start-up
        // must create no runtime folder nor ask nscd for the user's name.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        RuntimeDirectory::prepare();
        return std::make_unique<QApplication>(argc, argv);
    }
#endif
    return std::make_unique<QCoreApplication>(argc, argv);
}

int ForecastCommand::writeExports(const ForecastRequest &request, const ImportResult &imported,
                                  const CleaningResult &cleaned, const FitResult &fit,
                                  const Forecast &forecast, QTextStream &err) const
{
    if (m_reportPath.isEmpty() && m_pngPath.isEmpty() && m_svgPath.isEmpty())
        return ExitDone;
#ifdef PROGNOS_CLI_EXPORT
    ReportData data;
    data.datasetName = QFileInfo(request.dataPath).fileName();
    data.config = request.config;
    data.import = request.import;
    data.cleaning = request.cleaning;
    data.horizon = request.horizon;
    data.frequency = request.frequency;
    data.importNotes = imported.notes;
    data.importFindings = imported.findings;
    data.quality = QualityReport::analyse(imported.series);
    data.cleaningLog = cleaned.log;
    data.model = fit.model;
    data.forecast = forecast;
    data.actuals = imported.series.toTimeSeries(); // the user's values, as -o writes them
    for (const std::string &warning : fit.warnings)
        data.warnings << QString::fromStdString(warning);
    data.warnings << request.warnings;

    QString error;
    bool ok = m_reportPath.isEmpty() || ReportPdf(data).save(m_reportPath, error);
    const std::unique_ptr<QChart> chart = ForecastChart::forecast(data);
    if (ok && !m_pngPath.isEmpty())
        ok = ExportFile::save(m_pngPath, ChartRenderer::toPng(*chart, {1600, 900}, 2.0), error);
    if (ok && !m_svgPath.isEmpty())
        ok = ExportFile::save(m_svgPath, ChartRenderer::toSvg(*chart, {900, 500}), error);
    if (!ok) {
        err << error << Qt::endl;
        return ExitFailed;
    }
    return ExitDone;
#else
    Q_UNUSED(request);
    Q_UNUSED(imported);
    Q_UNUSED(cleaned);
    Q_UNUSED(fit);
    Q_UNUSED(forecast);
    Q_UNUSED(err);
    return ExitBadInput; // refused in parseRequest()
#endif
}

int ForecastCommand::buildFuture(const ForecastRequest &request, const FittedModel &model,
                                 const ImportResult &imported, TimeSeries &future, QTextStream &err)
{
    Frequency frequency;
    if (request.frequency) {
        frequency = *request.frequency;
    } else {
        const InferredFrequency inferred = FrequencyInference::infer(imported.series.ds);
        if (inferred.regular) {
            frequency = inferred.frequency;
            err << tr("Future dates: %1 (detected).").arg(inferred.description) << Qt::endl;
        } else {
            err << tr("The dates are irregular; future dates are daily. Use --freq to choose.")
                << Qt::endl;
        }
    }
    future = Prophet::makeFutureFrame(model, request.horizon, frequency, true);
    return fillFutureColumns(request, model, future, err);
}

int ForecastCommand::fillFutureColumns(const ForecastRequest &request, const FittedModel &model,
                                       TimeSeries &future, QTextStream &err)
{
    // Known values: the history, then the --future file; later rows override earlier ones.
    std::map<std::string, std::map<Timestamp, double>> known;
    const TimeSeries &h = model.history;
    for (std::size_t i = 0; i < h.size(); ++i) {
        if (h.hasCap())
            known["cap"][h.ds[i]] = h.cap[i];
        if (h.hasFloor())
            known["floor"][h.ds[i]] = h.floor[i];
        for (const auto &[name, values] : h.columns)
            known[name][h.ds[i]] = values[i];
    }
    if (!request.futurePath.isEmpty()) {
        QFile file(request.futurePath);
        if (!file.open(QIODevice::ReadOnly)) {
            err << tr("Cannot read the future file: %1").arg(file.errorString()) << Qt::endl;
            return ExitBadInput;
        }
        const CsvReadResult csv = CsvReader::read(file.readAll());
        const int dsColumn = csv.table.columnIndex(QStringLiteral("ds"));
        if (!csv.ok || dsColumn < 0) {
            err << tr("The future file needs a \"ds\" column.") << Qt::endl;
            return ExitBadInput;
        }
        for (int row = 0; row < csv.table.rowCount(); ++row) {
            const auto ds =
                parseIsoTimestamp(csv.table.cell(row, dsColumn).toString().toStdString());
            if (!ds) {
                err << tr("Future file, row %1, column ds, value \"%2\": not a date "
                          "(YYYY-MM-DD or YYYY-MM-DD HH:MM:SS).")
                           .arg(row + 1)
                           .arg(csv.table.cell(row, dsColumn).toString())
                    << Qt::endl;
                return ExitBadInput;
            }
            for (int column = 0; column < csv.table.columnCount(); ++column) {
                if (column == dsColumn)
                    continue;
                bool ok = false;
                const double value = csv.table.cell(row, column).toDouble(&ok);
                if (ok)
                    known[csv.table.columnNames().at(column).toStdString()][*ds] = value;
            }
        }
    }

    // Every column the model needs, for every row to predict.
    std::vector<std::string> needed;
    for (const ResolvedRegressor &r : model.regressors)
        needed.push_back(r.name);
    for (const ResolvedSeasonality &s : model.seasonalities) {
        if (!s.conditionName.empty())
            needed.push_back(s.conditionName);
    }
    const bool logistic = model.config.growth == Growth::Logistic;
    if (logistic)
        needed.push_back("cap");
    if (model.logisticFloor)
        needed.push_back("floor");
    QStringList missing;
    for (const std::string &name : needed) {
        const std::map<Timestamp, double> &values = known[name];
        std::vector<double> column(future.size(), std::nan(""));
        std::size_t carried = 0;
        for (std::size_t i = 0; i < future.size(); ++i) {
            const auto it = values.find(future.ds[i]);
            if (it != values.end()) {
                column[i] = it->second;
            } else if ((name == "cap" || name == "floor") && !values.empty()) {
                column[i] = values.rbegin()->second; // the last known capacity carries on
                ++carried;
            }
        }
        if (carried > 0) {
            err << tr("Warning: no future %1 given; the last one (%2) is carried forward over %n "
                      "row(s).",
                      nullptr, int(carried))
                       .arg(QString::fromStdString(name))
                       .arg(values.rbegin()->second)
                << Qt::endl;
        }
        if (std::any_of(column.begin(), column.end(), [](double v) { return std::isnan(v); }))
            missing << QString::fromStdString(name);
        if (name == "cap")
            future.cap = std::move(column);
        else if (name == "floor")
            future.floor = std::move(column);
        else
            future.columns[name] = std::move(column);
    }
    if (!missing.isEmpty()) {
        err << tr("The future needs values of %1 for every future date; give them with --future "
                  "FILE.csv (columns ds, %1).")
                   .arg(missing.join(QStringLiteral(", ")))
            << Qt::endl;
        return ExitBadInput;
    }
    return ExitDone;
}

} // namespace prognos
