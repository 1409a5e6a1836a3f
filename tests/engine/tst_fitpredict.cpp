// Fit and predict as the upstream Prophet tests assert it (model document §19.1) and the
// reference numbers of §18: forecast errors of the 480-row fits, the large-number series, the
// objective at R's optimum and the serialized prediction fixture.
#include "enginetestdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <set>

using namespace prognos;
using namespace prognos::testing;

namespace {

/// Fits the first `trainRows` rows, forecasts the next 30 calendar days and returns the RMSE
/// against the y of the last 30 rows, compared by position as the upstream test does.
double thirtyDayRmse(const ProphetConfig &config, const TimeSeries &series, std::size_t trainRows,
                     QString &problem)
{
    const FitResult fit = Prophet::fit(config, sliceRows(series, 0, trainRows));
    if (!fit.ok()) {
        problem = QString::fromStdString(fit.message);
        return NAN;
    }
    const TimeSeries future = Prophet::makeFutureFrame(*fit.model, 30, Frequency{}, false);
    const PredictResult predicted = Prophet::predict(*fit.model, future);
    if (!predicted.ok()) {
        problem = QString::fromStdString(predicted.message);
        return NAN;
    }
    const TimeSeries test = sliceRows(series, series.size() - 30, 30);
    return rmse(*predicted.forecast.column("yhat"), test.y);
}

QJsonObject readJsonObject(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

/// A JSON document stored as a JSON string (as Prophet's model_to_json writes it).
QJsonObject readNestedJson(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

std::vector<double> doubles(const QJsonArray &array)
{
    std::vector<double> values;
    for (const QJsonValue &v : array)
        values.push_back(v.toDouble());
    return values;
}

Eigen::VectorXd vectorOf(const QJsonArray &array)
{
    const std::vector<double> values = doubles(array);
    return Eigen::Map<const Eigen::VectorXd>(values.data(), Eigen::Index(values.size()));
}

ModelParameters parametersOf(const QJsonObject &fit)
{
    ModelParameters p;
    p.k = fit.value("k").toDouble();
    p.m = fit.value("m").toDouble();
    p.sigmaObs = fit.value("sigma_obs").toDouble();
    p.delta = vectorOf(fit.value("delta").toArray());
    p.beta = vectorOf(fit.value("beta").toArray());
    return p;
}

} // namespace

class TestFitPredict : public QObject
{
    Q_OBJECT

private slots:
    void forecastErrorOf480RowFit_data()
    {
        QTest::addColumn<Algorithm>("algorithm");
        QTest::addColumn<Scaling>("scaling");
        QTest::addColumn<double>("expected");
        QTest::addColumn<double>("tolerance");
        // Python Prophet's expected RMSE and relative tolerance (§19.1).
        QTest::newRow("lbfgs absmax") << Algorithm::Auto << Scaling::AbsMax << 10.64 << 0.10;
        QTest::newRow("lbfgs minmax") << Algorithm::Auto << Scaling::MinMax << 11.13 << 0.10;
        QTest::newRow("newton absmax") << Algorithm::Newton << Scaling::AbsMax << 23.44 << 0.01;
        QTest::newRow("newton minmax") << Algorithm::Newton << Scaling::MinMax << 11.29 << 0.01;
    }
    void forecastErrorOf480RowFit()
    {
        QFETCH(Algorithm, algorithm);
        QFETCH(Scaling, scaling);
        QFETCH(double, expected);
        QFETCH(double, tolerance);
        PROGNOS_UPSTREAM_SERIES(series, "data.csv");
        QCOMPARE(series.size(), std::size_t(510));
        ProphetConfig config;
        config.algorithm = algorithm;
        config.scaling = scaling;
        config.uncertaintySamples = 0;
        QString problem;
        const double error = thirtyDayRmse(config, series, 480, problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        qInfo("RMSE %.4f (Prophet %.2f)", error, expected);
        QVERIFY2(std::abs(error - expected) <= tolerance * expected,
                 qPrintable(QStringLiteral("RMSE %1, expected %2 ± %3 %")
                                .arg(error)
                                .arg(expected)
                                .arg(100 * tolerance)));
    }

    void futureOf480RowFitIsThirtyCalendarDays()
    {
        PROGNOS_UPSTREAM_SERIES(series, "data.csv");
        const auto model = prepareModel(ProphetConfig{}, sliceRows(series, 0, 480));
        QVERIFY(model);
        const TimeSeries future = Prophet::makeFutureFrame(*model, 30, Frequency{}, false);
        QCOMPARE(future.size(), std::size_t(30));
        QCOMPARE(future.ds.front(), isoDate("2014-04-17"));
        QCOMPARE(future.ds.back(), isoDate("2014-05-16"));
    }

    void largeNumbers_data()
    {
        QTest::addColumn<Scaling>("scaling");
        QTest::addColumn<double>("expected");
        QTest::newRow("absmax") << Scaling::AbsMax << 127.01;
        QTest::newRow("minmax") << Scaling::MinMax << 93.45;
    }
    void largeNumbers()
    {
        QFETCH(Scaling, scaling);
        QFETCH(double, expected);
        PROGNOS_UPSTREAM_SERIES(series, "data3.csv");
        QCOMPARE(series.size(), std::size_t(70));
        ProphetConfig config;
        config.scaling = scaling;
        config.roundParameters = true; // Python's 6 significant digits (§10.7)
        config.uncertaintySamples = 0;
        QString problem;
        const double error = thirtyDayRmse(config, series, 40, problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        qInfo("RMSE %.4f (Prophet %.2f)", error, expected);
        QVERIFY2(std::abs(error - expected) <= 0.01 * expected,
                 qPrintable(QStringLiteral("RMSE %1, expected %2 ± 1 %").arg(error).arg(expected)));
    }

    void objectiveAtROptimum_data()
    {
        QTest::addColumn<QString>("algorithm");
        QTest::addColumn<double>("expected");
        // §18.1: Stan's reported log posterior at R's optimum.
        QTest::newRow("LBFGS") << QStringLiteral("LBFGS") << 1142.85011122037;
        QTest::newRow("Newton") << QStringLiteral("Newton") << 1147.27901669571;
    }
    void objectiveAtROptimum()
    {
        QFETCH(QString, algorithm);
        QFETCH(double, expected);
        PROGNOS_UPSTREAM_SERIES(series, "data.csv");
        const QString reference = upstreamFile(QStringLiteral("r10_reference_fit480.json"));
        if (reference.isEmpty())
            QSKIP("r10_reference_fit480.json is not on this machine.");
        const QJsonObject rFit = readJsonObject(reference).value(algorithm).toObject();
        const auto model = prepareModel(ProphetConfig{}, sliceRows(series, 0, 480));
        QVERIFY(model);
        const double lp = Prophet::logPosterior(*model, parametersOf(rFit));
        QVERIFY2(std::abs(lp - expected) <= 1e-9 * expected,
                 qPrintable(QStringLiteral("lp %1").arg(lp, 0, 'g', 15)));
    }

    void predictionFromRParameters_data() { objectiveAtROptimum_data(); }
    void predictionFromRParameters()
    {
        QFETCH(QString, algorithm);
        PROGNOS_UPSTREAM_SERIES(series, "data.csv");
        const QString reference = upstreamFile(QStringLiteral("r10_reference_fit480.json"));
        if (reference.isEmpty())
            QSKIP("r10_reference_fit480.json is not on this machine.");
        const QJsonObject rFit = readJsonObject(reference).value(algorithm).toObject();
        ProphetConfig config;
        config.uncertaintySamples = 0;
        const auto prepared = prepareModel(config, sliceRows(series, 0, 480));
        QVERIFY(prepared);
        FittedModel model = *prepared;

        // Setup of §18.2: weekly only, 25 changepoints, the scales R used.
        QCOMPARE(model.featureNames.size(), std::size_t(6));
        QCOMPARE(model.yScale, rFit.value("y_scale").toDouble());
        QCOMPARE(model.tScaleMs, 1000 * rFit.value("t_scale_seconds").toDouble());
        QCOMPARE(model.start, isoDate("2012-05-18"));
        const std::vector<double> rChangepointsT = doubles(rFit.value("changepoints_t").toArray());
        QCOMPARE(model.changepointsT.size(), Eigen::Index(25));
        for (Eigen::Index j = 0; j < 25; ++j)
            QVERIFY(std::abs(model.changepointsT[j] - rChangepointsT[std::size_t(j)]) < 1e-12);

        model.params = parametersOf(rFit);
        const PredictResult predicted =
            Prophet::predict(model, Prophet::makeFutureFrame(model, 30, Frequency{}, false));
        QVERIFY2(predicted.ok(), predicted.message.c_str());
        const double tolerance = 1e-9 * (72.03 - 17.73);
        for (const char *column : {"trend", "weekly", "yhat"}) {
            const std::vector<double> theirs =
                doubles(rFit.value(QStringLiteral("future_%1").arg(column)).toArray());
            const std::vector<double> &ours = *predicted.forecast.column(column);
            QCOMPARE(ours.size(), theirs.size());
            for (std::size_t i = 0; i < ours.size(); ++i)
                QVERIFY2(std::abs(ours[i] - theirs[i]) <= tolerance,
                         qPrintable(QStringLiteral("%1 row %2: %3 vs %4")
                                        .arg(column)
                                        .arg(i)
                                        .arg(ours[i], 0, 'g', 15)
                                        .arg(theirs[i], 0, 'g', 15)));
        }
        const double error = rmse(*predicted.forecast.column("yhat"), sliceRows(series, 480, 30).y);
        QVERIFY(std::abs(error - rFit.value("rmse_vs_last30").toDouble()) < 1e-9);
    }

    void serializedModelFixture()
    {
        // §15 and §18.6: Prophet 1.0.1's stored model of 20 daily rows (y = 0..19, weekly
        // seasonality, 15 changepoints); its yhat 10 days on is 29.282810844704414.
        const QString path = upstreamFile(QStringLiteral("ser101.json"));
        if (path.isEmpty())
            QSKIP("ser101.json is not on this machine (set PROGNOS_SHARED_DIR).");
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray wrapped = QJsonDocument::fromJson("[" + file.readAll() + "]").array();
        const QJsonObject stored = readNestedJson(wrapped.at(0).toString());
        QCOMPARE(stored.value("__prophet_version").toString(), QStringLiteral("1.0.1"));

        TimeSeries history;
        const QJsonArray rows =
            readNestedJson(stored.value("history").toString()).value("data").toArray();
        for (const QJsonValue &row : rows) {
            const QString ds = row.toObject().value("ds").toString().left(10);
            history.ds.push_back(isoDate(ds.toLatin1().constData()));
            history.y.push_back(row.toObject().value("y").toDouble());
        }
        QCOMPARE(history.size(), std::size_t(20));

        ProphetConfig config;
        config.nChangepoints = stored.value("n_changepoints").toInt();
        config.changepointRange = stored.value("changepoint_range").toDouble();
        const QJsonObject weekly =
            stored.value("seasonalities").toArray().at(1).toObject().value("weekly").toObject();
        config.weeklySeasonality =
            SeasonalitySwitch::withOrder(weekly.value("fourier_order").toInt());
        config.uncertaintySamples = 0;
        const auto prepared = prepareModel(config, history);
        QVERIFY(prepared);
        FittedModel model = *prepared;

        // The settings the file stores are the ones the engine derives.
        QCOMPARE(model.yScale, stored.value("y_scale").toDouble());
        QCOMPARE(double(model.start), 1000 * stored.value("start").toDouble());
        QCOMPARE(model.tScaleMs, 1000 * stored.value("t_scale").toDouble());
        QCOMPARE(model.nChangepoints, 15);
        const std::vector<double> changepointsT = doubles(stored.value("changepoints_t").toArray());
        QCOMPARE(model.changepointsT.size(), Eigen::Index(15));
        for (Eigen::Index j = 0; j < 15; ++j)
            QVERIFY(std::abs(model.changepointsT[j] - changepointsT[std::size_t(j)]) < 1e-15);
        QCOMPARE(model.seasonalities.size(), std::size_t(1));
        QCOMPARE(model.seasonalities[0].period, weekly.value("period").toDouble());

        const QJsonObject params = stored.value("params").toObject();
        auto first = [&](const char *name) { return params.value(name).toArray().at(0).toArray(); };
        model.params.k = first("k").at(0).toDouble();
        model.params.m = first("m").at(0).toDouble();
        model.params.sigmaObs = first("sigma_obs").at(0).toDouble();
        model.params.delta = vectorOf(first("delta"));
        model.params.beta = vectorOf(first("beta"));

        const TimeSeries future = Prophet::makeFutureFrame(model, 10, Frequency{}, false);
        QCOMPARE(future.ds.back(), isoDate("2020-01-30"));
        const PredictResult predicted = Prophet::predict(model, future);
        QVERIFY2(predicted.ok(), predicted.message.c_str());
        const double yhat = predicted.forecast.column("yhat")->back();
        const double expected = 29.282810844704414;
        QVERIFY2(std::abs(yhat - expected) <= 1e-9 * expected,
                 qPrintable(QStringLiteral("yhat %1").arg(yhat, 0, 'g', 17)));
    }

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

    void fitIsAtLeastAsGoodAsStan_data() { objectiveAtROptimum_data(); }
    void fitIsAtLeastAsGoodAsStan()
    {
        // Issue #2: the log posterior at the engine's optimum is no lower than at Stan's.
        QFETCH(QString, algorithm);
        QFETCH(double, expected);
        PROGNOS_UPSTREAM_SERIES(series, "data.csv");
        ProphetConfig config;
        config.algorithm =
            algorithm == QLatin1String("Newton") ? Algorithm::Newton : Algorithm::Auto;
        config.uncertaintySamples = 0;
        const FitResult fit = Prophet::fit(config, sliceRows(series, 0, 480));
        QVERIFY2(fit.ok(), fit.message.c_str());
        qInfo("lp %.8f (Stan %.8f)", fit.model->logPosterior, expected);
        QVERIFY2(fit.model->logPosterior >= expected - 1e-6 * expected,
                 qPrintable(QStringLiteral("lp %1").arg(fit.model->logPosterior, 0, 'g', 12)));
    }
};

QTEST_APPLESS_MAIN(TestFitPredict)
#include "tst_fitpredict.moc"
