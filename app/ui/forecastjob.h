#pragma once

#include "forecastinput.h"
#include "forecastoutput.h"

#include <QPromise>

#include <atomic>
#include <memory>

namespace prognos {

/// The worker side of a run: fit and predict, with progress and cancellation. Exceptions end
/// here and become a Failed output.
class ForecastJob
{
public:
    /// Progress runs from 0 to 1000: the fit reports up to 800, the prediction the rest.
    static constexpr int kProgressMaximum = 1000;

    /// Runs `input` on the calling thread; `cancel` (shared with the GUI thread) and the
    /// promise's own cancellation both stop the engine at its next check.
    static void run(QPromise<ForecastOutput> &promise, const ForecastInput &input,
                    const std::shared_ptr<std::atomic_bool> &cancel);

    /// Fills the cap, floor, regressor and condition columns that `model` needs on the dates
    /// of `frame`: the history's values on history dates, `input.future`'s on the others
    /// (NaN where neither has one, which the prediction then reports).
    static void fillColumns(TimeSeries &frame, const FittedModel &model,
                            const ForecastInput &input);

private:
    static ForecastOutput fitAndPredict(QPromise<ForecastOutput> &promise,
                                        const ForecastInput &input, const std::atomic_bool &cancel);
};

} // namespace prognos
