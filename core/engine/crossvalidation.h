#pragma once

#include "calendarspan.h"
#include "crossvalidationconfig.h"
#include "crossvalidationframe.h"
#include "cutoffplan.h"
#include "fittedmodel.h"
#include "prophet.h"

#include <atomic>
#include <functional>
#include <string>
#include <vector>

namespace prognos {

/// Progress of a cross-validation, reported once per finished cutoff.
struct CrossValidationProgress
{
    int finished = 0;     ///< cutoffs fitted and predicted so far
    int total = 0;        ///< cutoffs in all
    Timestamp cutoff = 0; ///< the cutoff just finished
};

/// Hooks a caller may give to a cross-validation.
struct CrossValidationOptions
{
    /// Called after each cutoff, from the worker thread that did it; calls never overlap.
    std::function<void(const CrossValidationProgress &)> progress;
    /// Checked inside every fit (at each objective evaluation) and prediction; true cancels
    /// the whole run within milliseconds.
    const std::atomic_bool *cancel = nullptr;
    /// Country holidays for the overload that starts from a configuration.
    CountryHolidayProvider countryHolidays;
};

/// Result of CrossValidation::run.
struct CrossValidationResult
{
    Status status = Status::Failed;
    std::string message; ///< why it failed, in words a user can act on
    std::vector<std::string> warnings;
    CutoffPlan plan;     ///< the spans in force and the cutoffs
    CalendarSpan season; ///< season of the seasonal-naive baseline
    CrossValidationFrame frame;
    bool ok() const { return status == Status::Ok; }
};

/// Prophet's `cross_validation` (§13 of the model document): for every cutoff the model is
/// refitted on the history up to the cutoff with the same settings, then predicts the
/// history rows of the following horizon. Cutoffs are fitted in parallel; the numbers do not
/// depend on the number of threads. No function here throws.
class CrossValidation
{
public:
    /// Cross-validates a fitted model. Only its settings, resolved seasonalities, changepoint
    /// count and history are used, never its parameters.
    static CrossValidationResult run(const FittedModel &model, const CrossValidationConfig &config,
                                     const CrossValidationOptions &options = {});

    /// Cross-validates `config` on `history` without fitting the whole history first (the
    /// model is only prepared, which resolves the seasonalities as a full fit would).
    static CrossValidationResult run(const ProphetConfig &config, const TimeSeries &history,
                                     const CrossValidationConfig &cvConfig,
                                     const CrossValidationOptions &options = {});

    /// The settings of the model fitted at `cutoff` (Prophet's `prophet_copy`, §13.3): those
    /// of `model` with the automatic seasonalities replaced by the model's resolved ones, the
    /// changepoint count it used, user changepoints only before the last history date at or
    /// before the cutoff, and absmax scaling.
    static ProphetConfig cutoffConfig(const FittedModel &model, Timestamp cutoff);
};

} // namespace prognos
