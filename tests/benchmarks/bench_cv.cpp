// Times the cross-validation of peyton_cv (initial 730 days, period 180 days, horizon 365
// days: 11 cutoffs, 3988 rows, 1000 uncertainty samples) plus its performance metrics and
// baselines, as R Prophet's cross_validation + performance_metrics do (19.7 s on the 2-core
// reference machine, ../shared/reference/timings.md). Prints the median of several runs, in
// wall time and in processor time.
// Not a test: it asserts nothing and is never run by CTest.
//
//   bench_cv [--runs N] [--threads T]
#include "referencecase.h"

#include "engine/crossvalidation.h"
#include "engine/performancemetrics.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <thread>
#include <vector>

using namespace prognos;
using namespace prognos::testing;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

CrossValidationConfig peytonSettings(int threads)
{
    CrossValidationConfig cv;
    cv.horizon = CalendarSpan::days(365);
    cv.period = CalendarSpan::days(180);
    cv.initial = CalendarSpan::days(730);
    cv.threads = threads;
    return cv;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    int runs = 5;
    int threads = 0;
    for (int i = 0; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--runs"))
            runs = std::max(1, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--threads"))
            threads = std::max(0, args[i + 1].toInt());
    }
    if (sharedDir().isEmpty()) {
        std::printf("bench_cv needs ../shared/reference/cases/peyton_cv (set "
                    "PROGNOS_SHARED_DIR).\n");
        return 1;
    }
    const ReferenceCase c = ReferenceCase::load(QStringLiteral("peyton_cv"));

    std::vector<double> fullFit, cvTimes, metricTimes, cpuTimes;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const FitResult fit = Prophet::fit(c.config, c.history);
        fullFit.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!fit.ok()) {
            std::printf("fit failed: %s\n", fit.message.c_str());
            return 1;
        }
        timer.restart();
        const std::clock_t cpuStart = std::clock();
        const CrossValidationResult cv = CrossValidation::run(*fit.model, peytonSettings(threads));
        cvTimes.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!cv.ok()) {
            std::printf("cross-validation failed: %s\n", cv.message.c_str());
            return 1;
        }
        timer.restart();
        const MetricsTable metrics = PerformanceMetrics::compute(cv.frame);
        PerformanceMetrics::compareWithBaselines(cv.frame, metrics);
        metricTimes.push_back(double(timer.nsecsElapsed()) / 1e6);
        cpuTimes.push_back(1000.0 * double(std::clock() - cpuStart) / CLOCKS_PER_SEC);
        if (run == 0)
            std::printf("peyton_cv: %zu cutoffs, %zu rows, %zu metric horizons\n",
                        cv.plan.cutoffs.size(), cv.frame.size(), metrics.horizon.size());
    }
    const double total = median(cvTimes) + median(metricTimes);
    std::printf("median of %d runs: full fit %.1f ms (not part of R's 19.7 s); cross-validation "
                "%.1f ms; metrics and baselines %.2f ms; CV + metrics %.1f ms = %.0fx faster "
                "than R's 19.7 s\n",
                runs, median(fullFit), median(cvTimes), median(metricTimes), total,
                19691.0 / total);
    // On a shared machine the wall time says little; the processor time over the cores is
    // what the same work takes when it has them to itself.
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    std::printf("processor time of CV + metrics %.1f ms over %u cores = %.1f ms when idle "
                "(%.0fx)\n",
                median(cpuTimes), cores, median(cpuTimes) / cores,
                19691.0 / (median(cpuTimes) / cores));
    return 0;
}
