// Guards of the engine's public API: frames predict refuses, cancellation (and how fast it
// acts), running out of memory, and models whose parameters do not fit their layout. None of
// these may throw or read out of bounds.
#include "enginetestdata.h"

#include <QElapsedTimer>
#include <QFile>
#include <QtTest>

#include <chrono>
#include <thread>

#if defined(__linux__)
#include <sys/resource.h>
#include <unistd.h>
#endif

using namespace prognos;
using namespace prognos::testing;

namespace {

std::vector<double> ramp(int rows, double scale)
{
    std::vector<double> y;
    for (int i = 0; i < rows; ++i)
        y.push_back(scale * (1 + 0.01 * i + 0.1 * std::sin(i)));
    return y;
}

} // namespace

class TestApiGuards : public QObject
{
    Q_OBJECT

private slots:
    void predictRejectsBadFrames()
    {
        const FitResult fit =
            Prophet::fit(ProphetConfig{}, dailySeries(dateOf(2024, 1, 1), ramp(30, 3)));
        QVERIFY2(fit.ok(), fit.message.c_str());
        const PredictResult empty = Prophet::predict(*fit.model, TimeSeries{});
        QCOMPARE(empty.status, Status::InvalidInput);
        QVERIFY(!empty.message.empty());

        TimeSeries farAway;
        farAway.ds = {dateOf(9999, 12, 31), dateOf(1, 1, 1)};
        const PredictResult far = Prophet::predict(*fit.model, farAway);
        QVERIFY(far.ok() || !far.message.empty());

        QVERIFY(Prophet::makeFutureFrame(*fit.model, -5, Frequency{}, false).ds.empty());
        QCOMPARE(Prophet::makeFutureFrame(*fit.model, -5, Frequency{}, true).size(),
                 std::size_t(30));
    }

    void cancellation()
    {
        const TimeSeries series = dailySeries(dateOf(2024, 1, 1), ramp(300, 3));
        std::atomic_bool cancel{true};
        FitOptions options;
        options.cancel = &cancel;
        const FitResult cancelled = Prophet::fit(ProphetConfig{}, series, options);
        QCOMPARE(statusName(cancelled.status), statusName(Status::Cancelled));
        QVERIFY(!cancelled.model);
        QVERIFY(!cancelled.message.empty());

        FitOptions stopAtOnce;
        int calls = 0;
        stopAtOnce.progress = [&](const FitProgress &) { return ++calls < 3; };
        const FitResult stopped = Prophet::fit(ProphetConfig{}, series, stopAtOnce);
        QCOMPARE(statusName(stopped.status), statusName(Status::Cancelled));
        QCOMPARE(calls, 3);
    }

    void cancelStopsARunningFitQuickly()
    {
        // Issue #2: a running fit stops within 100 ms of a cancel request. 100,000 hourly rows
        // take several hundred milliseconds to set up before the optimizer starts.
        std::vector<double> y;
        NormalDraws random(5);
        for (int i = 0; i < 100000; ++i)
            y.push_back(50 + 10 * std::sin(2 * M_PI * i / 24) + 0.01 * i + random.next());
        const TimeSeries hourly = regularSeries(dateOf(2015, 1, 1), kMsPerHour, y);
        ProphetConfig config;
        config.uncertaintySamples = 0;
        std::atomic_bool cancel{false};
        FitOptions options;
        options.cancel = &cancel;
        std::atomic<qint64> cancelledAt{0};
        QElapsedTimer clock;
        clock.start();
        std::thread canceller([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            cancelledAt = clock.elapsed();
            cancel = true;
        });
        const FitResult fit = Prophet::fit(config, hourly, options);
        const qint64 returnedAt = clock.elapsed();
        canceller.join();
        if (fit.status == Status::Ok && returnedAt < cancelledAt)
            QSKIP("The fit finished before the cancel request; nothing to measure.");
        qInfo("cancelled at %lld ms, returned at %lld ms", qint64(cancelledAt), returnedAt);
        QCOMPARE(statusName(fit.status), statusName(Status::Cancelled));
        QVERIFY2(
            returnedAt - cancelledAt <= 100,
            qPrintable(QStringLiteral("%1 ms after the request").arg(returnedAt - cancelledAt)));
    }

    void futureFrameWhenMemoryRunsOut()
    {
#if !defined(__linux__) || defined(__SANITIZE_ADDRESS__)
        QSKIP("Needs Linux address-space limits (and no AddressSanitizer).");
#else
        const FitResult fit =
            Prophet::fit(ProphetConfig{}, dailySeries(dateOf(2024, 1, 1), ramp(30, 3)));
        QVERIFY2(fit.ok(), fit.message.c_str());
        // Cap the address space 512 MB above what the process uses, then ask for 8 GB of
        // dates.
        QFile statm(QStringLiteral("/proc/self/statm"));
        QVERIFY(statm.open(QIODevice::ReadOnly));
        const rlim_t used =
            statm.readAll().split(' ').value(0).toULongLong() * rlim_t(sysconf(_SC_PAGESIZE));
        rlimit original{};
        QVERIFY(getrlimit(RLIMIT_AS, &original) == 0);
        rlimit limited = original;
        limited.rlim_cur = used + (rlim_t(512) << 20);
        if (original.rlim_cur != RLIM_INFINITY && original.rlim_cur < limited.rlim_cur)
            QSKIP("The address space is already limited below the test's margin.");
        QVERIFY(setrlimit(RLIMIT_AS, &limited) == 0);
        bool threw = false;
        try {
            const TimeSeries frame =
                Prophet::makeFutureFrame(*fit.model, 1000000000, Frequency{}, false);
        } catch (...) {
            threw = true;
        }
        QVERIFY(setrlimit(RLIMIT_AS, &original) == 0);
        QVERIFY2(!threw, "makeFutureFrame threw");
#endif
    }

    void parametersOfTheWrongShape()
    {
        // A model assembled by hand (e.g. from a stored file) with too few coefficients is
        // refused instead of being read out of bounds.
        const FitResult fit =
            Prophet::fit(ProphetConfig{}, dailySeries(dateOf(2024, 1, 1), ramp(30, 3)));
        QVERIFY2(fit.ok(), fit.message.c_str());
        const TimeSeries frame = Prophet::makeFutureFrame(*fit.model, 5, Frequency{});
        FittedModel shortBeta = *fit.model;
        shortBeta.params.beta.resize(2);
        FittedModel noDelta = *fit.model;
        noDelta.params.delta.resize(0);
        for (const FittedModel *model : {&shortBeta, &noDelta}) {
            const PredictResult predicted = Prophet::predict(*model, frame);
            QCOMPARE(statusName(predicted.status), statusName(Status::InvalidInput));
            QVERIFY2(mentions(predicted.message, "parameters do not match"),
                     predicted.message.c_str());
            QVERIFY(std::isnan(Prophet::logPosterior(*model, model->params)));
        }
        QVERIFY(std::isfinite(Prophet::logPosterior(*fit.model, fit.model->params)));
    }
};

QTEST_APPLESS_MAIN(TestApiGuards)
#include "tst_apiguards.moc"
