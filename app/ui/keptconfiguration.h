#pragma once

#include "crossvalidationoutput.h"
#include "forecastoutput.h"
#include "horizon.h"

#include "engine/prophetconfig.h"

#include <QString>

#include <optional>

namespace prognos {

/// A configuration of a session kept for comparison: its settings with the forecast they
/// gave and, when it was run with the same settings, the cross-validation.
struct KeptConfiguration
{
    QString name; ///< chosen by the user, unique within the session
    ProphetConfig config;
    Horizon horizon;
    int periods = 0; ///< future dates the horizon gave
    ForecastOutput result;
    std::optional<CrossValidationOutput> crossValidation;
};

} // namespace prognos
