#pragma once

#include "engine/crossvalidationconfig.h"
#include "engine/performancemetrics.h"
#include "engine/prophetconfig.h"
#include "engine/timeseries.h"

namespace prognos {

/// Everything a cross-validation run needs, copied when the run starts so that the worker
/// never sees later edits.
struct CrossValidationInput
{
    ProphetConfig config;
    TimeSeries history;
    CrossValidationConfig cv;
    MetricsOptions metrics;
};

} // namespace prognos
