// Data preparation as the upstream Prophet tests assert it (model document §19.2, §3.2–3.6):
// scaled time and y, the logistic floor with both scalings, and rows sorted by ds.
#include "enginetestdata.h"

#include <QtTest>

using namespace prognos;
using namespace prognos::testing;

namespace {

/// y scaled as the engine fits it: (y − floor) / y_scale, in ds order.
std::vector<double> scaledY(const FittedModel &model)
{
    PreparedFrame frame;
    std::string error;
    if (!PreparedFrame::prepare(model, model.history, frame, error))
        return {};
    std::vector<double> out;
    for (std::size_t i = 0; i < frame.order.size(); ++i)
        out.push_back((model.history.y[frame.order[i]] - frame.floor[Eigen::Index(i)]) /
                      model.yScale);
    return out;
}

TimeSeries withCapAndFloor(TimeSeries s, double shift)
{
    for (double &y : s.y)
        y += shift;
    s.cap.assign(s.size(), 80 + shift);
    s.floor.assign(s.size(), 10 + shift);
    return s;
}

} // namespace

class TestDataPrep : public QObject
{
    Q_OBJECT

private slots:
    void scaledTimeAndValues()
    {
        PROGNOS_UPSTREAM_SERIES(series, "data.csv");
        const auto model = prepareModel(ProphetConfig{}, sliceRows(series, 0, 255));
        QVERIFY(model);
        PreparedFrame frame;
        std::string error;
        QVERIFY(PreparedFrame::prepare(*model, model->history, frame, error));
        QCOMPARE(frame.t.minCoeff(), 0.0);
        QCOMPARE(frame.t.maxCoeff(), 1.0);
        const std::vector<double> y = scaledY(*model);
        QCOMPARE(*std::max_element(y.begin(), y.end()), 1.0);
    }

    void logisticFloorAbsMax()
    {
        PROGNOS_UPSTREAM_SERIES(series, "data.csv");
        ProphetConfig config;
        config.growth = Growth::Logistic;
        const auto model = prepareModel(config, withCapAndFloor(sliceRows(series, 0, 255), 0));
        QVERIFY(model);
        QVERIFY(model->logisticFloor);
        QVERIFY(model->history.hasFloor());
        QCOMPARE(scaledY(*model).front(), 1.0);

        const auto shifted = prepareModel(config, withCapAndFloor(sliceRows(series, 0, 255), 10));
        QVERIFY(shifted);
        QVERIFY(std::abs(scaledY(*shifted).front() - 1.0) < 0.01);
    }

    void logisticFloorMinMax()
    {
        PROGNOS_UPSTREAM_SERIES(series, "data.csv");
        ProphetConfig config;
        config.growth = Growth::Logistic;
        config.scaling = Scaling::MinMax;
        const auto model = prepareModel(config, withCapAndFloor(sliceRows(series, 0, 255), 0));
        QVERIFY(model);
        const std::vector<double> y = scaledY(*model);
        for (double v : y)
            QVERIFY(v > 0 && v < 1);
        const auto shifted = prepareModel(config, withCapAndFloor(sliceRows(series, 0, 255), 10));
        QVERIFY(shifted);
        const std::vector<double> yShifted = scaledY(*shifted);
        const double mean = std::accumulate(y.begin(), y.end(), 0.0) / double(y.size());
        const double meanShifted =
            std::accumulate(yShifted.begin(), yShifted.end(), 0.0) / double(yShifted.size());
        QVERIFY(std::abs(mean - meanShifted) < 1e-12);
    }

    void predictReturnsRowsInDateOrder()
    {
        PROGNOS_UPSTREAM_SERIES(series, "data.csv");
        ProphetConfig config;
        config.uncertaintySamples = 0;
        const FitResult fit = Prophet::fit(config, sliceRows(series, 0, 100));
        QVERIFY2(fit.ok(), fit.message.c_str());
        TimeSeries frame;
        frame.ds = {series.ds[30], series.ds[10], series.ds[20]};
        const PredictResult predicted = Prophet::predict(*fit.model, frame);
        QVERIFY2(predicted.ok(), predicted.message.c_str());
        QCOMPARE(predicted.forecast.ds,
                 (std::vector<Timestamp>{series.ds[10], series.ds[20], series.ds[30]}));
    }

    void unsortedHistoryFitsAsSorted()
    {
        PROGNOS_UPSTREAM_SERIES(series, "data.csv");
        ProphetConfig config;
        config.uncertaintySamples = 0;
        const TimeSeries sorted = sliceRows(series, 0, 120);
        TimeSeries reversed = sorted;
        std::reverse(reversed.ds.begin(), reversed.ds.end());
        std::reverse(reversed.y.begin(), reversed.y.end());
        const FitResult a = Prophet::fit(config, sorted);
        const FitResult b = Prophet::fit(config, reversed);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(b.model->history.ds, sorted.ds);
        QCOMPARE(b.model->params.k, a.model->params.k);
        QCOMPARE(b.model->params.m, a.model->params.m);
    }
};

QTEST_APPLESS_MAIN(TestDataPrep)
#include "tst_dataprep.moc"
