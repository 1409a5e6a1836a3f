#pragma once

#include "export/reportdata.h"

namespace prognos {

class Session;

/// Gathers what the exports of a session show, the same way prognos-cli gathers it for the
/// same data and settings, so that both write the same files.
class SessionReport
{
public:
    /// True when `session` holds a successful forecast to export.
    static bool hasForecast(const Session &session);
    /// True when `session` holds a successful cross-validation to export.
    static bool hasCrossValidation(const Session &session);

    /// The report of the session's last successful run: the settings it ran with, the
    /// import, quality and cleaning of the data, the fit and the forecast, and the
    /// cross-validation when it was run with the same model settings. With `withRawData` the
    /// imported rows are included, for the JSON report's raw-data option.
    static ReportData build(const Session &session, bool withRawData = false);
};

} // namespace prognos
