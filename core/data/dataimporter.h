#pragma once

#include "importresult.h"
#include "importsettings.h"

#include <QCoreApplication>

#include <functional>

namespace prognos {

/// Turns the bytes of a CSV file into a raw series: reads the text (CsvReader), decides the
/// type of every column (ColumnTypeDetector), picks the roles (ColumnRoleDetector) and reads
/// the cells of ds, y, cap, floor and the chosen regressors and group.
///
/// A row whose ds cannot be read is left out and reported; a y, cap, floor or regressor cell
/// that cannot be read becomes missing (NaN) and is reported; empty cells and missing-value
/// markers are missing without a finding. Time zones follow DateParser::timeZoneRule();
/// mixed UTC offsets and daylight-saving changes are reported with their rows.
///
/// The values read while the column types are detected are kept and make the series; only
/// cells they cannot stand for (missing or unreadable values, dates with a UTC offset) are
/// read again, so that every finding still names its row, column and raw value.
///
/// A large table (20 000 records or more) is shared out over two threads: the column types
/// column by column, and the series in two halves of the records when its dates must be read
/// from the cells. The result, findings and their order included, is the same as on one thread.
class DataImporter
{
    Q_DECLARE_TR_FUNCTIONS(DataImporter)

public:
    /// Told how far an import has come, in percent (0 to 100), between its stages (reading
    /// the cells, column types, roles, the series); returning false cancels the import.
    using Progress = std::function<bool(int percent)>;

    /// Imports `bytes` (the whole file, in memory) with `settings`. A cancelled import
    /// fails with cancelled() as its error.
    static ImportResult import(const QByteArray &bytes, const ImportSettings &settings = {},
                               const Progress &progress = {});

    /// The error of a cancelled import.
    static QString cancelled();
};

} // namespace prognos
