#pragma once

#include "forecastrequest.h"

#include "data/seriestable.h"
#include "engine/fittedmodel.h"
#include "engine/forecast.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace prognos {

/// Writes a forecast as CSV (Prophet's columns plus the actual y) or JSON, through QSaveFile,
/// to the one path the user named.
class ForecastWriter
{
    Q_DECLARE_TR_FUNCTIONS(ForecastWriter)

public:
    ForecastWriter(const ForecastRequest &request, const FittedModel &model,
                   const Forecast &forecast, const SeriesTable &actuals);

    /// Writes CSV or JSON by the extension of `path` (CSV to standard output for "-"); false
    /// with a message on failure.
    bool write(const QString &path, QString &error) const;

    QByteArray csv() const;
    QByteArray json() const;

private:
    /// The actual y of each forecast row (NaN where the file had none).
    std::vector<double> actualY() const;

    const ForecastRequest &m_request;
    const FittedModel &m_model;
    const Forecast &m_forecast;
    const SeriesTable &m_actuals;
};

} // namespace prognos
