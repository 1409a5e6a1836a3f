#pragma once

#include "reportdata.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace prognos {

/// The JSON export: one document holding everything about a forecast run.
///
/// Sections: app, engine, settings (the settings file itself: the model under Prophet's
/// names, periods, freq, import and cleaning; SettingsJson and PipelineJson read it back),
/// import, cleaning, quality, fit (algorithm, log posterior and the parameters k, m, delta,
/// sigma_obs and beta by feature name), changepoints, forecast, components,
/// cross_validation, warnings, and raw_data only when asked for.
class ReportJson
{
    Q_DECLARE_TR_FUNCTIONS(ReportJson)

public:
    /// What a user is told before ticking the raw-data option.
    static QString rawDataWarning();

    /// The whole document. With `includeRawData` the imported rows and the raw cell values
    /// of import findings are included: the file then holds the user's data.
    static QJsonObject document(const ReportData &data, bool includeRawData = false);
    /// The document as indented UTF-8.
    static QByteArray toBytes(const ReportData &data, bool includeRawData = false);

    /// The settings file of the run (also the `settings` section of the document).
    static QJsonObject settings(const ReportData &data);

private:
    static QJsonObject importSection(const ReportData &data, bool includeRawValues);
    static QJsonObject cleaningSection(const ReportData &data);
    static QJsonObject qualitySection(const ReportData &data);
    static QJsonObject fitSection(const ReportData &data);
    static QJsonObject forecastSection(const ReportData &data);
    static QJsonObject componentsSection(const ReportData &data);
    static QJsonObject crossValidationSection(const ReportData &data);
    static QJsonObject rawDataSection(const SeriesTable &raw);
};

} // namespace prognos
