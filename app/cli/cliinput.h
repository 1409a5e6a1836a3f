#pragma once

#include "forecastrequest.h"

#include "data/cleaningresult.h"
#include "data/importresult.h"

#include <QCoreApplication>
#include <QTextStream>

namespace prognos {

/// What the data commands of prognos-cli share: the settings file, the data file's import and
/// cleaning, and reporting what was found on stderr.
class CliInput
{
    Q_DECLARE_TR_FUNCTIONS(CliInput)

public:
    /// Reads a settings file into `request`; returns an exit code.
    static int readSettings(const QString &path, ForecastRequest &request, QTextStream &err);

    /// Applies --date-column, --value-column and --country and makes the model's regressor
    /// and condition columns part of the import; returns an exit code.
    static int applyColumnOptions(const QString &dateColumn, const QString &valueColumn,
                                  const QString &country, ForecastRequest &request,
                                  QTextStream &err);

    /// Imports and cleans the data file; returns an exit code.
    static int importAndClean(const ForecastRequest &request, ImportResult &imported,
                              CleaningResult &cleaned, QTextStream &err);

    /// Prints findings with row, file line, column and raw value.
    static void printFindings(const ImportFindings &findings, QTextStream &err);
    /// `text` with control characters shown as \xNN, safe to print on a terminal.
    static QString printable(const QString &text);
};

} // namespace prognos
