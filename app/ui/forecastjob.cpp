#include "forecastjob.h"

#include "holidays/holidaycalendar.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <algorithm>
#include <exception>

namespace prognos {

namespace {

QStringList toStringList(const std::vector<std::string> &lines)
{
    QStringList list;
    for (const std::string &line : lines)
        list.append(QString::fromStdString(line));
    return list;
}

ForecastOutput failed(Status status, const QString &message)
{
    ForecastOutput output;
    output.status = status;
    output.message = message;
    return output;
}

} // namespace

void ForecastJob::run(QPromise<ForecastOutput> &promise, const ForecastInput &input,
                      const std::shared_ptr<std::atomic_bool> &cancel)
{
    promise.setProgressRange(0, kProgressMaximum);
    QElapsedTimer timer;
    timer.start();
    ForecastOutput output;
    try {
        output = fitAndPredict(promise, input, *cancel);
    } catch (const std::exception &error) {
        output = failed(Status::Failed, QString::fromStdString(error.what()));
    } catch (...) {
        output = failed(Status::Failed,
                        QCoreApplication::translate("ForecastJob", "The forecast failed."));
    }
    output.elapsedMs = timer.elapsed();
    promise.addResult(std::move(output));
}

ForecastOutput ForecastJob::fitAndPredict(QPromise<ForecastOutput> &promise,
                                          const ForecastInput &input,
                                          const std::atomic_bool &cancel)
{
    FitOptions fitOptions;
    fitOptions.cancel = &cancel;
    fitOptions.countryHolidays = HolidayCalendar::provider();
    fitOptions.progress = [&promise, &cancel](const FitProgress &progress) {
        // The optimizer stops long before maxIterations; show a saturating estimate.
        const double share = progress.iteration / (progress.iteration + 60.0);
        promise.setProgressValue(int(800 * share));
        return !promise.isCanceled() && !cancel.load();
    };
    const FitResult fit = Prophet::fit(input.config, input.history, fitOptions);
    if (!fit.ok())
        return failed(fit.status, QString::fromStdString(fit.message));

    promise.setProgressValue(800);
    const TimeSeries frame =
        Prophet::makeFutureFrame(*fit.model, input.periods, input.frequency, true);
    PredictOptions predictOptions;
    predictOptions.cancel = &cancel;
    predictOptions.threads = std::max(1, QThread::idealThreadCount() - 1);
    PredictResult prediction = Prophet::predict(*fit.model, frame, predictOptions);
    if (!prediction.ok())
        return failed(prediction.status, QString::fromStdString(prediction.message));

    promise.setProgressValue(kProgressMaximum);
    ForecastOutput output;
    output.status = Status::Ok;
    output.warnings = toStringList(fit.warnings);
    output.model = fit.model;
    output.forecast = std::move(prediction.forecast);
    return output;
}

} // namespace prognos
