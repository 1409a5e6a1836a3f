#pragma once

#include "engine/frequency.h"
#include "engine/prophetconfig.h"
#include "engine/timeseries.h"

namespace prognos {

/// Everything a forecast run needs, copied when the run starts so that the worker never
/// sees later edits.
struct ForecastInput
{
    ProphetConfig config;
    TimeSeries history;
    /// Cap, floor, regressor and condition values on the horizon's dates (ds and columns).
    TimeSeries future;
    int periods = 30;
    Frequency frequency;
};

} // namespace prognos
