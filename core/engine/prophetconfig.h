#pragma once

#include "holidayevent.h"
#include "modeltypes.h"
#include "regressorspec.h"
#include "seasonalityspec.h"
#include "timestamp.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace prognos {

/// Every setting of a Prophet model, with Prophet's defaults (Python 1.3.0, which R 1.0
/// shares except where noted). Field names follow Prophet's parameter names in camelCase.
struct ProphetConfig
{
    Growth growth = Growth::Linear;
    /// Explicit changepoint dates; when set (even empty) they replace automatic placement.
    std::optional<std::vector<Timestamp>> changepoints;
    int nChangepoints = 25;              ///< number of automatic changepoint candidates
    double changepointRange = 0.8;       ///< share of the history (by rows) that may hold them
    double changepointPriorScale = 0.05; ///< τ, scale of the Laplace prior on rate changes

    SeasonalitySwitch yearlySeasonality;
    SeasonalitySwitch weeklySeasonality;
    SeasonalitySwitch dailySeasonality;
    ComponentMode seasonalityMode = ComponentMode::Additive;
    double seasonalityPriorScale = 10.0;
    std::vector<SeasonalitySpec> seasonalities; ///< custom ones, in the order added

    std::vector<HolidayEvent> holidays; ///< user holidays
    std::string countryHolidays;        ///< country code ("US"); empty: none
    /// Country holidays switched off or given windows and a prior scale, by name.
    std::vector<CountryHolidayOverride> countryHolidayOverrides;
    double holidaysPriorScale = 10.0;          ///< also the default for regressors
    std::optional<ComponentMode> holidaysMode; ///< default: seasonalityMode

    std::vector<RegressorSpec> regressors;

    double intervalWidth = 0.8;    ///< probability mass of the uncertainty intervals
    int uncertaintySamples = 1000; ///< simulated paths; 0 gives point forecasts only
    Scaling scaling = Scaling::AbsMax;

    // Options of this engine that Prophet spells as fit or predict arguments.
    Algorithm algorithm = Algorithm::Auto;
    int maxIterations = 10000; ///< Stan's `iter`
    TrendSimulation trendSimulation = TrendSimulation::Vectorized;
    std::uint64_t seed = 42; ///< seed of the interval simulation
    /// Round fitted parameters to 6 significant digits, as CmdStan's CSV output does for
    /// Python Prophet (see the model document §10.7). Off gives R Prophet's full precision.
    bool roundParameters = false;

    /// The holidays mode in force (holidaysMode, else seasonalityMode).
    ComponentMode effectiveHolidaysMode() const { return holidaysMode.value_or(seasonalityMode); }

    /// Every problem with these settings, each a sentence a user can act on; empty if valid.
    std::vector<std::string> validate() const;
};

/// Checks a seasonality, holiday, regressor or condition name against Prophet's reserved
/// names (§9.5 of the model document). Returns the problem, or an empty string.
std::string checkComponentName(const std::string &name);

} // namespace prognos
