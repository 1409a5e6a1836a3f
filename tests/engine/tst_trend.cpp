// The trend as the upstream Prophet tests assert it (model document §19.3): initial values
// (§5.4), changepoint placement (§4.2), the trend functions' unit values (§5.1–5.3) and flat
// growth.
#include "enginetestdata.h"

#include "engine/trend.h"

#include <QtTest>

#include <numeric>

using namespace prognos;
using namespace prognos::testing;

namespace {

/// The first 468 rows of the test series with cap = max(y) (§5.4).
TimeSeries cappedHead(const TimeSeries &series)
{
    TimeSeries head = sliceRows(series, 0, 468);
    const double cap = *std::max_element(head.y.begin(), head.y.end());
    head.cap.assign(head.size(), cap);
    return head;
}

Eigen::VectorXd values(std::initializer_list<double> list)
{
    Eigen::VectorXd v(Eigen::Index(list.size()));
    Eigen::Index i = 0;
    for (double x : list)
        v[i++] = x;
    return v;
}

} // namespace

class TestTrend : public QObject
{
    Q_OBJECT

private slots:
    void growthInitialValues_data()
    {
        QTest::addColumn<Growth>("growth");
        QTest::addColumn<Scaling>("scaling");
        QTest::addColumn<double>("k");
        QTest::addColumn<double>("m");
        QTest::addColumn<double>("tolerance");
        // §5.4, verified in R 1.0 and matching Python's test (logistic to 1e-4).
        QTest::newRow("linear absmax")
            << Growth::Linear << Scaling::AbsMax << 0.3055671 << 0.5307511 << 1e-7;
        QTest::newRow("logistic absmax")
            << Growth::Logistic << Scaling::AbsMax << 1.507925 << -0.08167497 << 1e-4;
        QTest::newRow("flat absmax")
            << Growth::Flat << Scaling::AbsMax << 0.0 << 0.49335657 << 1e-8;
        QTest::newRow("linear minmax")
            << Growth::Linear << Scaling::MinMax << 0.4053406 << 0.3775322 << 1e-7;
        QTest::newRow("logistic minmax")
            << Growth::Logistic << Scaling::MinMax << 1.782523 << 0.280521 << 1e-4;
        QTest::newRow("flat minmax")
            << Growth::Flat << Scaling::MinMax << 0.0 << 0.32792770 << 1e-8;
    }
    void growthInitialValues()
    {
        QFETCH(Growth, growth);
        QFETCH(Scaling, scaling);
        QFETCH(double, k);
        QFETCH(double, m);
        QFETCH(double, tolerance);
        PROGNOS_UPSTREAM_SERIES(series, "data.csv");
        ProphetConfig config;
        config.growth = growth;
        config.scaling = scaling;
        std::string message;
        const auto model = prepareModel(config, cappedHead(series), &message);
        QVERIFY2(model, message.c_str());
        QVERIFY2(std::abs(model->params.k - k) <= tolerance,
                 qPrintable(QStringLiteral("k %1").arg(model->params.k, 0, 'g', 10)));
        QVERIFY2(std::abs(model->params.m - m) <= tolerance,
                 qPrintable(QStringLiteral("m %1").arg(model->params.m, 0, 'g', 10)));
        QCOMPARE(model->params.sigmaObs, 1.0);
        QVERIFY(model->params.delta.isZero(0));
        QVERIFY(model->params.beta.isZero(0));
    }

    void changepointRowsOfTheWorkedExample()
    {
        // §4.2: 255 rows, defaults → hist_size 204 and these 0-based rows.
        PROGNOS_UPSTREAM_SERIES(series, "data.csv");
        const TimeSeries head = sliceRows(series, 0, 255);
        const auto model = prepareModel(ProphetConfig{}, head);
        QVERIFY(model);
        const std::vector<std::size_t> rows = {8,   16,  24,  32,  41,  49,  57,  65,  73,
                                               81,  89,  97,  106, 114, 122, 130, 138, 146,
                                               154, 162, 171, 179, 187, 195, 203};
        QCOMPARE(model->nChangepoints, 25);
        QCOMPARE(model->changepoints.size(), rows.size());
        for (std::size_t j = 0; j < rows.size(); ++j)
            QCOMPARE(model->changepoints[j], head.ds[rows[j]]);
        QCOMPARE(model->changepoints.front(), isoDate("2012-05-31"));
        QCOMPARE(model->changepoints.back(), isoDate("2013-03-13"));
    }

    void changepointRange()
    {
        PROGNOS_UPSTREAM_SERIES(series, "data.csv");
        const TimeSeries head = sliceRows(series, 0, 255);
        const auto model = prepareModel(ProphetConfig{}, head);
        QVERIFY(model);
        QCOMPARE(model->changepointsT.size(), Eigen::Index(25));
        QVERIFY(model->changepointsT.minCoeff() > 0);
        const double t204 = double(head.ds[204] - model->start) / model->tScaleMs;
        QVERIFY(model->changepointsT.maxCoeff() <= t204);

        ProphetConfig narrow;
        narrow.changepointRange = 0.4;
        const auto narrowModel = prepareModel(narrow, head);
        QVERIFY(narrowModel);
        QCOMPARE(narrowModel->changepointsT.size(), Eigen::Index(25));
        QVERIFY(narrowModel->changepointsT.minCoeff() > 0);
        const double t102 = double(head.ds[102] - narrowModel->start) / narrowModel->tScaleMs;
        QVERIFY(narrowModel->changepointsT.maxCoeff() <= t102);
    }

    void changepointRangeOutsideZeroToOne_data()
    {
        QTest::addColumn<double>("range");
        QTest::newRow("-0.1") << -0.1;
        QTest::newRow("2") << 2.0;
    }
    void changepointRangeOutsideZeroToOne()
    {
        QFETCH(double, range);
        ProphetConfig config;
        config.changepointRange = range;
        QVERIFY(!config.validate().empty());
        const FitResult fit = Prophet::fit(config, dailySeries(dateOf(2020, 1, 1), {1, 2, 3, 4}));
        QCOMPARE(fit.status, Status::InvalidInput);
        QVERIFY2(QString::fromStdString(fit.message).contains(QStringLiteral("changepoint_range")),
                 fit.message.c_str());
    }

    void noChangepointsGiveOneDummyAtZero()
    {
        PROGNOS_UPSTREAM_SERIES(series, "data.csv");
        ProphetConfig config;
        config.nChangepoints = 0;
        const auto model = prepareModel(config, sliceRows(series, 0, 255));
        QVERIFY(model);
        QCOMPARE(model->nChangepoints, 0);
        QVERIFY(model->changepoints.empty());
        QCOMPARE(model->changepointsT.size(), Eigen::Index(1));
        QCOMPARE(model->changepointsT[0], 0.0);
    }

    void fifteenChangepointsOnTwentyRows()
    {
        PROGNOS_UPSTREAM_SERIES(series, "data.csv");
        ProphetConfig config;
        config.nChangepoints = 15;
        const auto model = prepareModel(config, sliceRows(series, 0, 20));
        QVERIFY(model);
        QCOMPARE(model->nChangepoints, 15); // hist_size 16 leaves room for 15
        QCOMPARE(model->changepointsT.size(), Eigen::Index(15));
    }

    void unknownGrowthIsRejected()
    {
        QVERIFY(!growthFromString("constant"));
        QCOMPARE(growthFromString("linear"), std::optional<Growth>(Growth::Linear));
        QCOMPARE(growthFromString("logistic"), std::optional<Growth>(Growth::Logistic));
        QCOMPARE(growthFromString("flat"), std::optional<Growth>(Growth::Flat));
    }

    void piecewiseUnitValues_data()
    {
        QTest::addColumn<bool>("tail");
        QTest::newRow("t = 0..10") << false;
        QTest::newRow("t = 8, 9, 10") << true;
    }
    void piecewiseUnitValues()
    {
        // §5.2: k = 1, m = 0, one changepoint at 5 with δ = 0.5, cap 10.
        QFETCH(bool, tail);
        const Eigen::VectorXd all = Eigen::VectorXd::LinSpaced(11, 0, 10);
        const Eigen::VectorXd t = tail ? Eigen::VectorXd(all.tail(3)) : all;
        const Eigen::VectorXd changepoints = values({5.0});
        const Eigen::VectorXd delta = values({0.5});
        const Eigen::VectorXd cap = Eigen::VectorXd::Constant(t.size(), 10.0);
        const Eigen::VectorXd linearAll = values({0, 1, 2, 3, 4, 5, 6.5, 8, 9.5, 11, 12.5});
        const Eigen::VectorXd logisticAll =
            values({5.000000, 7.310586, 8.807971, 9.525741, 9.820138, 9.933071, 9.984988, 9.996646,
                    9.999252, 9.999833, 9.999963});
        const Eigen::Index first = tail ? 8 : 0;

        const Eigen::VectorXd linear = Trend::linear(t, changepoints, 1.0, 0.0, delta);
        const Eigen::VectorXd logistic = Trend::logistic(t, changepoints, 1.0, 0.0, delta, cap);
        const Eigen::VectorXd flat =
            Trend::evaluate(Growth::Flat, t, changepoints, 1.0, 0.5, delta, cap);
        for (Eigen::Index i = 0; i < t.size(); ++i) {
            QVERIFY(std::abs(linear[i] - linearAll[first + i]) < 1e-12);
            QVERIFY2(std::abs(logistic[i] - logisticAll[first + i]) < 5e-7,
                     qPrintable(QStringLiteral("t %1: %2").arg(t[i]).arg(logistic[i], 0, 'g', 8)));
            QCOMPARE(flat[i], 0.5);
        }
    }

    void flatGrowth_data()
    {
        QTest::addColumn<Scaling>("scaling");
        QTest::newRow("absmax") << Scaling::AbsMax;
        QTest::newRow("minmax") << Scaling::MinMax;
    }
    void flatGrowth()
    {
        // 56 daily points from 2020-01-01, y = 30 + sin(8x), x evenly spaced over [0, 2π];
        // fewer than 100 rows, so Newton's method fits.
        QFETCH(Scaling, scaling);
        std::vector<double> y;
        for (int i = 0; i < 56; ++i)
            y.push_back(30 + std::sin(8 * (2 * M_PI * i / 55.0)));
        ProphetConfig config;
        config.growth = Growth::Flat;
        config.scaling = scaling;
        config.uncertaintySamples = 0;
        const FitResult fit = Prophet::fit(config, dailySeries(dateOf(2020, 1, 1), y));
        QVERIFY2(fit.ok(), fit.message.c_str());
        QCOMPARE(fit.model->algorithmUsed, std::string("newton"));
        QVERIFY2(std::abs(fit.model->params.k) < 1e-12,
                 qPrintable(QStringLiteral("k %1").arg(fit.model->params.k)));
        const TimeSeries future = Prophet::makeFutureFrame(*fit.model, 10, Frequency{});
        const PredictResult predicted = Prophet::predict(*fit.model, future);
        QVERIFY2(predicted.ok(), predicted.message.c_str());
        const std::vector<double> &trend = *predicted.forecast.column("trend");
        const double level = fit.model->params.m * fit.model->yScale + fit.model->yMin;
        for (double value : trend) {
            QVERIFY(std::abs(value - level) < 1e-9);
            QCOMPARE(std::round(value), 30.0);
        }
    }

    void userChangepointsAreSortedInTime()
    {
        // §4.1: given dates need not be observed or sorted and ignore changepoint_range.
        PROGNOS_UPSTREAM_SERIES(series, "data.csv");
        ProphetConfig config;
        config.changepoints = std::vector<Timestamp>{isoDate("2014-05-25"), isoDate("2012-06-02"),
                                                     isoDate("2013-01-01")};
        std::string message;
        const auto model = prepareModel(config, series, &message);
        QVERIFY2(model, message.c_str());
        QCOMPARE(model->nChangepoints, 3);
        QCOMPARE(model->changepointsT.size(), Eigen::Index(3));
        QVERIFY(std::is_sorted(model->changepointsT.begin(), model->changepointsT.end()));
        QVERIFY(model->changepointsT[2] > 0.99); // 2014-05-25, past 80 % of the history

        config.changepoints = std::vector<Timestamp>{};
        const auto none = prepareModel(config, series);
        QVERIFY(none);
        QCOMPARE(none->nChangepoints, 0);
        QCOMPARE(none->changepointsT.size(), Eigen::Index(1));
    }

    void changepointRowsRoundHalfToEven_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<std::vector<int>>("expected");
        // §4.2: 8 rows → hist_size 6, positions 2.5 and 5; 13 rows → hist_size 10, 4.5 and 9.
        QTest::newRow("2.5 rounds to 2") << 8 << std::vector<int>{2, 5};
        QTest::newRow("4.5 rounds to 4") << 13 << std::vector<int>{4, 9};
    }
    void changepointRowsRoundHalfToEven()
    {
        QFETCH(int, rows);
        QFETCH(std::vector<int>, expected);
        std::vector<double> y(static_cast<std::size_t>(rows));
        std::iota(y.begin(), y.end(), 0.0);
        const TimeSeries s = dailySeries(dateOf(2024, 1, 1), y);
        ProphetConfig config;
        config.nChangepoints = 2;
        const auto model = prepareModel(config, s);
        QVERIFY(model);
        std::vector<Timestamp> dates;
        for (int row : expected)
            dates.push_back(s.ds[std::size_t(row)]);
        QCOMPARE(model->changepoints, dates);
    }
};

QTEST_APPLESS_MAIN(TestTrend)
#include "tst_trend.moc"
