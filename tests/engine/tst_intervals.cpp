// Uncertainty intervals (model document §12): what holds for every simulation whatever its
// random draws — bands that contain the point forecast, widen with the horizon and with the
// interval width, and collapse where the model has no uncertainty.
#include "enginetestdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace prognos;
using namespace prognos::testing;

namespace {

/// The first 255 rows of the test series fitted with `growth` and these intervals.
std::shared_ptr<const FittedModel> fitted(const TimeSeries &series, Growth growth,
                                          double intervalWidth = 0.8)
{
    TimeSeries train = sliceRows(series, 0, 255);
    if (growth == Growth::Logistic)
        train.cap.assign(train.size(), 60);
    ProphetConfig config;
    config.growth = growth;
    config.intervalWidth = intervalWidth;
    config.uncertaintySamples = 2000;
    return Prophet::fit(config, train).model;
}

/// The model's history and 90 days after it, with a cap of 60 for logistic growth.
TimeSeries frameFor(const FittedModel &model)
{
    TimeSeries frame = Prophet::makeFutureFrame(model, 90, Frequency{}, true);
    if (model.config.growth == Growth::Logistic)
        frame.cap.assign(frame.size(), 60);
    return frame;
}

double width(const Forecast &f, const char *name, std::size_t row)
{
    const std::string base(name);
    return f.column(base + "_upper")->at(row) - f.column(base + "_lower")->at(row);
}

} // namespace

class TestIntervals : public QObject
{
    Q_OBJECT

private slots:
    void bandsContainTheForecast_data()
    {
        QTest::addColumn<Growth>("growth");
        QTest::newRow("linear") << Growth::Linear;
        QTest::newRow("logistic") << Growth::Logistic;
        QTest::newRow("flat") << Growth::Flat;
    }
    void bandsContainTheForecast()
    {
        QFETCH(Growth, growth);
        PROGNOS_UPSTREAM_SERIES(series, "data.csv");
        const auto model = fitted(series, growth);
        QVERIFY(model);
        const PredictResult predicted = Prophet::predict(*model, frameFor(*model));
        QVERIFY2(predicted.ok(), predicted.message.c_str());
        const Forecast &f = predicted.forecast;
        for (std::size_t i = 0; i < f.size(); ++i) {
            QVERIFY(f.column("yhat_lower")->at(i) < f.column("yhat")->at(i));
            QVERIFY(f.column("yhat")->at(i) < f.column("yhat_upper")->at(i));
            QVERIFY(f.column("trend_lower")->at(i) <= f.column("trend")->at(i) + 1e-9);
            QVERIFY(f.column("trend")->at(i) <= f.column("trend_upper")->at(i) + 1e-9);
        }
    }

    void trendBandsWidenWithTheHorizon_data() { bandsContainTheForecast_data(); }
    void trendBandsWidenWithTheHorizon()
    {
        QFETCH(Growth, growth);
        PROGNOS_UPSTREAM_SERIES(series, "data.csv");
        const auto model = fitted(series, growth);
        QVERIFY(model);
        const TimeSeries frame = frameFor(*model);
        const PredictResult predicted = Prophet::predict(*model, frame);
        QVERIFY2(predicted.ok(), predicted.message.c_str());
        const Forecast &f = predicted.forecast;
        const std::size_t last = f.size() - 1;
        const std::size_t history = model->history.size();
        QCOMPARE(width(f, "trend", history - 1), 0.0); // no trend uncertainty in the history
        if (growth == Growth::Flat) {
            // §12.2 step 5: a flat trend has no simulated changes.
            for (std::size_t i = 0; i < f.size(); ++i)
                QCOMPARE(width(f, "trend", i), 0.0);
            return;
        }
        const double early = width(f, "trend", history + 9);
        const double late = width(f, "trend", last);
        qInfo("trend band width: %.4f after 10 days, %.4f after 90", early, late);
        QVERIFY(early > 0);
        QVERIFY(late > 2 * early);
        QVERIFY(width(f, "yhat", last) > width(f, "yhat", history - 1));
    }

    void widerIntervalWidthGivesWiderBands()
    {
        PROGNOS_UPSTREAM_SERIES(series, "data.csv");
        const auto narrow = fitted(series, Growth::Linear, 0.5);
        const auto wide = fitted(series, Growth::Linear, 0.95);
        QVERIFY(narrow && wide);
        const Forecast a = Prophet::predict(*narrow, frameFor(*narrow)).forecast;
        const Forecast b = Prophet::predict(*wide, frameFor(*wide)).forecast;
        QCOMPARE(a.size(), b.size());
        // Normal noise: the 95 % band is 1.95996/0.67449 = 2.906 times the 50 % band.
        double ratio = 0;
        for (std::size_t i = 0; i < narrow->history.size(); ++i)
            ratio += width(b, "yhat", i) / width(a, "yhat", i);
        ratio /= double(narrow->history.size());
        QVERIFY2(std::abs(ratio / 2.906 - 1) < 0.05, qPrintable(QString::number(ratio)));
        for (std::size_t i = 0; i < a.size(); ++i)
            QVERIFY(width(b, "yhat", i) > width(a, "yhat", i));
    }

    void pointForecastsHaveNoBands()
    {
        PROGNOS_UPSTREAM_SERIES(series, "data.csv");
        ProphetConfig config;
        config.uncertaintySamples = 0;
        const FitResult fit = Prophet::fit(config, sliceRows(series, 0, 255));
        QVERIFY2(fit.ok(), fit.message.c_str());
        const Forecast f = Prophet::predict(*fit.model, frameFor(*fit.model)).forecast;
        for (const std::string &name : f.columnNames()) {
            QVERIFY2(name.find("_lower") == std::string::npos &&
                         name.find("_upper") == std::string::npos,
                     name.c_str());
        }
    }

    void trendBandWidthsOf480RowFit_data()
    {
        QTest::addColumn<TrendSimulation>("simulation");
        QTest::addColumn<std::vector<double>>("widths");
        // §12.3: R 1.0's fit of the first 480 rows; 80 % trend band width 30, 60 and 90 days
        // ahead (Poisson scheme from R, the vectorized scheme emulated in R).
        QTest::newRow("vectorized")
            << TrendSimulation::Vectorized << std::vector<double>{0.97, 3.10, 6.29};
        QTest::newRow("poisson") << TrendSimulation::Poisson
                                 << std::vector<double>{1.02, 3.24, 6.01};
    }
    void trendBandWidthsOf480RowFit()
    {
        QFETCH(TrendSimulation, simulation);
        QFETCH(std::vector<double>, widths);
        PROGNOS_UPSTREAM_SERIES(series, "data.csv");
        const QString reference = upstreamFile(QStringLiteral("r10_reference_fit480.json"));
        if (reference.isEmpty())
            QSKIP("r10_reference_fit480.json is not on this machine.");
        QFile file(reference);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject rFit =
            QJsonDocument::fromJson(file.readAll()).object().value("LBFGS").toObject();
        auto vectorOf = [](const QJsonValue &value) {
            const QJsonArray array = value.toArray();
            Eigen::VectorXd v(array.size());
            for (Eigen::Index i = 0; i < v.size(); ++i)
                v[i] = array.at(int(i)).toDouble();
            return v;
        };
        ProphetConfig config;
        config.trendSimulation = simulation;
        config.uncertaintySamples = 4000;
        const auto prepared = prepareModel(config, sliceRows(series, 0, 480));
        QVERIFY(prepared);
        FittedModel model = *prepared;
        model.params.k = rFit.value("k").toDouble();
        model.params.m = rFit.value("m").toDouble();
        model.params.sigmaObs = rFit.value("sigma_obs").toDouble();
        model.params.delta = vectorOf(rFit.value("delta"));
        model.params.beta = vectorOf(rFit.value("beta"));
        const PredictResult predicted =
            Prophet::predict(model, Prophet::makeFutureFrame(model, 90, Frequency{}, false));
        QVERIFY2(predicted.ok(), predicted.message.c_str());
        const int steps[] = {30, 60, 90};
        for (int j = 0; j < 3; ++j) {
            const double w = width(predicted.forecast, "trend", std::size_t(steps[j] - 1));
            qInfo("%d days ahead: %.3f (R %.2f)", steps[j], w, widths[std::size_t(j)]);
            QVERIFY2(std::abs(w / widths[std::size_t(j)] - 1) < 0.15,
                     qPrintable(QStringLiteral("%1 days: %2").arg(steps[j]).arg(w)));
        }
    }
};

QTEST_APPLESS_MAIN(TestIntervals)
#include "tst_intervals.moc"
