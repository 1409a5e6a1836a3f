#include "sessionreport.h"

#include "session.h"

namespace prognos {

bool SessionReport::hasForecast(const Session &session)
{
    return session.result().ok() && session.result().model;
}

bool SessionReport::hasCrossValidation(const Session &session)
{
    return session.crossValidation().ok();
}

ReportData SessionReport::build(const Session &session, bool withRawData)
{
    const ForecastOutput &result = session.result();
    ReportData data;
    data.datasetName = session.title();
    data.config = result.model ? result.model->config : session.config();
    data.cleaning = session.pipeline();
    data.horizon = result.periods;
    data.frequency = result.frequency;
    data.importNotes = session.import().notes;
    data.importFindings = session.import().findings;
    data.quality = session.quality();
    data.cleaningLog = session.cleaned().log;
    data.model = result.model;
    data.forecast = result.forecast;
    data.actuals = session.import().series.toTimeSeries(); // the user's values, as imported
    data.warnings = result.warnings;
    const CrossValidationOutput &cv = session.crossValidation();
    if (cv.ok() && Session::sameSettings(cv.config, data.config)) {
        data.cvFrame = cv.frame;
        data.cvMetrics = cv.metrics;
        data.warnings += cv.warnings;
    }
    if (withRawData)
        data.rawData = session.import().series;
    return data;
}

} // namespace prognos
