#pragma once

#include "fittedmodel.h"
#include "forecast.h"
#include "frequency.h"
#include "holidayevent.h"
#include "prophetconfig.h"
#include "timeseries.h"

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace prognos {

/// Outcome of an engine call. Nothing but Ok carries a usable result.
enum class Status { Ok, InvalidInput, Cancelled, Failed };

/// Progress of a running fit, reported from inside the optimizer loop.
struct FitProgress
{
    int iteration = 0;
    int maxIterations = 0;
    double logPosterior = 0;
};

/// Hooks a caller may give to a fit.
struct FitOptions
{
    /// Called at every optimizer iteration; returning false cancels the fit.
    std::function<bool(const FitProgress &)> progress;
    /// Checked at every objective evaluation; true cancels the fit.
    const std::atomic_bool *cancel = nullptr;
    /// Needed when the config names country holidays; kept by the fitted model.
    CountryHolidayProvider countryHolidays;
    /// Prepare the model and stop before optimizing (parameters stay at Prophet's initial
    /// values). Used to evaluate given parameters.
    bool skipOptimization = false;
    /// Start the optimizer here instead of at Prophet's initial values (Prophet's
    /// warm_start_params): entries whose shape does not fit the new model are ignored, as
    /// Prophet's sanitised init does.
    std::optional<ModelParameters> initialParameters;
};

/// One extra regressor's effect on y (Prophet's regressor_coefficients): the change in y
/// (additive) or the relative change (multiplicative) per unit of the regressor.
struct RegressorCoefficient
{
    std::string regressor;
    ComponentMode mode = ComponentMode::Additive;
    double center = 0;    ///< the mean subtracted when standardizing (mu)
    double coefLower = 0; ///< equal to coef for a MAP fit
    double coef = 0;
    double coefUpper = 0; ///< equal to coef for a MAP fit
};

/// Result of Prophet::fit.
struct FitResult
{
    Status status = Status::Failed;
    std::string message; ///< why it failed, in words a user can act on
    std::vector<std::string> warnings;
    std::shared_ptr<const FittedModel> model;
    bool ok() const { return status == Status::Ok; }
};

/// Hooks and options of a prediction.
struct PredictOptions
{
    const std::atomic_bool *cancel = nullptr;
    int threads = 0; ///< 0: all hardware threads
};

/// Result of Prophet::predict.
struct PredictResult
{
    Status status = Status::Failed;
    std::string message;
    Forecast forecast;
    bool ok() const { return status == Status::Ok; }
};

/// The Prophet model: fit a configuration to a history, then predict any frame.
/// No function here throws; failures come back as a status and a message.
class Prophet
{
public:
    /// Fits `config` to `history` (MAP estimate, as Prophet does with mcmc_samples = 0).
    static FitResult fit(const ProphetConfig &config, const TimeSeries &history,
                         const FitOptions &options = {});

    /// Predicts every row of `frame`, which needs ds and every column the model uses
    /// (cap for logistic growth, floor if the history had one, regressors, conditions).
    static PredictResult predict(const FittedModel &model, const TimeSeries &frame,
                                 const PredictOptions &options = {});

    /// Prophet's make_future_dataframe: `periods` dates after the last history date (rows
    /// with missing y included) at `frequency`, preceded by the history dates if asked.
    /// An empty frame when memory runs out.
    static TimeSeries makeFutureFrame(const FittedModel &model, int periods,
                                      const Frequency &frequency, bool includeHistory = true);

    /// Each regressor's coefficient in y units: β·y_scale/std (additive) or β/std
    /// (multiplicative), §16 of the model document.
    static std::vector<RegressorCoefficient> regressorCoefficients(const FittedModel &model);

    /// The log posterior of §10.3 (Stan's objective, constants dropped) of `params` on the
    /// model's history.
    static double logPosterior(const FittedModel &model, const ModelParameters &params);
};

} // namespace prognos
