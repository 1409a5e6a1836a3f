#pragma once

#include "calendarspan.h"
#include "crossvalidationconfig.h"
#include "timestamp.h"

#include <string>
#include <vector>

namespace prognos {

/// The folds of a cross-validation: the spans in force once the defaults are applied and the
/// cutoffs, made by Prophet's `generate_cutoffs` (§13.2 of the model document) or taken
/// from the settings.
struct CutoffPlan
{
    CalendarSpan horizon;
    CalendarSpan period;
    CalendarSpan initial;            ///< with explicit cutoffs: first cutoff − first date
    std::vector<Timestamp> cutoffs;  ///< ascending
    std::vector<Timestamp> foldEnds; ///< cutoff + horizon of each cutoff
    std::vector<std::string> warnings;
    std::string error; ///< why the settings cannot work, with a setting that would; or empty

    bool ok() const { return error.empty(); }

    /// Applies the defaults of `config` and makes the cutoffs for a history whose dates
    /// `ds` are sorted ascending. `longestSeasonalityDays` is the period of the model's
    /// longest seasonality (0 without any), which the default initial window covers.
    static CutoffPlan make(const CrossValidationConfig &config, const std::vector<Timestamp> &ds,
                           double longestSeasonalityDays);

private:
    void generate(const std::vector<Timestamp> &ds);
    void takeExplicit(const std::vector<Timestamp> &cutoffs, const std::vector<Timestamp> &ds);
    std::string infeasibleMessage(const std::vector<Timestamp> &ds, bool initialIsDefault,
                                  double longestSeasonalityDays) const;
};

} // namespace prognos
