#pragma once

#include "modeltypes.h"

#include <optional>
#include <string>

namespace prognos {

/// A user-defined seasonality (Prophet's `add_seasonality`).
struct SeasonalitySpec
{
    std::string name;
    double period = 0;                 ///< length of one cycle in days, may be fractional
    int fourierOrder = 0;              ///< number of sine/cosine pairs, at least 1
    std::optional<double> priorScale;  ///< default: the model's seasonality_prior_scale
    std::optional<ComponentMode> mode; ///< default: the model's seasonality_mode
    std::string conditionName;         ///< a 0/1 column switching it on per row; empty: none
};

/// How a built-in seasonality (yearly, weekly, daily) is chosen: Prophet's `'auto'`,
/// `True`, `False` or an explicit Fourier order.
struct SeasonalitySwitch
{
    enum class Kind { Auto, On, Off, Order };
    Kind kind = Kind::Auto;
    int order = 0; ///< the Fourier order when kind is Order

    static SeasonalitySwitch automatic() { return {}; }
    static SeasonalitySwitch on() { return {Kind::On, 0}; }
    static SeasonalitySwitch off() { return {Kind::Off, 0}; }
    static SeasonalitySwitch withOrder(int order) { return {Kind::Order, order}; }
    bool operator==(const SeasonalitySwitch &) const = default;
};

} // namespace prognos
