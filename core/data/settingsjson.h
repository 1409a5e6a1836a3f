#pragma once

#include "cleaningpipeline.h"
#include "importsettings.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace prognos {

/// The `import` and `cleaning` sections of a Prognos settings file (JSON), shared by the CLI
/// and the desktop app.
///
/// `import` is an object: "encoding" (auto, utf-8, utf-16le, utf-16be, windows-1252),
/// "delimiter" (auto, ",", ";", "tab", "|"), "header" (auto, yes, no), "max_bytes", the roles
/// "date_column", "value_column", "cap_column", "floor_column", "group_column" and
/// "regressor_columns" (an array), and "columns": an object from column name to
/// {"type": "date" | "number" | "text", "date_format": "YYYY-MM-DD" | "YYYY/MM/DD" |
/// "DD/MM/YYYY" | "MM/DD/YYYY" | "DD.MM.YYYY" | "month name" | "excel" | "unix s" | "unix ms" |
/// "year", "decimal_mark": "." | ","}.
///
/// `cleaning` is an array of steps applied in order, each an object with "step":
/// aggregate_duplicates {aggregator}, fill_missing {method: leave | linear | forward_fill |
/// zero}, exclude_outliers {rows: [...] or threshold}, transform {kind: log | log1p},
/// resample {frequency: a pandas alias such as "W" or "MS", aggregator}, date_range {from, to:
/// "YYYY-MM-DD"}, select_group {value}. Aggregators: mean, median, sum, min, max, first, last.
///
/// Reading never fails: unknown keys and unreadable values are skipped, each with a warning.
class SettingsJson
{
    Q_DECLARE_TR_FUNCTIONS(SettingsJson)

public:
    /// The `import` section for `settings`; detected (default) fields are left out.
    static QJsonObject toJson(const ImportSettings &settings);
    /// Reads an `import` section; problems are appended to `warnings`.
    static ImportSettings importSettings(const QJsonObject &json, QStringList &warnings);

    /// The `cleaning` section for `pipeline`.
    static QJsonArray toJson(const CleaningPipeline &pipeline);
    /// Reads a `cleaning` section; steps that cannot be read are skipped with a warning.
    static CleaningPipeline cleaningPipeline(const QJsonArray &json, QStringList &warnings);
};

} // namespace prognos
