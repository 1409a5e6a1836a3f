// Fit and predict as the upstream Prophet tests assert it (model document §19.1) and the
// shape of predict's output (§9.1, §10.4, §11.2, §12.1): dates, columns, the optimizer chosen
// and the noise-only bands of the history.
#include "enginetestdata.h"

#include <QtTest>

#include <set>

using namespace prognos;
using namespace prognos::testing;

class TestFitPredict : public QObject
{
    Q_OBJECT

private slots:
    void withoutSeasonalityTheForecastKeepsTheRequestedDates()
    {
        PROGNOS_UPSTREAM_SERIES(series, "data.csv");
        ProphetConfig config;
        config.weeklySeasonality = SeasonalitySwitch::off();
        config.yearlySeasonality = SeasonalitySwitch::off();
        config.uncertaintySamples = 0;
        const FitResult fit = Prophet::fit(config, sliceRows(series, 0, 480));
        QVERIFY2(fit.ok(), fit.message.c_str());
        const TimeSeries future = Prophet::makeFutureFrame(*fit.model, 30, Frequency{}, false);
        const PredictResult predicted = Prophet::predict(*fit.model, future);
        QVERIFY2(predicted.ok(), predicted.message.c_str());
        QCOMPARE(predicted.forecast.ds, future.ds);
    }

    void noChangepoints()
    {
        PROGNOS_UPSTREAM_SERIES(series, "data.csv");
        ProphetConfig config;
        config.nChangepoints = 0;
        config.uncertaintySamples = 0;
        const FitResult fit = Prophet::fit(config, sliceRows(series, 0, 255));
        QVERIFY2(fit.ok(), fit.message.c_str());
        QCOMPARE(fit.model->nChangepoints, 0);
        QCOMPARE(fit.model->changepointsT.size(), Eigen::Index(1));
        QCOMPARE(fit.model->changepointsT[0], 0.0);
        QCOMPARE(fit.model->params.delta.cwiseAbs().sum(), 0.0); // folded into k (§4.4)
        const PredictResult predicted = Prophet::predict(*fit.model, sliceRows(series, 255, 255));
        QVERIFY2(predicted.ok(), predicted.message.c_str());
        QCOMPARE(predicted.forecast.size(), std::size_t(255));
    }

    void userChangepointInsideAGap()
    {
        PROGNOS_UPSTREAM_SERIES(series, "data.csv");
        TimeSeries train;
        for (std::size_t i = 0; i < series.size(); ++i) {
            if (series.ds[i] > isoDate("2013-01-01") && series.ds[i] < isoDate("2014-01-01"))
                continue;
            train.ds.push_back(series.ds[i]);
            train.y.push_back(series.y[i]);
        }
        QVERIFY(train.size() < 300);
        ProphetConfig config;
        config.changepoints = std::vector<Timestamp>{isoDate("2013-06-06")};
        config.uncertaintySamples = 0;
        const FitResult fit = Prophet::fit(config, train);
        QVERIFY2(fit.ok(), fit.message.c_str());
        QCOMPARE(fit.model->nChangepoints, 1);
        TimeSeries all;
        all.ds = series.ds;
        const PredictResult predicted = Prophet::predict(*fit.model, all);
        QVERIFY2(predicted.ok(), predicted.message.c_str());
        QCOMPARE(predicted.forecast.size(), std::size_t(510));
    }

    void duplicatedDates()
    {
        PROGNOS_UPSTREAM_SERIES(series, "data.csv");
        TimeSeries train = sliceRows(series, 0, 255);
        for (std::size_t i = 0; i < 255; ++i) {
            train.ds.push_back(series.ds[i]);
            train.y.push_back(series.y[i] + 10);
        }
        ProphetConfig config;
        config.uncertaintySamples = 0;
        const FitResult fit = Prophet::fit(config, train);
        QVERIFY2(fit.ok(), fit.message.c_str());
        QCOMPARE(fit.model->history.size(), std::size_t(510));
        QCOMPARE(fit.model->historyDates.size(), std::size_t(255));
        const PredictResult predicted = Prophet::predict(*fit.model, sliceRows(series, 255, 255));
        QVERIFY2(predicted.ok(), predicted.message.c_str());
        for (double v : *predicted.forecast.column("yhat"))
            QVERIFY(std::isfinite(v));
    }

    void constantHistory_data()
    {
        QTest::addColumn<double>("value");
        QTest::newRow("zero") << 0.0;
        QTest::newRow("twenty") << 20.0;
    }
    void constantHistory()
    {
        QFETCH(double, value);
        PROGNOS_UPSTREAM_SERIES(series, "data.csv");
        TimeSeries train = sliceRows(series, 0, 255);
        std::fill(train.y.begin(), train.y.end(), value);
        const FitResult fit = Prophet::fit(ProphetConfig{}, train);
        QVERIFY2(fit.ok(), fit.message.c_str());
        QCOMPARE(fit.model->algorithmUsed, std::string("constant"));
        TimeSeries future;
        future.ds.assign(series.ds.begin() + 255, series.ds.end());
        const PredictResult predicted = Prophet::predict(*fit.model, future);
        QVERIFY2(predicted.ok(), predicted.message.c_str());
        QCOMPARE(predicted.forecast.column("yhat")->back(), value);
    }

    void pointForecastColumns()
    {
        PROGNOS_UPSTREAM_SERIES(series, "data.csv");
        ProphetConfig config;
        config.uncertaintySamples = 0;
        const FitResult fit = Prophet::fit(config, sliceRows(series, 0, 255));
        QVERIFY2(fit.ok(), fit.message.c_str());
        const PredictResult predicted = Prophet::predict(*fit.model, sliceRows(series, 255, 255));
        QVERIFY2(predicted.ok(), predicted.message.c_str());
        const std::set<std::string> allowed = {"ds",     "trend", "additive_terms",
                                               "weekly", "yhat",  "multiplicative_terms"};
        for (const std::string &name : predicted.forecast.columnNames())
            QVERIFY2(allowed.count(name), name.c_str());
    }

    void columnsInPythonOrder()
    {
        // §11.2: the default additive model with weekly seasonality.
        PROGNOS_UPSTREAM_SERIES(series, "data.csv");
        ProphetConfig config;
        config.uncertaintySamples = 200;
        const FitResult fit = Prophet::fit(config, sliceRows(series, 0, 255));
        QVERIFY2(fit.ok(), fit.message.c_str());
        const PredictResult predicted = Prophet::predict(*fit.model, sliceRows(series, 255, 10));
        QVERIFY2(predicted.ok(), predicted.message.c_str());
        const std::vector<std::string> expected = {"ds",
                                                   "trend",
                                                   "yhat_lower",
                                                   "yhat_upper",
                                                   "trend_lower",
                                                   "trend_upper",
                                                   "additive_terms",
                                                   "additive_terms_lower",
                                                   "additive_terms_upper",
                                                   "weekly",
                                                   "weekly_lower",
                                                   "weekly_upper",
                                                   "multiplicative_terms",
                                                   "multiplicative_terms_lower",
                                                   "multiplicative_terms_upper",
                                                   "yhat"};
        QCOMPARE(predicted.forecast.columnNames(), expected);
    }

    void logisticFloorColumnsFollowTrend()
    {
        PROGNOS_UPSTREAM_SERIES(series, "data.csv");
        TimeSeries train = sliceRows(series, 0, 255);
        train.cap.assign(train.size(), 80);
        train.floor.assign(train.size(), 10);
        ProphetConfig config;
        config.growth = Growth::Logistic;
        config.uncertaintySamples = 0;
        const FitResult fit = Prophet::fit(config, train);
        QVERIFY2(fit.ok(), fit.message.c_str());
        TimeSeries future = Prophet::makeFutureFrame(*fit.model, 5, Frequency{}, false);
        future.cap.assign(5, 80);
        QCOMPARE(Prophet::predict(*fit.model, future).status, Status::InvalidInput); // no floor
        future.floor.assign(5, 10);
        const PredictResult predicted = Prophet::predict(*fit.model, future);
        QVERIFY2(predicted.ok(), predicted.message.c_str());
        const std::vector<std::string> names = predicted.forecast.columnNames();
        QCOMPARE(std::vector<std::string>(names.begin(), names.begin() + 4),
                 (std::vector<std::string>{"ds", "trend", "cap", "floor"}));
        for (double trend : *predicted.forecast.column("trend"))
            QVERIFY(trend > 10 && trend < 80);
    }

    void placeholderColumnIsNotPredicted()
    {
        // §9.1 step 4: a model without features fits one all-zero column that Python drops.
        PROGNOS_UPSTREAM_SERIES(series, "data.csv");
        ProphetConfig config;
        config.weeklySeasonality = SeasonalitySwitch::off();
        config.yearlySeasonality = SeasonalitySwitch::off();
        config.uncertaintySamples = 0;
        const FitResult fit = Prophet::fit(config, sliceRows(series, 0, 255));
        QVERIFY2(fit.ok(), fit.message.c_str());
        QCOMPARE(fit.model->featureNames, std::vector<std::string>{"zeros"});
        QCOMPARE(fit.model->params.beta.size(), Eigen::Index(1));
        const PredictResult predicted = Prophet::predict(*fit.model, sliceRows(series, 255, 5));
        QVERIFY2(predicted.ok(), predicted.message.c_str());
        QCOMPARE(predicted.forecast.columnNames(),
                 (std::vector<std::string>{"ds", "trend", "additive_terms", "multiplicative_terms",
                                           "yhat"}));
        QCOMPARE(*predicted.forecast.column("yhat"), *predicted.forecast.column("trend"));
    }

    void optimizerByHistoryLength_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<QString>("algorithm");
        QTest::newRow("99 rows") << 99 << "newton";
        QTest::newRow("100 rows") << 100 << "lbfgs";
    }
    void optimizerByHistoryLength()
    {
        QFETCH(int, rows);
        QFETCH(QString, algorithm);
        PROGNOS_UPSTREAM_SERIES(series, "data.csv");
        ProphetConfig config;
        config.uncertaintySamples = 0;
        const FitResult fit = Prophet::fit(config, sliceRows(series, 0, std::size_t(rows)));
        QVERIFY2(fit.ok(), fit.message.c_str());
        QCOMPARE(QString::fromStdString(fit.model->algorithmUsed), algorithm);
    }

    void constantLogisticHistoryIsOptimized()
    {
        PROGNOS_UPSTREAM_SERIES(series, "data.csv");
        TimeSeries train = sliceRows(series, 0, 120);
        std::fill(train.y.begin(), train.y.end(), 20.0);
        train.cap.assign(train.size(), 40);
        ProphetConfig config;
        config.growth = Growth::Logistic;
        config.uncertaintySamples = 0;
        const FitResult fit = Prophet::fit(config, train);
        QVERIFY2(fit.ok(), fit.message.c_str());
        QVERIFY(fit.model->algorithmUsed != "constant"); // §10.4: only linear and flat skip
    }

    void intervalsFollowTheSeed()
    {
        PROGNOS_UPSTREAM_SERIES(series, "data.csv");
        ProphetConfig config;
        config.uncertaintySamples = 1000;
        const FitResult fit = Prophet::fit(config, sliceRows(series, 0, 255));
        QVERIFY2(fit.ok(), fit.message.c_str());
        const TimeSeries frame = Prophet::makeFutureFrame(*fit.model, 60, Frequency{}, true);
        const PredictResult first = Prophet::predict(*fit.model, frame);
        const PredictResult again = Prophet::predict(*fit.model, frame);
        FittedModel reseeded = *fit.model;
        reseeded.config.seed += 1;
        const PredictResult other = Prophet::predict(reseeded, frame);
        QVERIFY(first.ok() && again.ok() && other.ok());
        for (const char *column : {"yhat_lower", "yhat_upper", "trend_lower", "trend_upper"}) {
            QCOMPARE(*first.forecast.column(column), *again.forecast.column(column));
            QVERIFY(*first.forecast.column(column) != *other.forecast.column(column));
        }
        QCOMPARE(*first.forecast.column("yhat"), *other.forecast.column("yhat"));
    }

    void historyBandsComeFromNoiseOnly()
    {
        // §12.1: with MAP the history has no trend uncertainty, and the 80 % band of yhat is
        // about ±1.2816·σ·y_scale.
        PROGNOS_UPSTREAM_SERIES(series, "data.csv");
        ProphetConfig config;
        config.uncertaintySamples = 1000;
        const FitResult fit = Prophet::fit(config, sliceRows(series, 0, 255));
        QVERIFY2(fit.ok(), fit.message.c_str());
        const PredictResult predicted = Prophet::predict(*fit.model, fit.model->history);
        QVERIFY2(predicted.ok(), predicted.message.c_str());
        const Forecast &f = predicted.forecast;
        const double halfWidth = 1.2815516 * fit.model->params.sigmaObs * fit.model->yScale;
        double meanWidth = 0;
        for (std::size_t i = 0; i < f.size(); ++i) {
            QCOMPARE(f.column("trend_lower")->at(i), f.column("trend")->at(i));
            QCOMPARE(f.column("trend_upper")->at(i), f.column("trend")->at(i));
            QCOMPARE(f.column("weekly_lower")->at(i), f.column("weekly")->at(i));
            meanWidth += (f.column("yhat_upper")->at(i) - f.column("yhat_lower")->at(i)) / 2;
        }
        meanWidth /= double(f.size());
        QVERIFY2(
            std::abs(meanWidth / halfWidth - 1) < 0.03,
            qPrintable(QStringLiteral("half width %1, expected %2").arg(meanWidth).arg(halfWidth)));
    }
};

QTEST_APPLESS_MAIN(TestFitPredict)
#include "tst_fitpredict.moc"
