// Corner cases of the engine's inputs: empty, one row, constant, NaN, infinite and huge
// values, bad settings, short columns and dates before 1970. Whatever the input, the fit
// returns a status and a message and never throws; a successful result holds only finite
// numbers.
#include "enginetestdata.h"

#include <QtTest>

#include <limits>

using namespace prognos;
using namespace prognos::testing;

namespace {

constexpr double kNan = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kMax = std::numeric_limits<double>::max();

/// One corner case: settings, a history and the status the fit must end with.
struct Input
{
    ProphetConfig config;
    TimeSeries series;
    Status expected = Status::Ok;
};

Input daily(std::vector<double> y, Status expected = Status::Ok)
{
    Input input;
    input.config.uncertaintySamples = 200;
    input.series = dailySeries(dateOf(2024, 1, 1), y);
    input.expected = expected;
    return input;
}

std::vector<double> ramp(int rows, double scale, double offset = 0)
{
    std::vector<double> y;
    for (int i = 0; i < rows; ++i)
        y.push_back(offset + scale * (1 + 0.01 * i + 0.1 * std::sin(i)));
    return y;
}

} // namespace

Q_DECLARE_METATYPE(Input)
class TestCornerCases : public QObject
{
    Q_OBJECT

private slots:
    void fitAlwaysReturnsAStatus_data()
    {
        QTest::addColumn<Input>("input");
        const Status invalid = Status::InvalidInput;

        QTest::newRow("empty") << daily({}, invalid);
        QTest::newRow("one row") << daily({5}, invalid);
        QTest::newRow("two rows") << daily({5, 6});
        QTest::newRow("only NaN") << daily(std::vector<double>(20, kNan), invalid);
        QTest::newRow("NaN in the middle") << daily({1, 2, kNan, 4, kNan, 6, 7});
        QTest::newRow("constant") << daily(std::vector<double>(20, 3.5));
        QTest::newRow("constant, logistic") << [] {
            Input input = daily(std::vector<double>(20, 3.5));
            input.config.growth = Growth::Logistic;
            input.series.cap.assign(20, 10);
            return input;
        }();
        QTest::newRow("constant negative") << daily(std::vector<double>(20, -1e6));
        QTest::newRow("+inf") << daily({1, 2, kInf, 4}, invalid);
        QTest::newRow("-inf") << daily({1, 2, -kInf, 4}, invalid);
        QTest::newRow("huge 1e290") << daily(ramp(60, 1e290));
        QTest::newRow("huge -1e290") << daily(ramp(60, -1e290));
        QTest::newRow("beyond 1e300") << daily(ramp(60, 1e301), invalid);
        QTest::newRow("largest double")
            << daily(std::vector<double>({kMax, 0.5 * kMax, 0, -kMax}), invalid);
        QTest::newRow("huge level, tiny change") << daily(ramp(150, 1e-3, 6.23e12));
        QTest::newRow("tiny 1e-300") << daily(ramp(60, 1e-300));
        QTest::newRow("denormal") << daily({4e-320, 5e-320, 6e-320, 7e-320});
        QTest::newRow("huge and tiny") << daily({1e300, 1e-300, -1e300, 1e-300, 1e300});
        QTest::newRow("same date twice") << [] {
            Input input = daily({1, 2});
            input.series.ds[1] = input.series.ds[0];
            input.expected = Status::InvalidInput;
            return input;
        }();
        QTest::newRow("two distinct dates, many rows") << [] {
            Input input = daily(ramp(40, 3));
            for (std::size_t i = 0; i < input.series.size(); ++i)
                input.series.ds[i] = dateOf(2024, 1, 1 + int(i % 2));
            return input;
        }();
        QTest::newRow("years 1 to 9999") << [] {
            Input input = daily({1, 2, 3});
            input.series.ds = {dateOf(1, 1, 1), dateOf(5000, 6, 1), dateOf(9999, 12, 31)};
            return input;
        }();
        QTest::newRow("y shorter than ds") << [] {
            Input input = daily({1, 2, 3});
            input.series.y.pop_back();
            input.expected = Status::InvalidInput;
            return input;
        }();
        QTest::newRow("cap shorter than ds") << [] {
            Input input = daily({1, 2, 3});
            input.config.growth = Growth::Logistic;
            input.series.cap = {10, 10};
            input.expected = Status::InvalidInput;
            return input;
        }();
        QTest::newRow("NaN cap") << [] {
            Input input = daily({1, 2, 3});
            input.config.growth = Growth::Logistic;
            input.series.cap = {10, kNan, 10};
            input.expected = Status::InvalidInput;
            return input;
        }();
        QTest::newRow("y above cap") << [] {
            Input input = daily(ramp(30, 20));
            input.config.growth = Growth::Logistic;
            input.series.cap.assign(30, 10);
            return input;
        }();
        QTest::newRow("regressor with NaN") << [] {
            Input input = daily({1, 2, 3, 4});
            input.series.columns["x"] = {1, kNan, 0, 1};
            input.config.regressors = {{"x", {}, Standardize::Auto, {}}};
            input.expected = Status::InvalidInput;
            return input;
        }();
        QTest::newRow("regressor column too short") << [] {
            Input input = daily({1, 2, 3, 4});
            input.series.columns["x"] = {1, 0};
            input.config.regressors = {{"x", {}, Standardize::Auto, {}}};
            input.expected = Status::InvalidInput;
            return input;
        }();
        QTest::newRow("unused column too short") << [] {
            Input input = daily({1, 2, 3, 4});
            input.series.columns["notes"] = {1, 0};
            return input;
        }();
        QTest::newRow("regressor missing where y is missing") << [] {
            Input input = daily({1, 2, kNan, 4, 5});
            input.series.columns["x"] = {0, 1, kNan, 1, 0};
            input.config.regressors = {{"x", {}, Standardize::Auto, {}}};
            return input;
        }();
        QTest::newRow("huge regressor") << [] {
            Input input = daily(ramp(30, 3));
            for (int i = 0; i < 30; ++i)
                input.series.columns["x"].push_back(1e200 * (i % 3));
            input.config.regressors = {{"x", {}, Standardize::Auto, {}}};
            return input;
        }();
        QTest::newRow("huge cap") << [] {
            Input input = daily(ramp(30, 3));
            input.config.growth = Growth::Logistic;
            input.series.cap.assign(30, 1e307);
            input.expected = Status::Failed; // the residuals overflow at the initial point
            return input;
        }();
        QTest::newRow("huge range, minmax") << [] {
            Input input = daily({1e308, -1e308, 1e308, 0});
            input.config.scaling = Scaling::MinMax;
            input.expected = Status::InvalidInput;
            return input;
        }();
        QTest::newRow("a million changepoints") << [] {
            Input input = daily(ramp(10, 3));
            input.config.nChangepoints = 1000000;
            return input;
        }();
        QTest::newRow("negative changepoint count") << [] {
            Input input = daily(ramp(10, 3));
            input.config.nChangepoints = -1;
            input.expected = Status::InvalidInput;
            return input;
        }();
        QTest::newRow("changepoint outside the history") << [] {
            Input input = daily(ramp(10, 3));
            input.config.changepoints = std::vector<Timestamp>{dateOf(2030, 1, 1)};
            input.expected = Status::InvalidInput;
            return input;
        }();
        QTest::newRow("interval width 1") << [] {
            Input input = daily(ramp(10, 3));
            input.config.intervalWidth = 1.0;
            input.expected = Status::InvalidInput;
            return input;
        }();
        QTest::newRow("NaN prior scale") << [] {
            Input input = daily(ramp(10, 3));
            input.config.changepointPriorScale = kNan;
            input.expected = Status::InvalidInput;
            return input;
        }();
        QTest::newRow("one iteration") << [] {
            Input input = daily(ramp(150, 3));
            input.config.maxIterations = 1;
            input.expected = Status::Failed; // either Ok or a failure, see below
            return input;
        }();
    }
    void fitAlwaysReturnsAStatus()
    {
        QFETCH(Input, input);
        FitResult fit;
        try {
            fit = Prophet::fit(input.config, input.series);
        } catch (...) {
            QFAIL("Prophet::fit threw");
        }
        qInfo("%s: %s", qPrintable(statusName(fit.status)), fit.message.c_str());
        const bool eitherWay = QByteArray(QTest::currentDataTag()) == "one iteration";
        if (!eitherWay)
            QCOMPARE(statusName(fit.status), statusName(input.expected));
        if (!fit.ok()) {
            QVERIFY(!fit.model);
            QVERIFY2(fit.message.size() > 10, "a failure says why");
            return;
        }
        QVERIFY(fit.model);
        const FittedModel &model = *fit.model;
        QVERIFY(std::isfinite(model.logPosterior) || model.algorithmUsed == "constant");
        QVERIFY(model.params.beta.allFinite() && model.params.delta.allFinite());

        TimeSeries frame = Prophet::makeFutureFrame(model, 10, Frequency{}, true);
        if (input.series.hasCap())
            frame.cap.assign(frame.size(), input.series.cap.front());
        for (const auto &[name, values] : input.series.columns)
            frame.columns[name].assign(frame.size(), values.front());
        PredictResult predicted;
        try {
            predicted = Prophet::predict(model, frame);
        } catch (...) {
            QFAIL("Prophet::predict threw");
        }
        if (!predicted.ok()) {
            QVERIFY2(predicted.message.size() > 10, "a failure says why");
            return;
        }
        for (const auto &[name, values] : predicted.forecast.columns) {
            for (double v : values)
                QVERIFY2(
                    std::isfinite(v),
                    qPrintable(QStringLiteral("%1 = %2").arg(QString::fromStdString(name)).arg(v)));
        }
    }

    void extremeRegressorsAreStandardized_data()
    {
        QTest::addColumn<double>("magnitude");
        QTest::newRow("1e200") << 1e200;
        QTest::newRow("1e-200") << 1e-200;
        QTest::newRow("1e305") << 1e305;
    }
    void extremeRegressorsAreStandardized()
    {
        // x = magnitude · (0, 1, 2, 0, 1, 2, ...): mean magnitude, sample std magnitude·√(20/29).
        QFETCH(double, magnitude);
        Input input = daily(ramp(30, 3));
        for (int i = 0; i < 30; ++i)
            input.series.columns["x"].push_back(magnitude * (i % 3));
        input.config.regressors = {{"x", {}, Standardize::Auto, {}}};
        std::string message;
        const auto model = prepareModel(input.config, input.series, &message);
        QVERIFY2(model, message.c_str());
        const double expectedStd = magnitude * std::sqrt(20.0 / 29.0);
        QVERIFY(std::abs(model->regressors[0].mu / magnitude - 1) < 1e-12);
        QVERIFY2(std::abs(model->regressors[0].std / expectedStd - 1) < 1e-12,
                 qPrintable(QString::number(model->regressors[0].std)));
        const Eigen::MatrixXd X = featuresOf(*model, input.series);
        QVERIFY(X.allFinite());
        const int x = featureIndex(*model, "x");
        QVERIFY(std::abs(X(1, x) - 0.0) < 1e-12);
        QVERIFY(std::abs(X(2, x) - 1.0 / std::sqrt(20.0 / 29.0)) < 1e-12);
    }

    void datesBefore1970()
    {
        // Negative timestamps: calendar days and holiday matching count from 1970 downwards.
        std::vector<double> y;
        for (int i = 0; i < 96; ++i)
            y.push_back(10 + std::sin(i));
        const TimeSeries hourly = regularSeries(dateOf(1969, 12, 30), kMsPerHour, y);
        ProphetConfig config;
        config.holidays = {{"eve", CivilTime::daysFromCivil(1969, 12, 31), 0, 0, {}}};
        const auto model = prepareModel(config, hourly);
        QVERIFY(model);
        const Eigen::MatrixXd X = featuresOf(*model, hourly);
        const int eve = featureIndex(*model, "eve_delim_+0");
        QVERIFY(eve >= 0);
        for (int i = 0; i < 96; ++i)
            QCOMPARE(X(i, eve), (i >= 24 && i < 48) ? 1.0 : 0.0);
        const TimeSeries future =
            Prophet::makeFutureFrame(*model, 2, *Frequency::fromPandasAlias("MS"), false);
        QCOMPARE(future.ds, (std::vector<Timestamp>{dateOf(1970, 2, 1) + 23 * kMsPerHour,
                                                    dateOf(1970, 3, 1) + 23 * kMsPerHour}));
    }

    void shortColumnIsNamed()
    {
        Input input = daily({1, 2, 3, 4});
        input.series.columns["x"] = {1, 0};
        input.config.regressors = {{"x", {}, Standardize::Auto, {}}};
        const FitResult fit = Prophet::fit(input.config, input.series);
        QCOMPARE(statusName(fit.status), statusName(Status::InvalidInput));
        QVERIFY2(mentions(fit.message, "\"x\" has 2 values for 4 rows"), fit.message.c_str());
    }
};

QTEST_APPLESS_MAIN(TestCornerCases)
#include "tst_cornercases.moc"
