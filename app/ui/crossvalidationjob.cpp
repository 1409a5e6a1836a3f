#include "crossvalidationjob.h"

#include "holidays/holidaycalendar.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <exception>

namespace prognos {

namespace {

QString translate(const char *text)
{
    return QCoreApplication::translate("CrossValidationJob", text);
}

} // namespace

void CrossValidationJob::run(QPromise<CrossValidationOutput> &promise,
                             const CrossValidationInput &input,
                             const std::shared_ptr<std::atomic_bool> &cancel,
                             const Progress &progress)
{
    QElapsedTimer timer;
    timer.start();
    CrossValidationOutput output;
    try {
        output = compute(input, cancel.get(), progress);
    } catch (const std::exception &error) {
        output.status = Status::Failed;
        output.message = QString::fromStdString(error.what());
    } catch (...) {
        output.status = Status::Failed;
        output.message = translate("The cross-validation failed.");
    }
    output.elapsedMs = timer.elapsed();
    promise.addResult(std::move(output));
}

CrossValidationOutput CrossValidationJob::compute(const CrossValidationInput &input,
                                                  const std::atomic_bool *cancel,
                                                  const Progress &progress)
{
    // 1. Every cutoff fitted and predicted.
    CrossValidationOptions options;
    options.cancel = cancel;
    options.countryHolidays = HolidayCalendar::provider();
    if (progress) {
        options.progress = [&progress](const CrossValidationProgress &p) {
            progress(p.finished, p.total);
        };
    }
    CrossValidationResult result =
        CrossValidation::run(input.config, input.history, input.cv, options);
    CrossValidationOutput output;
    output.config = input.config;
    output.cv = input.cv;
    output.metricsOptions = input.metrics;
    output.status = result.status;
    output.message = QString::fromStdString(result.message);
    for (const std::string &warning : result.warnings)
        output.warnings.append(QString::fromStdString(warning));
    output.plan = std::move(result.plan);
    output.season = result.season;
    if (!result.ok())
        return output;
    output.frame = std::move(result.frame);

    // 2. The metrics by horizon and how they compare with the baselines.
    output.metrics = PerformanceMetrics::compute(output.frame, input.metrics);
    if (!output.metrics.ok()) {
        output.status = output.metrics.status;
        output.message = QString::fromStdString(output.metrics.message);
        return output;
    }
    if (output.frame.hasBaselines())
        output.baselines =
            PerformanceMetrics::compareWithBaselines(output.frame, output.metrics, input.metrics);
    return output;
}

} // namespace prognos
