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
    int periods = 30;
    Frequency frequency;
};

} // namespace prognos
