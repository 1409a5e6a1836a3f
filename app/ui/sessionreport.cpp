#include "sessionreport.h"

#include "session.h"

namespace prognos {

bool SessionReport::hasForecast(const Session &session)
{
    return session.result().ok() && session.result().model;
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
    if (withRawData)
        data.rawData = session.import().series;
    return data;
}

} // namespace prognos
