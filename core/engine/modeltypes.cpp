#include "modeltypes.h"

namespace prognos {

std::string_view toString(Growth growth)
{
    switch (growth) {
    case Growth::Linear:
        return "linear";
    case Growth::Logistic:
        return "logistic";
    case Growth::Flat:
        return "flat";
    }
    return {};
}

std::string_view toString(ComponentMode mode)
{
    return mode == ComponentMode::Additive ? "additive" : "multiplicative";
}

std::string_view toString(Scaling scaling)
{
    return scaling == Scaling::AbsMax ? "absmax" : "minmax";
}

std::string_view toString(Standardize standardize)
{
    switch (standardize) {
    case Standardize::Auto:
        return "auto";
    case Standardize::Yes:
        return "true";
    case Standardize::No:
        return "false";
    }
    return {};
}

std::optional<Growth> growthFromString(std::string_view text)
{
    if (text == "linear")
        return Growth::Linear;
    if (text == "logistic")
        return Growth::Logistic;
    if (text == "flat")
        return Growth::Flat;
    return std::nullopt;
}

std::optional<ComponentMode> modeFromString(std::string_view text)
{
    if (text == "additive")
        return ComponentMode::Additive;
    if (text == "multiplicative")
        return ComponentMode::Multiplicative;
    return std::nullopt;
}

std::optional<Scaling> scalingFromString(std::string_view text)
{
    if (text == "absmax")
        return Scaling::AbsMax;
    if (text == "minmax")
        return Scaling::MinMax;
    return std::nullopt;
}

std::optional<Standardize> standardizeFromString(std::string_view text)
{
    if (text == "auto")
        return Standardize::Auto;
    if (text == "true")
        return Standardize::Yes;
    if (text == "false")
        return Standardize::No;
    return std::nullopt;
}

} // namespace prognos
