#include "reportjson.h"

#include "settings/pipelinejson.h"
#include "settings/settingsjson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace prognos {

namespace {

QJsonValue number(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonArray numbers(const std::vector<double> &values)
{
    QJsonArray array;
    for (double v : values)
        array.append(number(v));
    return array;
}

QJsonArray numbers(const Eigen::VectorXd &values)
{
    QJsonArray array;
    for (Eigen::Index i = 0; i < values.size(); ++i)
        array.append(number(values[i]));
    return array;
}

QJsonArray dates(const std::vector<Timestamp> &values)
{
    QJsonArray array;
    for (Timestamp t : values)
        array.append(QString::fromStdString(formatTimestamp(t)));
    return array;
}

QJsonArray strings(const QStringList &values)
{
    return QJsonArray::fromStringList(values);
}

QString severityName(ImportFinding::Severity severity)
{
    switch (severity) {
    case ImportFinding::Severity::Info:
        return QStringLiteral("info");
    case ImportFinding::Severity::Warning:
        return QStringLiteral("warning");
    case ImportFinding::Severity::Question:
        return QStringLiteral("question");
    case ImportFinding::Severity::Error:
        return QStringLiteral("error");
    }
    return QString();
}

} // namespace

QString ReportJson::rawDataWarning()
{
    return tr("The file will hold your data: every imported row and the raw values of the "
              "import findings. Share it only with people who may see that data.");
}

QJsonObject ReportJson::document(const ReportData &data, bool includeRawData)
{
    QJsonObject document{
        {"app", QJsonObject{{"name", "Prognos"}, {"version", PROGNOS_EXPORT_VERSION}}},
        {"engine", QJsonObject{{"name", "prognos_engine"},
                               {"version", PROGNOS_EXPORT_VERSION},
                               {"model", "Prophet 1.3.0 (MAP)"}}},
        {"dataset", data.datasetName},
        {"settings", settings(data)},
        {"import", importSection(data, includeRawData)},
        {"cleaning", cleaningSection(data)},
        {"quality", qualitySection(data)},
        {"fit", fitSection(data)},
        {"changepoints", data.model ? dates(data.model->changepoints) : QJsonArray()},
        {"forecast", forecastSection(data)},
        {"components", componentsSection(data)},
        {"cross_validation", crossValidationSection(data)},
        {"warnings", strings(data.warnings)},
    };
    if (includeRawData && data.rawData)
        document.insert(QLatin1String("raw_data"), rawDataSection(*data.rawData));
    return document;
}

QByteArray ReportJson::toBytes(const ReportData &data, bool includeRawData)
{
    return QJsonDocument(document(data, includeRawData)).toJson(QJsonDocument::Indented);
}

QJsonObject ReportJson::settings(const ReportData &data)
{
    QJsonObject object = SettingsJson::writeModel(data.config);
    object.insert(QLatin1String("periods"), data.horizon);
    if (data.frequency)
        object.insert(QLatin1String("freq"),
                      QString::fromStdString(data.frequency->toPandasAlias()));
    object.insert(QLatin1String("include_history"), true);
    object.insert(QLatin1String("import"), PipelineJson::writeImport(data.import));
    object.insert(QLatin1String("cleaning"), PipelineJson::writeCleaning(data.cleaning));
    return object;
}

QJsonObject ReportJson::importSection(const ReportData &data, bool includeRawValues)
{
    QJsonArray findings;
    for (const ImportFinding &f : data.importFindings) {
        QJsonObject finding{{"severity", severityName(f.severity)},
                            {"row", f.row},
                            {"line", f.line},
                            {"column", f.column},
                            {"reason", f.reason}};
        if (includeRawValues)
            finding.insert(QLatin1String("raw_value"), f.rawValue);
        findings.append(finding);
    }
    return {{"notes", strings(data.importNotes)}, {"findings", findings}};
}

QJsonObject ReportJson::cleaningSection(const ReportData &data)
{
    QStringList steps;
    for (const CleaningStep &step : data.cleaning.steps())
        steps << step.describe();
    return {{"steps", strings(steps)}, {"log", strings(data.cleaningLog)}};
}

QJsonObject ReportJson::qualitySection(const ReportData &data)
{
    if (!data.quality)
        return {{"findings", QJsonArray()}};
    const QualityReport &q = *data.quality;
    return {{"rows", q.rows},
            {"rows_with_value", q.rowsWithValue},
            {"first", QString::fromStdString(formatTimestamp(q.first))},
            {"last", QString::fromStdString(formatTimestamp(q.last))},
            {"frequency", q.frequency.description},
            {"findings", strings(q.summary())}};
}

QJsonObject ReportJson::fitSection(const ReportData &data)
{
    if (!data.model)
        return {};
    const FittedModel &model = *data.model;
    QJsonObject beta;
    for (std::size_t i = 0; i < model.featureNames.size(); ++i) {
        if (Eigen::Index(i) < model.params.beta.size())
            beta.insert(QString::fromStdString(model.featureNames[i]),
                        number(model.params.beta[Eigen::Index(i)]));
    }
    const QJsonObject params{{"k", number(model.params.k)},
                             {"m", number(model.params.m)},
                             {"delta", numbers(model.params.delta)},
                             {"sigma_obs", number(model.params.sigmaObs)},
                             {"beta", beta}};
    return {{"algorithm", QString::fromStdString(model.algorithmUsed)},
            {"iterations", model.iterations},
            {"log_posterior", number(model.logPosterior)},
            {"y_scale", number(model.yScale)},
            {"params", params}};
}

QJsonObject ReportJson::forecastSection(const ReportData &data)
{
    QJsonObject forecast{{"ds", dates(data.forecast.ds)}, {"y", numbers(data.actualY())}};
    for (const char *name : {"yhat", "yhat_lower", "yhat_upper", "trend", "trend_lower",
                             "trend_upper", "cap", "floor"}) {
        if (const std::vector<double> *values = data.forecast.column(name))
            forecast.insert(QLatin1String(name), numbers(*values));
    }
    return forecast;
}

QJsonObject ReportJson::componentsSection(const ReportData &data)
{
    QJsonObject components;
    for (const std::string &name : data.componentNames()) {
        if (name == "trend")
            continue;
        QJsonObject component;
        for (const std::string &column : {name, name + "_lower", name + "_upper"}) {
            if (const std::vector<double> *values = data.forecast.column(column))
                component.insert(QString::fromStdString(column), numbers(*values));
        }
        components.insert(QString::fromStdString(name), component);
    }
    return components;
}

QJsonObject ReportJson::crossValidationSection(const ReportData &data)
{
    if (!data.cvMetrics)
        return {};
    const MetricsTable &metrics = *data.cvMetrics;
    QJsonArray horizons;
    for (std::int64_t h : metrics.horizon)
        horizons.append(metrics.monthly ? double(h) : double(h) / double(kMsPerDay));
    QJsonObject table{{metrics.monthly ? "horizon_months" : "horizon_days", horizons}};
    for (const auto &[name, values] : metrics.columns)
        table.insert(QString::fromStdString(name), numbers(values));
    QJsonObject omitted;
    for (const auto &[name, reason] : metrics.omitted)
        omitted.insert(QString::fromStdString(name), QString::fromStdString(reason));
    return {{"metrics", table},
            {"omitted", omitted},
            {"rows", data.cvFrame ? qint64(data.cvFrame->size()) : qint64(0)}};
}

QJsonObject ReportJson::rawDataSection(const SeriesTable &raw)
{
    QJsonArray rows;
    for (int row : raw.sourceRow)
        rows.append(row);
    QJsonObject table{{"source_row", rows}, {"ds", dates(raw.ds)}, {"y", numbers(raw.y)}};
    if (!raw.cap.empty())
        table.insert(QLatin1String("cap"), numbers(raw.cap));
    if (!raw.floor.empty())
        table.insert(QLatin1String("floor"), numbers(raw.floor));
    for (const auto &[name, values] : raw.regressors)
        table.insert(QString::fromStdString(name), numbers(values));
    if (!raw.group.empty())
        table.insert(raw.groupColumn.isEmpty() ? QStringLiteral("group") : raw.groupColumn,
                     strings(QStringList(raw.group.begin(), raw.group.end())));
    return table;
}

} // namespace prognos
