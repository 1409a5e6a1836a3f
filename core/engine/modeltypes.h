#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace prognos {

/// Trend model: piecewise linear, piecewise logistic (needs a cap) or a constant level.
enum class Growth { Linear, Logistic, Flat };

/// How a component combines with the trend: added to it, or as a fraction of it.
enum class ComponentMode { Additive, Multiplicative };

/// How y is scaled before fitting (Prophet's `scaling`): by max |y| or to [0, 1].
enum class Scaling { AbsMax, MinMax };

/// Whether an extra regressor is standardized to mean 0 and standard deviation 1.
enum class Standardize { Auto, Yes, No };

/// The optimizer: Prophet's rule (Newton below 100 rows, else L-BFGS) or a forced one.
enum class Algorithm { Auto, Lbfgs, Newton };

/// How future trend changes are simulated for the intervals: Python Prophet's default
/// vectorized scheme or the Poisson scheme of R Prophet (and Python's vectorized=False).
enum class TrendSimulation { Vectorized, Poisson };

/// Prophet's spelling of each value ("linear", "multiplicative", "absmax", ...).
std::string_view toString(Growth growth);
std::string_view toString(ComponentMode mode);
std::string_view toString(Scaling scaling);
std::string_view toString(Standardize standardize);

/// Reads Prophet's spelling; nothing for anything else.
std::optional<Growth> growthFromString(std::string_view text);
std::optional<ComponentMode> modeFromString(std::string_view text);
std::optional<Scaling> scalingFromString(std::string_view text);
std::optional<Standardize> standardizeFromString(std::string_view text);

} // namespace prognos
