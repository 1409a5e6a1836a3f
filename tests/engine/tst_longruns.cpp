// BUG-30 of the user reports: long sub-daily forecasts stay fast and cancellable, the number
// of uncertainty samples is a setting (0 gives point forecasts only), and fitting series
// after series does not make memory grow.
#include "engine/prophet.h"
#include "engine/randomstream.h"

#include <QElapsedTimer>
#include <QFile>
#include <QtTest>

#include <atomic>
#include <cmath>
#include <thread>

using namespace prognos;

namespace {

TimeSeries hourlySeries(int rows, std::uint64_t seed)
{
    TimeSeries s;
    RandomStream random(seed);
    const Timestamp first = CivilTime::daysFromCivil(2019, 1, 1) * kMsPerDay;
    for (int i = 0; i < rows; ++i) {
        s.ds.push_back(first + i * kMsPerHour);
        s.y.push_back(100.0 + 10.0 * std::sin(2.0 * M_PI * (i % 24) / 24.0) +
                      0.5 * random.normal());
    }
    return s;
}

TimeSeries dailySeries(int rows, std::uint64_t seed)
{
    TimeSeries s;
    RandomStream random(seed);
    const Timestamp first = CivilTime::daysFromCivil(2022, 1, 1) * kMsPerDay;
    for (int i = 0; i < rows; ++i) {
        s.ds.push_back(first + i * kMsPerDay);
        s.y.push_back(50.0 + 0.02 * i + 4.0 * std::sin(2.0 * M_PI * i / 7.0) + random.normal());
    }
    return s;
}

/// Resident memory of this process in kilobytes (Linux), 0 elsewhere.
long residentKilobytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return 0;
}

} // namespace

class TestLongRuns : public QObject
{
    Q_OBJECT

private slots:
    void fiveYearsHourlyWith720HoursAhead()
    {
        // Input A: 43,824 hourly rows, horizon 720 hours, 1000 samples.
        const TimeSeries history = hourlySeries(43824, 1);
        ProphetConfig config;
        const FitResult fit = Prophet::fit(config, history);
        QVERIFY2(fit.ok(), fit.message.c_str());
        const TimeSeries future =
            Prophet::makeFutureFrame(*fit.model, 720, *Frequency::fromPandasAlias("H"), false);
        QCOMPARE(future.size(), std::size_t(720));
        QCOMPARE(formatTimestamp(future.ds.back()), std::string("2024-01-30 23:00:00"));
        const PredictResult predicted = Prophet::predict(*fit.model, future);
        QVERIFY2(predicted.ok(), predicted.message.c_str());
        const std::vector<double> &yhat = *predicted.forecast.column("yhat");
        const std::vector<double> &lower = *predicted.forecast.column("yhat_lower");
        // The daily cycle is kept: 13:00 is near 100 + 10 sin(2π 13/24) ≈ 97.4.
        QVERIFY(std::abs(yhat[13] - (100.0 + 10.0 * std::sin(2.0 * M_PI * 13 / 24))) < 1.0);
        QVERIFY(lower[13] < yhat[13]);
    }

    void cancelDuringALongPrediction()
    {
        const TimeSeries history = hourlySeries(43824, 2);
        const FitResult fit = Prophet::fit(ProphetConfig{}, history);
        QVERIFY2(fit.ok(), fit.message.c_str());
        const TimeSeries frame =
            Prophet::makeFutureFrame(*fit.model, 720, *Frequency::fromPandasAlias("H"), true);
        std::atomic_bool cancel{false};
        PredictOptions options;
        options.cancel = &cancel;
        QElapsedTimer clock;
        clock.start();
        std::atomic<qint64> cancelledAt{0};
        std::thread canceller([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
            cancelledAt = clock.elapsed();
            cancel = true;
        });
        const PredictResult predicted = Prophet::predict(*fit.model, frame, options);
        const qint64 returnedAt = clock.elapsed();
        canceller.join();
        if (predicted.ok() && returnedAt <= cancelledAt)
            QSKIP("The prediction finished before the cancel request.");
        QVERIFY(predicted.status == Status::Cancelled);
        QVERIFY2(returnedAt - cancelledAt < 1000, qPrintable(QString::number(returnedAt)));
    }

    void zeroSamplesGivePointForecastsOnly()
    {
        ProphetConfig config;
        config.uncertaintySamples = 0;
        const FitResult fit = Prophet::fit(config, dailySeries(200, 3));
        QVERIFY2(fit.ok(), fit.message.c_str());
        const PredictResult predicted = Prophet::predict(
            *fit.model, Prophet::makeFutureFrame(*fit.model, 30, Frequency{}, true));
        QVERIFY(predicted.ok());
        for (const std::string &name : predicted.forecast.columnNames()) {
            QVERIFY2(name.find("_lower") == std::string::npos &&
                         name.find("_upper") == std::string::npos,
                     name.c_str());
        }
        QVERIFY(predicted.forecast.column("yhat"));
    }

    void memoryDoesNotGrowOverManySeries()
    {
        // Input B: 200 daily series of 730 rows, each fitted and forecast 30 days ahead.
        long afterTen = 0;
        for (int series = 1; series <= 200; ++series) {
            const FitResult fit = Prophet::fit(ProphetConfig{}, dailySeries(730, series));
            QVERIFY2(fit.ok(), fit.message.c_str());
            const PredictResult predicted = Prophet::predict(
                *fit.model, Prophet::makeFutureFrame(*fit.model, 30, Frequency{}, false));
            QVERIFY(predicted.ok());
            if (series == 10)
                afterTen = residentKilobytes();
        }
        const long afterAll = residentKilobytes();
        if (afterTen == 0)
            QSKIP("Resident memory is read from /proc (Linux).");
        qInfo("resident memory after 10 series %ld kB, after 200 series %ld kB", afterTen,
              afterAll);
        QVERIFY2(afterAll <= afterTen * 1.10, "memory grew by more than 10 %");
    }
};

QTEST_GUILESS_MAIN(TestLongRuns)
#include "tst_longruns.moc"
