#pragma once

#include "data/cleaningpipeline.h"
#include "data/importfinding.h"
#include "data/importsettings.h"
#include "data/qualityreport.h"
#include "data/seriestable.h"
#include "engine/crossvalidationframe.h"
#include "engine/fittedmodel.h"
#include "engine/forecast.h"
#include "engine/frequency.h"
#include "engine/performancemetrics.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace prognos {

/// Everything an export or report may show, gathered by the caller after a forecast run.
/// The exporters only read it; they never run the engine or touch the user interface.
struct ReportData
{
    QString datasetName; ///< shown in reports, e.g. the file name "sales.csv"; may be empty

    // The settings in force (written back as the settings file).
    ProphetConfig config;
    ImportSettings import;
    CleaningPipeline cleaning;
    int horizon = 0;                    ///< future periods asked for
    std::optional<Frequency> frequency; ///< future dates; empty: the frequency of the data

    // What the import and the cleaning found.
    QStringList importNotes; ///< what the import detected, one sentence each
    ImportFindings importFindings;
    std::optional<QualityReport> quality;
    QStringList cleaningLog; ///< CleaningResult::log, one line per step

    // The result.
    std::shared_ptr<const FittedModel> model;
    Forecast forecast;
    TimeSeries actuals; ///< the series that was fitted (ds and the actual y)
    std::optional<CrossValidationFrame> cvFrame;
    std::optional<MetricsTable> cvMetrics;
    QStringList warnings; ///< fit, prediction and cross-validation warnings

    /// The imported rows before cleaning. Exported only when the user asks for it, since the
    /// file then holds their data.
    std::optional<SeriesTable> rawData;

    /// The actual y of each forecast row (the mean of the actuals of that date), NaN where
    /// there is none.
    std::vector<double> actualY() const;
    /// The first forecast date after the last actual, or nothing without future rows.
    std::optional<Timestamp> forecastStart() const;
    /// The names of the component columns of the forecast (trend, weekly, ...), without
    /// their _lower and _upper bounds and without yhat.
    std::vector<std::string> componentNames() const;
};

} // namespace prognos
