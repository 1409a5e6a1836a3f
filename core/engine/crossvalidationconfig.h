#pragma once

#include "calendarspan.h"
#include "timestamp.h"

#include <optional>
#include <string>
#include <vector>

namespace prognos {

/// Settings of a cross-validation (Prophet's `cross_validation`, §13.1 of the model
/// document): the model is refitted on the history up to each cutoff and predicts the
/// history rows in (cutoff, cutoff + horizon].
struct CrossValidationConfig
{
    /// How far each fold forecasts. There is no default: 0 is refused by validate().
    CalendarSpan horizon = CalendarSpan::days(0);
    /// Spacing of the cutoffs. Default: half the horizon.
    std::optional<CalendarSpan> period;
    /// Minimum history before the first cutoff. Default: three horizons, or the longest
    /// seasonality period of the model when that is longer.
    std::optional<CalendarSpan> initial;
    /// Explicit cutoffs; when not empty they replace period and initial.
    std::vector<Timestamp> cutoffs;

    /// Worker threads fitting cutoffs side by side; 0: every hardware thread. The results
    /// do not depend on it.
    int threads = 0;
    /// Also forecast every fold with the naive and the seasonal-naive baseline.
    bool baselines = true;
    /// Season of the seasonal-naive baseline. Default: from the typical spacing of the
    /// history (24 hours for sub-daily data, 7 days for daily, 52 weeks for weekly, 12
    /// months for monthly and longer steps).
    std::optional<CalendarSpan> season;

    /// Every problem with these settings that does not depend on the data, each a sentence a
    /// user can act on; empty if valid. The history is checked when the cutoffs are made.
    std::vector<std::string> validate() const;
};

} // namespace prognos
