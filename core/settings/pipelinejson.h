#pragma once

#include "data/cleaningpipeline.h"
#include "data/importsettings.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace prognos {

/// The `import` and `cleaning` sections of the settings file.
///
/// import: {"encoding": "auto|utf-8|utf-16le|utf-16be|windows-1252", "delimiter": ",",
///          "header": "auto|present|absent", "max_bytes": 52428800, "date_column": "...",
///          "value_column": "...", "cap_column", "floor_column", "group_column",
///          "regressor_columns": [...]}
/// cleaning: [{"step": "aggregate_duplicates", "aggregator": "mean"},
///            {"step": "fill_missing", "fill": "linear"},
///            {"step": "exclude_outliers", "rows": [45], "threshold": 5},
///            {"step": "transform", "transform": "log1p"},
///            {"step": "resample", "freq": "W", "aggregator": "sum"},
///            {"step": "date_range", "from": "2020-01-01", "to": "2021-12-31"},
///            {"step": "select_group", "value": "North"}]
class PipelineJson
{
public:
    /// Reads the import section; problems are added to `errors`.
    static ImportSettings readImport(const QJsonObject &object, QStringList &errors);
    static QJsonObject writeImport(const ImportSettings &settings);

    /// Reads the cleaning steps in order; problems are added to `errors`.
    static CleaningPipeline readCleaning(const QJsonArray &array, QStringList &errors);
    static QJsonArray writeCleaning(const CleaningPipeline &pipeline);
};

} // namespace prognos
