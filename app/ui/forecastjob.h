#pragma once

#include "engine/frequency.h"
#include "engine/prophet.h"
#include "engine/prophetconfig.h"
#include "engine/timeseries.h"

#include <QPromise>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

namespace prognos {

/// Everything a forecast run needs, copied when the run starts so that the worker never
/// sees later edits.
struct ForecastInput
{
    ProphetConfig config;
    TimeSeries history;
    int periods = 30;
    Frequency frequency;
};

/// What a forecast run produced.
struct ForecastOutput
{
    Status status = Status::Failed;
    QString message; ///< why it failed, for the user
    QStringList warnings;
    std::shared_ptr<const FittedModel> model;
    Forecast forecast;
    qint64 elapsedMs = 0;
    bool ok() const { return status == Status::Ok; }
};

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

private:
    static ForecastOutput fitAndPredict(QPromise<ForecastOutput> &promise,
                                        const ForecastInput &input, const std::atomic_bool &cancel);
};

} // namespace prognos
