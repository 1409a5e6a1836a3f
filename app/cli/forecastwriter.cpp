#include "forecastwriter.h"

#include "data/csvwriter.h"
#include "settings/pipelinejson.h"
#include "settings/settingsjson.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cmath>
#include <map>

namespace prognos {

ForecastWriter::ForecastWriter(const ForecastRequest &request, const FittedModel &model,
                               const Forecast &forecast, const SeriesTable &actuals)
    : m_request(request)
    , m_model(model)
    , m_forecast(forecast)
    , m_actuals(actuals)
{}

bool ForecastWriter::write(const QString &path, QString &error) const
{
    if (path == QLatin1String("-")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly)) {
            error = tr("Cannot write to standard output.");
            return false;
        }
        out.write(csv());
        return true;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("json")) {
        error = tr("The output file must end in .csv or .json.");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        error = tr("Cannot write %1: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    file.write(suffix == QLatin1String("csv") ? csv() : json());
    if (!file.commit()) {
        error = tr("Cannot write %1: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    return true;
}

std::vector<double> ForecastWriter::actualY() const
{
    // Several rows of one date (before aggregation) give their mean.
    std::map<Timestamp, std::pair<double, int>> byDate;
    for (std::size_t i = 0; i < m_actuals.size(); ++i) {
        if (std::isnan(m_actuals.y[i]))
            continue;
        auto &[sum, count] = byDate[m_actuals.ds[i]];
        sum += m_actuals.y[i];
        ++count;
    }
    std::vector<double> y(m_forecast.size(), std::nan(""));
    for (std::size_t i = 0; i < m_forecast.size(); ++i) {
        const auto it = byDate.find(m_forecast.ds[i]);
        if (it != byDate.end())
            y[i] = it->second.first / it->second.second;
    }
    return y;
}

QByteArray ForecastWriter::csv() const
{
    CsvWriter writer;
    writer.addText(u"ds");
    writer.addText(u"y");
    for (const auto &[name, values] : m_forecast.columns)
        writer.addText(QString::fromStdString(name));
    writer.endRow();
    const std::vector<double> y = actualY();
    for (std::size_t i = 0; i < m_forecast.size(); ++i) {
        writer.addTimestamp(m_forecast.ds[i]);
        writer.addNumber(y[i]);
        for (const auto &[name, values] : m_forecast.columns)
            writer.addNumber(values[i]);
        writer.endRow();
    }
    return writer.data();
}

QByteArray ForecastWriter::json() const
{
    QJsonObject settings = SettingsJson::writeModel(m_request.config);
    settings.insert(QLatin1String("periods"), m_request.horizon);
    settings.insert(QLatin1String("import"), PipelineJson::writeImport(m_request.import));
    settings.insert(QLatin1String("cleaning"), PipelineJson::writeCleaning(m_request.cleaning));

    QJsonObject forecast;
    QJsonArray ds;
    for (Timestamp t : m_forecast.ds)
        ds.append(QString::fromStdString(formatTimestamp(t)));
    forecast.insert(QLatin1String("ds"), ds);
    auto numbers = [](const std::vector<double> &values) {
        QJsonArray array;
        for (double v : values)
            array.append(std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null));
        return array;
    };
    forecast.insert(QLatin1String("y"), numbers(actualY()));
    for (const auto &[name, values] : m_forecast.columns)
        forecast.insert(QString::fromStdString(name), numbers(values));

    QJsonArray warnings;
    for (const std::string &w : m_model.warnings)
        warnings.append(QString::fromStdString(w));
    QJsonArray changepoints;
    for (Timestamp c : m_model.changepoints)
        changepoints.append(QString::fromStdString(formatTimestamp(c)));

    const QJsonObject document{
        {"app", QStringLiteral("Prognos %1").arg(QCoreApplication::applicationVersion())},
        {"settings", settings},
        {"fit", QJsonObject{{"algorithm", QString::fromStdString(m_model.algorithmUsed)},
                            {"iterations", m_model.iterations},
                            {"log_posterior", m_model.logPosterior},
                            {"changepoints", changepoints}}},
        {"warnings", warnings},
        {"forecast", forecast}};
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

} // namespace prognos
