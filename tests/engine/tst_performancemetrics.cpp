// Prophet's performance_metrics (§13.4–13.6 of the model document): hand-computed metrics of
// a small fixed frame, the rolling mean and median examples of §13.5, §13.6 and §19.8, the
// rules that leave metrics out, the baseline ratios, and R 1.0's numbers of §18.8.
#include "enginetestdata.h"

#include "engine/crossvalidation.h"
#include "engine/performancemetrics.h"
#include "engine/rollingwindow.h"

#include <QtTest>

#include <cmath>

using namespace prognos;
using namespace prognos::testing;

namespace {

constexpr double kExact = 1e-12;

/// Six rows, two cutoffs, horizons of 1, 2 and 3 days. Per row (in row order):
/// error y − ŷ = [−2, 2, 10, 0, −5, 10]; APE = [0.2, 0.1, 0.25, 0, 1, 0.2];
/// SAPE = [2/11, 2/19, 2/7, 0, 2/3, 2/9]; covered = [0, 1, 0, 1, 1, 1].
CrossValidationFrame handMadeFrame()
{
    CrossValidationFrame f;
    const Timestamp c0 = dateOf(2020, 1, 10);
    const Timestamp c1 = dateOf(2020, 2, 10);
    for (Timestamp c : {c0, c1}) {
        for (int d = 1; d <= 3; ++d) {
            f.cutoff.push_back(c);
            f.ds.push_back(c + d * kMsPerDay);
        }
    }
    f.y = {10, 20, 40, 10, 5, 50};
    f.yhat = {12, 18, 30, 10, 10, 40};
    f.yhatLower = {11, 15, 25, 9, 0, 30};
    f.yhatUpper = {13, 25, 35, 11, 20, 60};
    return f;
}

void compareColumn(const MetricsTable &table, const char *metric,
                   const std::vector<double> &expected, double tolerance = kExact)
{
    const std::vector<double> *values = table.column(metric);
    QVERIFY2(values, metric);
    QCOMPARE(values->size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        if (std::isinf(expected[i])) {
            QCOMPARE((*values)[i], expected[i]);
            continue;
        }
        QVERIFY2(std::abs((*values)[i] - expected[i]) <= tolerance * std::max(1.0, expected[i]),
                 qPrintable(QStringLiteral("%1[%2] = %3, expected %4")
                                .arg(metric)
                                .arg(i)
                                .arg((*values)[i], 0, 'g', 17)
                                .arg(expected[i], 0, 'g', 17)));
    }
}

std::vector<std::int64_t> days(std::initializer_list<int> values)
{
    std::vector<std::int64_t> out;
    for (int v : values)
        out.push_back(std::int64_t(v) * kMsPerDay);
    return out;
}

std::vector<std::string> namesOf(const MetricsTable &table)
{
    std::vector<std::string> names;
    for (const auto &column : table.columns)
        names.push_back(column.first);
    return names;
}

} // namespace

class TestPerformanceMetrics : public QObject
{
    Q_OBJECT

private slots:
    void windowSizeTruncatesAndClamps_data()
    {
        QTest::addColumn<double>("rollingWindow");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("expected");
        QTest::newRow("default 0.1 of 3988") << 0.1 << 3988 << 398;
        QTest::newRow("0.1 of 16 rounds up to 1") << 0.1 << 16 << 1;
        QTest::newRow("0 means each horizon") << 0.0 << 16 << 1;
        QTest::newRow("1 means all rows") << 1.0 << 16 << 16;
        QTest::newRow("above 1 clamps to all rows") << 2.5 << 16 << 16;
        QTest::newRow("0.2 of 16") << 0.2 << 16 << 3;
        QTest::newRow("negative: no aggregation") << -1.0 << 16 << -16;
        QTest::newRow("small negative truncates to 0, then 1") << -0.05 << 10 << 1;
    }
    void windowSizeTruncatesAndClamps()
    {
        QFETCH(double, rollingWindow);
        QFETCH(int, rows);
        QFETCH(int, expected);
        QCOMPARE(RollingWindow::size(rollingWindow, std::size_t(rows)), long(expected));
    }

    void rollingMeanAndMedianOfTheModelDocument()
    {
        // §13.5, §13.6: x = 0..9, h = [1,2,3,4,4,4,4,4,7,7], w = 3.
        const std::vector<double> x = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        const std::vector<std::int64_t> h = {1, 2, 3, 4, 4, 4, 4, 4, 7, 7};
        const HorizonValues mean = RollingWindow::meanByHorizon(x, h, 3);
        QCOMPARE(mean.horizon, (std::vector<std::int64_t>{3, 4, 7}));
        QCOMPARE(mean.value.size(), std::size_t(3));
        QVERIFY(std::abs(mean.value[0] - 1.0) < kExact);
        QVERIFY(std::abs(mean.value[1] - 5.0) < kExact);
        QVERIFY(std::abs(mean.value[2] - 22.0 / 3.0) < kExact);
        const HorizonValues median = RollingWindow::medianByHorizon(x, h, 3);
        QCOMPARE(median.horizon, (std::vector<std::int64_t>{3, 4, 7}));
        QCOMPARE(median.value, (std::vector<double>{1, 5, 8}));

        // §19.8: w = 10 gives one row at horizon 7 with the overall mean and median.
        const HorizonValues all = RollingWindow::meanByHorizon(x, h, 10);
        QCOMPARE(all.horizon, (std::vector<std::int64_t>{7}));
        QVERIFY(std::abs(all.value[0] - 4.5) < kExact);
        QCOMPARE(RollingWindow::medianByHorizon(x, h, 10).value, (std::vector<double>{4.5}));
    }

    void rollingOverDistinctHorizons()
    {
        // §19.8: x = h = 0..9; w = 1 is the identity, w = 4 gives x[3:] − 1.5 at 3..9.
        std::vector<double> x;
        std::vector<std::int64_t> h;
        for (int i = 0; i < 10; ++i) {
            x.push_back(i);
            h.push_back(i);
        }
        const HorizonValues identity = RollingWindow::meanByHorizon(x, h, 1);
        QCOMPARE(identity.horizon, h);
        QCOMPARE(identity.value, x);
        QCOMPARE(RollingWindow::medianByHorizon(x, h, 1).value, x);
        const HorizonValues four = RollingWindow::meanByHorizon(x, h, 4);
        const HorizonValues fourMedian = RollingWindow::medianByHorizon(x, h, 4);
        QCOMPARE(four.horizon, (std::vector<std::int64_t>{3, 4, 5, 6, 7, 8, 9}));
        QCOMPARE(fourMedian.horizon, four.horizon);
        for (std::size_t i = 0; i < four.value.size(); ++i) {
            QVERIFY(std::abs(four.value[i] - (x[i + 3] - 1.5)) < kExact);
            QVERIFY(std::abs(fourMedian.value[i] - (x[i + 3] - 1.5)) < kExact);
        }
    }

    void eachHorizonOnItsOwnWithWindowZero()
    {
        const MetricsTable t =
            PerformanceMetrics::compute(handMadeFrame(), MetricsOptions{{}, 0.0, false});
        QVERIFY2(t.ok(), t.message.c_str());
        QCOMPARE(t.horizon, days({1, 2, 3}));
        QCOMPARE(namesOf(t), PerformanceMetrics::metricNames());
        compareColumn(t, "mse", {2.0, 14.5, 100.0});
        compareColumn(t, "rmse", {std::sqrt(2.0), std::sqrt(14.5), 10.0});
        compareColumn(t, "mae", {1.0, 3.5, 10.0});
        compareColumn(t, "mape", {0.1, 0.55, 0.225});
        compareColumn(t, "mdape", {0.1, 0.55, 0.225});
        compareColumn(t, "smape",
                      {1.0 / 11.0, (2.0 / 19.0 + 2.0 / 3.0) / 2.0, (2.0 / 7.0 + 2.0 / 9.0) / 2.0});
        compareColumn(t, "coverage", {0.5, 1.0, 0.5});
        QVERIFY(t.omitted.empty());
    }

    void windowBorrowsFromShorterHorizons()
    {
        // w = int(0.5 × 6) = 3; rows sorted by horizon: [0, 3, 1, 4, 2, 5].
        const MetricsTable t =
            PerformanceMetrics::compute(handMadeFrame(), MetricsOptions{{}, 0.5, false});
        QVERIFY2(t.ok(), t.message.c_str());
        QCOMPARE(t.horizon, days({2, 3}));
        compareColumn(t, "mse", {31.0 / 3.0, 71.5});
        compareColumn(t, "rmse", {std::sqrt(31.0 / 3.0), std::sqrt(71.5)});
        compareColumn(t, "mae", {8.0 / 3.0, 23.5 / 3.0});
        compareColumn(t, "mape", {(1.1 + 0.1) / 3.0, (0.45 + 0.55) / 3.0});
        // The median borrows single rows: {0.1, 1, 0} and {0.25, 0.2, 1}.
        compareColumn(t, "mdape", {0.1, 0.25});
        compareColumn(t, "coverage", {(2.0 + 0.5) / 3.0, (1.0 + 1.0) / 3.0});
    }

    void windowOneIsTheOverallMeanAndMedian()
    {
        const CrossValidationFrame f = handMadeFrame();
        const MetricsTable t = PerformanceMetrics::compute(f, MetricsOptions{{}, 1.0, false});
        QVERIFY2(t.ok(), t.message.c_str());
        QCOMPARE(t.horizon, days({3}));
        compareColumn(t, "mse", {233.0 / 6.0});
        compareColumn(t, "mae", {29.0 / 6.0});
        compareColumn(t, "mape", {1.75 / 6.0});
        compareColumn(t, "mdape", {0.2});
        compareColumn(t, "coverage", {4.0 / 6.0});
    }

    void negativeWindowGivesOneRowPerRow()
    {
        const MetricsTable t = PerformanceMetrics::compute(
            handMadeFrame(), MetricsOptions{{"mse", "rmse"}, -1, false});
        QVERIFY2(t.ok(), t.message.c_str());
        QCOMPARE(t.horizon, days({1, 1, 2, 2, 3, 3}));
        QCOMPARE(namesOf(t), (std::vector<std::string>{"mse", "rmse"}));
        compareColumn(t, "mse", {4, 0, 4, 25, 100, 100});
        compareColumn(t, "rmse", {2, 0, 2, 5, 10, 10});
    }

    void metricsComeInTheOrderAskedFor()
    {
        const MetricsTable t = PerformanceMetrics::compute(
            handMadeFrame(), MetricsOptions{{"coverage", "mse", "mdape"}, 0.0, false});
        QVERIFY2(t.ok(), t.message.c_str());
        QCOMPARE(namesOf(t), (std::vector<std::string>{"coverage", "mse", "mdape"}));
    }

    void unknownOrRepeatedMetricsAreRefused()
    {
        const MetricsTable unknown =
            PerformanceMetrics::compute(handMadeFrame(), MetricsOptions{{"mase"}, 0.1, false});
        QCOMPARE(unknown.status, Status::InvalidInput);
        QVERIFY(unknown.message.find("mase") != std::string::npos);
        const MetricsTable twice = PerformanceMetrics::compute(
            handMadeFrame(), MetricsOptions{{"mse", "mse"}, 0.1, false});
        QCOMPARE(twice.status, Status::InvalidInput);
        const MetricsTable notANumber =
            PerformanceMetrics::compute(handMadeFrame(), MetricsOptions{{}, NAN, false});
        QCOMPARE(notANumber.status, Status::InvalidInput);
        QCOMPARE(PerformanceMetrics::compute(CrossValidationFrame{}).status, Status::InvalidInput);
    }

    void zeroActualLeavesOutPercentageErrorsWithTheReason()
    {
        CrossValidationFrame f = handMadeFrame();
        f.y[3] = 0;
        const MetricsTable t = PerformanceMetrics::compute(f, MetricsOptions{{}, 0.0, false});
        QVERIFY2(t.ok(), t.message.c_str());
        QCOMPARE(namesOf(t), (std::vector<std::string>{"mse", "rmse", "mae", "smape", "coverage"}));
        QCOMPARE(t.omitted.size(), std::size_t(2));
        QCOMPARE(t.omitted[0].first, std::string("mape"));
        QCOMPARE(t.omitted[1].first, std::string("mdape"));
        QVERIFY2(t.omitted[0].second.find("2020-02-11") != std::string::npos,
                 t.omitted[0].second.c_str());

        const MetricsTable onlyMape =
            PerformanceMetrics::compute(f, MetricsOptions{{"mape"}, 0.1, false});
        QCOMPARE(onlyMape.status, Status::InvalidInput);
        QVERIFY(onlyMape.message.find("percentage error") != std::string::npos);
    }

    void perfectZeroForecastHasZeroSmape()
    {
        CrossValidationFrame f = handMadeFrame();
        std::fill(f.y.begin(), f.y.end(), 0.0);
        std::fill(f.yhat.begin(), f.yhat.end(), 0.0);
        const MetricsTable t = PerformanceMetrics::compute(f, MetricsOptions{{}, 0.0, false});
        QVERIFY2(t.ok(), t.message.c_str());
        QCOMPARE(namesOf(t), (std::vector<std::string>{"mse", "rmse", "mae", "smape", "coverage"}));
        compareColumn(t, "smape", {0, 0, 0});
        compareColumn(t, "mse", {0, 0, 0});
    }

    void coverageNeedsIntervals()
    {
        CrossValidationFrame f = handMadeFrame();
        f.yhatLower.clear();
        f.yhatUpper.clear();
        const MetricsTable t = PerformanceMetrics::compute(f);
        QVERIFY2(t.ok(), t.message.c_str());
        QVERIFY(!t.column("coverage"));
        QCOMPARE(t.omitted.size(), std::size_t(1));
        QCOMPARE(t.omitted[0].first, std::string("coverage"));
    }

    void monthlyHorizonsCountCalendarMonths()
    {
        CrossValidationFrame f;
        const Timestamp cutoff = dateOf(2020, 1, 31);
        f.ds = {dateOf(2020, 2, 29), dateOf(2020, 3, 31), dateOf(2020, 4, 30)};
        f.cutoff = {cutoff, cutoff, cutoff};
        f.y = {1, 2, 3};
        f.yhat = {1, 1, 1};
        const MetricsTable t = PerformanceMetrics::compute(f, MetricsOptions{{"mae"}, 0, true});
        QVERIFY2(t.ok(), t.message.c_str());
        QVERIFY(t.monthly);
        QCOMPARE(t.horizon, (std::vector<std::int64_t>{1, 2, 3}));
        compareColumn(t, "mae", {0, 1, 2});
    }

    void baselinesAreScoredOnTheSameRows()
    {
        CrossValidationFrame f = handMadeFrame();
        f.naive = {20, 20, 20, 40, 40, 40};
        f.seasonalNaive = {10, 20, 40, 10, 5, 45};
        const MetricsOptions options{{}, 0.0, false};
        const MetricsTable model = PerformanceMetrics::compute(f, options);
        const BaselineComparison c = PerformanceMetrics::compareWithBaselines(f, model, options);
        QVERIFY2(c.naive.ok(), c.naive.message.c_str());
        QVERIFY2(c.seasonalNaive.ok(), c.seasonalNaive.message.c_str());
        QVERIFY(!c.naive.column("coverage"));
        // Naive errors [−10, 0, 20, −30, −35, 10]: mse by horizon (100 + 900) / 2, ...
        compareColumn(c.naive, "mse", {500.0, 612.5, 250.0});
        compareColumn(c.naiveRatio, "mse", {2.0 / 500.0, 14.5 / 612.5, 100.0 / 250.0});
        compareColumn(c.naiveRatio, "mae", {1.0 / 20.0, 3.5 / 17.5, 10.0 / 15.0});
        QVERIFY(!c.naiveRatio.column("coverage"));
        QCOMPARE(c.naiveRatio.omitted.size(), std::size_t(1));
        // Seasonal-naive errors [0, 0, 0, 0, 0, 5].
        compareColumn(c.seasonalNaive, "mae", {0.0, 0.0, 2.5});
        compareColumn(c.seasonalNaiveRatio, "mae", {INFINITY, INFINITY, 4.0});

        CrossValidationFrame without = handMadeFrame();
        const BaselineComparison none =
            PerformanceMetrics::compareWithBaselines(without, model, options);
        QVERIFY(!none.naive.ok());
        QVERIFY(!none.naiveRatio.ok());
    }

    void rMetricsOfTheModelDocument();
};

void TestPerformanceMetrics::rMetricsOfTheModelDocument()
{
    // §18.8: R 1.0 on the first 100 rows of the upstream test series, horizon 4 days,
    // period 10, initial 90: 16 rows, default window (w = 1). R's per-row predictions are
    // not published, so the engine refits every cutoff; those models have fewer than 100
    // rows and are fitted with Newton, whose end point agrees with R's to about 5e-6
    // relative (measured: mse 4.7632258 against 4.763248). The point metrics are therefore
    // held to 2e-5 (relative, absolute below 1); that the metric code itself is exact to 1e-12
    // is shown on the hand-made frame above. Coverage depends on random draws (R's generator
    // is not reproduced) and gets 0.25, one row of the four per horizon.
    PROGNOS_UPSTREAM_SERIES(series, "data.csv");
    const TimeSeries first100 = sliceRows(series, 0, 100);
    CrossValidationConfig cv;
    cv.horizon = CalendarSpan::days(4);
    cv.period = CalendarSpan::days(10);
    cv.initial = CalendarSpan::days(90);
    const CrossValidationResult result = CrossValidation::run(ProphetConfig{}, first100, cv);
    QVERIFY2(result.ok(), result.message.c_str());
    QCOMPARE(result.frame.size(), std::size_t(16));
    const MetricsTable t = PerformanceMetrics::compute(result.frame);
    QVERIFY2(t.ok(), t.message.c_str());
    QCOMPARE(t.horizon, days({1, 2, 3, 4}));
    const double relative = 2e-5;
    compareColumn(t, "mse", {4.763248, 10.451697, 13.319688, 14.595059}, relative);
    compareColumn(t, "rmse", {2.182487, 3.232908, 3.649615, 3.820348}, relative);
    compareColumn(t, "mae", {2.036087, 3.070677, 3.101520, 2.677543}, relative);
    compareColumn(t, "mape", {0.1039993, 0.1514495, 0.1464036, 0.1225028}, relative);
    compareColumn(t, "mdape", {0.1046976, 0.1308786, 0.1441952, 0.0826700}, relative);
    compareColumn(t, "smape", {0.1095662, 0.1649990, 0.1624002, 0.1389192}, relative);
    compareColumn(t, "coverage", {1.00, 0.75, 0.75, 0.75}, 0.25);
}

QTEST_GUILESS_MAIN(TestPerformanceMetrics)
#include "tst_performancemetrics.moc"
