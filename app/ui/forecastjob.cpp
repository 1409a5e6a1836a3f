#include "forecastjob.h"

#include "holidays/holidaycalendar.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <exception>
#include <map>

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

/// The value of a column on each date of `frame`: the history's, then the future's.
std::vector<double> columnOnDates(const std::vector<Timestamp> &dates, const TimeSeries &history,
                                  const std::vector<double> &historyValues,
                                  const TimeSeries &future, const std::vector<double> &futureValues)
{
    std::map<Timestamp, double> known;
    for (std::size_t i = 0; i < historyValues.size() && i < history.size(); ++i)
        known[history.ds[i]] = historyValues[i];
    for (std::size_t i = 0; i < futureValues.size() && i < future.size(); ++i)
        known[future.ds[i]] = futureValues[i];
    std::vector<double> values(dates.size(), std::nan(""));
    for (std::size_t i = 0; i < dates.size(); ++i) {
        if (const auto it = known.find(dates[i]); it != known.end())
            values[i] = it->second;
    }
    return values;
}

} // namespace

void ForecastJob::fillColumns(TimeSeries &frame, const FittedModel &model,
                              const ForecastInput &input)
{
    static const std::vector<double> none;
    const TimeSeries &history = input.history;
    const TimeSeries &future = input.future;
    if (model.config.growth == Growth::Logistic)
        frame.cap = columnOnDates(frame.ds, history, history.cap, future, future.cap);
    if (history.hasFloor())
        frame.floor = columnOnDates(frame.ds, history, history.floor, future, future.floor);
    std::vector<std::string> names;
    for (const ResolvedRegressor &r : model.regressors)
        names.push_back(r.name);
    for (const ResolvedSeasonality &s : model.seasonalities) {
        if (!s.conditionName.empty())
            names.push_back(s.conditionName);
    }
    for (const std::string &name : names) {
        const auto inHistory = history.columns.find(name);
        const auto inFuture = future.columns.find(name);
        frame.columns[name] = columnOnDates(
            frame.ds, history, inHistory == history.columns.end() ? none : inHistory->second,
            future, inFuture == future.columns.end() ? none : inFuture->second);
    }
}

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
    output.periods = input.periods;
    output.frequency = input.frequency;
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
    TimeSeries frame = Prophet::makeFutureFrame(*fit.model, input.periods, input.frequency, true);
    fillColumns(frame, *fit.model, input);
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
