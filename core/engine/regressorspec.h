#pragma once

#include "modeltypes.h"

#include <optional>
#include <string>

namespace prognos {

/// An extra regressor (Prophet's `add_regressor`): a column of the input whose value enters
/// the model linearly.
struct RegressorSpec
{
    std::string name;
    std::optional<double> priorScale; ///< default: the model's holidays_prior_scale
    Standardize standardize = Standardize::Auto;
    std::optional<ComponentMode> mode; ///< default: the model's seasonality_mode
};

} // namespace prognos
