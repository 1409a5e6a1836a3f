// Seasonality as the upstream Prophet tests assert it (model document §19.4): Fourier values
// (§6.1), the auto rules of the built-ins (§6.2), custom and conditional seasonalities (§6.3,
// §6.4), modes (§6.5, §9.2) and prior scales (§9.1).
#include "enginetestdata.h"

#include <QtTest>

#include <set>

using namespace prognos;
using namespace prognos::testing;

namespace {

/// Every `step`-th row of a series.
TimeSeries everyNthRow(const TimeSeries &s, std::size_t step)
{
    TimeSeries out;
    for (std::size_t i = 0; i < s.size(); i += step) {
        out.ds.push_back(s.ds[i]);
        out.y.push_back(s.y[i]);
    }
    return out;
}

ProphetConfig withSeasonality(const char *name, SeasonalitySwitch s, double priorScale = 10.0)
{
    ProphetConfig config;
    if (std::string(name) == "yearly")
        config.yearlySeasonality = s;
    else if (std::string(name) == "weekly")
        config.weeklySeasonality = s;
    else
        config.dailySeasonality = s;
    config.seasonalityPriorScale = priorScale;
    return config;
}

} // namespace

class TestSeasonality : public QObject
{
    Q_OBJECT

private slots:
    void fourierValuesAt20120518()
    {
        PROGNOS_UPSTREAM_SERIES(series, "data.csv");
        ProphetConfig config;
        config.yearlySeasonality = SeasonalitySwitch::withOrder(3);
        config.weeklySeasonality = SeasonalitySwitch::withOrder(3);
        const auto model = prepareModel(config, series);
        QVERIFY(model);
        TimeSeries day;
        day.ds = {isoDate("2012-05-18")};
        const Eigen::MatrixXd X = featuresOf(*model, day);
        QCOMPARE(X.rows(), Eigen::Index(1));
        const double weekly[] = {0.7818315,  0.6234898, 0.9749279,
                                 -0.2225209, 0.4338837, -0.9009689};
        const double yearly[] = {0.7006152,  -0.7135393, -0.9998330,
                                 0.01827656, 0.7262249,  0.6874572};
        double squares = 0;
        for (int j = 0; j < 6; ++j) {
            const std::string column = "_delim_" + std::to_string(j + 1);
            const int w = featureIndex(*model, "weekly" + column);
            const int y = featureIndex(*model, "yearly" + column);
            QVERIFY(w >= 0 && y >= 0);
            squares += std::pow(X(0, w) - weekly[j], 2) + std::pow(X(0, y) - yearly[j], 2);
        }
        QVERIFY2(squares < 1e-12, qPrintable(QStringLiteral("squared error %1").arg(squares)));
    }

    void autoRules_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("rows");  // first rows of the file; 0 for all
        QTest::addColumn<int>("every"); // keep every n-th row
        QTest::addColumn<QString>("name");
        QTest::addColumn<SeasonalitySwitch>("setting");
        QTest::addColumn<double>("priorScale");
        QTest::addColumn<double>("period");
        QTest::addColumn<int>("order"); // 0: not added
        const QString daily = QStringLiteral("data.csv");
        const QString fiveMinutes = QStringLiteral("data2.csv");
        const auto automatic = SeasonalitySwitch::automatic();
        const auto on = SeasonalitySwitch::on();
        QTest::newRow("weekly auto, 15 rows")
            << daily << 15 << 1 << "weekly" << automatic << 10.0 << 7.0 << 3;
        QTest::newRow("weekly auto, 13-day span")
            << daily << 9 << 1 << "weekly" << automatic << 10.0 << 7.0 << 0;
        QTest::newRow("weekly on, 13-day span")
            << daily << 9 << 1 << "weekly" << on << 10.0 << 7.0 << 3;
        QTest::newRow("weekly auto, every 7th row")
            << daily << 0 << 7 << "weekly" << automatic << 10.0 << 7.0 << 0;
        QTest::newRow("weekly order 2, prior 3")
            << daily << 0 << 1 << "weekly" << SeasonalitySwitch::withOrder(2) << 3.0 << 7.0 << 2;
        QTest::newRow("yearly auto, 510 rows")
            << daily << 0 << 1 << "yearly" << automatic << 10.0 << 365.25 << 10;
        QTest::newRow("yearly auto, 240 rows")
            << daily << 240 << 1 << "yearly" << automatic << 10.0 << 365.25 << 0;
        QTest::newRow("yearly on, 240 rows")
            << daily << 240 << 1 << "yearly" << on << 10.0 << 365.25 << 10;
        QTest::newRow("yearly order 7, prior 3")
            << daily << 0 << 1 << "yearly" << SeasonalitySwitch::withOrder(7) << 3.0 << 365.25 << 7;
        QTest::newRow("daily auto, 5-minute rows")
            << fiveMinutes << 0 << 1 << "daily" << automatic << 10.0 << 1.0 << 4;
        QTest::newRow("daily auto, under 2 days")
            << fiveMinutes << 430 << 1 << "daily" << automatic << 10.0 << 1.0 << 0;
        QTest::newRow("daily on, under 2 days")
            << fiveMinutes << 430 << 1 << "daily" << on << 10.0 << 1.0 << 4;
        QTest::newRow("daily order 7, prior 3")
            << fiveMinutes << 0 << 1 << "daily" << SeasonalitySwitch::withOrder(7) << 3.0 << 1.0
            << 7;
        QTest::newRow("daily auto, business days")
            << daily << 0 << 1 << "daily" << automatic << 10.0 << 1.0 << 0;
    }
    void autoRules()
    {
        QFETCH(QString, file);
        QFETCH(int, rows);
        QFETCH(int, every);
        QFETCH(QString, name);
        QFETCH(SeasonalitySwitch, setting);
        QFETCH(double, priorScale);
        QFETCH(double, period);
        QFETCH(int, order);
        const QString path = upstreamFile(file);
        if (path.isEmpty())
            QSKIP("The upstream test series are not on this machine (set PROGNOS_SHARED_DIR).");
        TimeSeries series = readSeries(CsvTable::read(path));
        if (rows > 0)
            series = sliceRows(series, 0, std::size_t(rows));
        series = everyNthRow(series, std::size_t(every));
        const std::string seasonality = name.toStdString();
        const auto model =
            prepareModel(withSeasonality(seasonality.c_str(), setting, priorScale), series);
        QVERIFY(model);
        const ResolvedSeasonality *s = seasonalityOf(*model, seasonality);
        if (order == 0) {
            QVERIFY(!s);
            return;
        }
        QVERIFY(s);
        QCOMPARE(s->period, period);
        QCOMPARE(s->fourierOrder, order);
        QCOMPARE(s->priorScale, priorScale);
        QVERIFY(s->mode == ComponentMode::Additive);
        QVERIFY(s->conditionName.empty());
    }

    void modes()
    {
        ProphetConfig config;
        QVERIFY(config.seasonalityMode == ComponentMode::Additive);
        QVERIFY(config.effectiveHolidaysMode() == ComponentMode::Additive);
        config.seasonalityMode = ComponentMode::Multiplicative;
        QVERIFY(config.effectiveHolidaysMode() == ComponentMode::Multiplicative);
        config.holidaysMode = ComponentMode::Additive;
        QVERIFY(config.effectiveHolidaysMode() == ComponentMode::Additive);
        QCOMPARE(modeFromString("multiplicative"), std::optional(ComponentMode::Multiplicative));
        QCOMPARE(modeFromString("additive"), std::optional(ComponentMode::Additive));
        QVERIFY(!modeFromString("batman"));
    }

    void mixedModes()
    {
        // §9.2: multiplicative mode with an additive monthly seasonality and binary regressor.
        PROGNOS_UPSTREAM_SERIES(series, "data.csv");
        TimeSeries data = series;
        for (std::size_t i = 0; i < data.size(); ++i) {
            data.columns["binary_feature"].push_back(i % 2 == 0 ? 0.0 : 1.0);
            data.columns["numeric_feature"].push_back(double(i));
        }
        ProphetConfig config;
        config.seasonalityMode = ComponentMode::Multiplicative;
        config.holidays = {{"xmas", dayNumber(isoDate("2016-12-25")), -1, 0, {}}};
        config.seasonalities = {{"monthly", 30, 3, {}, ComponentMode::Additive, {}}};
        config.regressors = {{"binary_feature", {}, Standardize::Auto, ComponentMode::Additive},
                             {"numeric_feature", {}, Standardize::Auto, {}}};
        std::string message;
        const auto model = prepareModel(config, data, &message);
        QVERIFY2(model, message.c_str());
        QCOMPARE(model->additiveMask.sum(), 7.0);
        QCOMPARE(model->multiplicativeMask.sum(), 29.0);
        const std::set<std::string> additive = {"monthly", "binary_feature", "additive_terms",
                                                "extra_regressors_additive"};
        const std::set<std::string> multiplicative = {"weekly",
                                                      "yearly",
                                                      "xmas",
                                                      "numeric_feature",
                                                      "multiplicative_terms",
                                                      "extra_regressors_multiplicative",
                                                      "holidays"};
        std::set<std::string> seen;
        for (const Component &c : model->components) {
            QVERIFY2(additive.count(c.name) || multiplicative.count(c.name), c.name.c_str());
            QCOMPARE(c.additive, additive.count(c.name) > 0);
            seen.insert(c.name);
        }
        QCOMPARE(seen.size(), additive.size() + multiplicative.size());
    }

    void customSeasonalityIsStored()
    {
        PROGNOS_UPSTREAM_SERIES(series, "data.csv");
        ProphetConfig config;
        config.seasonalities = {{"monthly", 30, 5, 2.0, {}, {}}};
        const auto model = prepareModel(config, series);
        QVERIFY(model);
        const ResolvedSeasonality *s = seasonalityOf(*model, "monthly");
        QVERIFY(s);
        QCOMPARE(s->period, 30.0);
        QCOMPARE(s->fourierOrder, 5);
        QCOMPARE(s->priorScale, 2.0);
        QVERIFY(s->mode == ComponentMode::Additive);
        QVERIFY(s->conditionName.empty());
    }

    void nameClashes()
    {
        ProphetConfig holidayClash;
        holidayClash.holidays = {{"special_day", dayNumber(isoDate("2017-01-02")), 0, 0, {}}};
        holidayClash.seasonalities = {{"special_day", 30, 5, {}, {}, {}}};
        QVERIFY(!holidayClash.validate().empty());

        ProphetConfig reserved;
        reserved.seasonalities = {{"trend", 30, 5, {}, {}, {}}};
        QVERIFY(!reserved.validate().empty());

        ProphetConfig redefined;
        redefined.seasonalities = {{"weekly", 30, 5, {}, {}, {}}};
        QVERIFY(redefined.validate().empty());

        for (int order : {0, -1}) {
            ProphetConfig bad;
            bad.seasonalities = {{"weekly", 7, order, {}, {}, {}}};
            QVERIFY(!bad.validate().empty());
        }
    }

    void customPriorScales()
    {
        PROGNOS_UPSTREAM_SERIES(series, "data.csv");
        ProphetConfig config;
        config.seasonalityMode = ComponentMode::Multiplicative;
        config.yearlySeasonality = SeasonalitySwitch::off();
        config.holidays = {{"special_day", dayNumber(isoDate("2017-01-02")), 0, 0, 4.0}};
        config.seasonalities = {{"monthly", 30, 5, 2.0, ComponentMode::Additive, {}}};
        const auto model = prepareModel(config, series);
        QVERIFY(model);
        QCOMPARE(componentOf(*model, "monthly")->columns.size(), std::size_t(10));
        QCOMPARE(componentOf(*model, "special_day")->columns.size(), std::size_t(1));
        QCOMPARE(componentOf(*model, "weekly")->columns.size(), std::size_t(6));
        QCOMPARE(componentOf(*model, "additive_terms")->columns.size(), std::size_t(10));
        QCOMPARE(componentOf(*model, "multiplicative_terms")->columns.size(), std::size_t(7));
        std::vector<double> expected(10, 2.0);
        expected.insert(expected.end(), 6, 10.0);
        expected.push_back(4.0);
        const std::vector<double> priors(model->priorScales.data(),
                                         model->priorScales.data() + model->priorScales.size());
        QCOMPARE(priors, expected);
    }

    void conditionalSeasonality()
    {
        PROGNOS_UPSTREAM_SERIES(series, "data.csv");
        ProphetConfig config;
        config.seasonalities = {{"conditional_weekly", 7, 3, 2.0, {}, "is_conditional_week"}};
        TimeSeries data = series;
        QVERIFY(Prophet::fit(config, data).status == Status::InvalidInput); // column missing

        std::vector<double> &condition = data.columns["is_conditional_week"];
        condition.assign(data.size(), 0.0);
        std::fill(condition.begin() + 255, condition.end(), 2.0);
        const FitResult wrongValues = Prophet::fit(config, data);
        QCOMPARE(wrongValues.status, Status::InvalidInput);
        QVERIFY(!wrongValues.message.empty());

        for (std::size_t i = 0; i < data.size(); ++i)
            condition[i] = (i / 7) % 2 == 0 ? 1.0 : 0.0;
        config.uncertaintySamples = 0;
        const FitResult fit = Prophet::fit(config, data);
        QVERIFY2(fit.ok(), fit.message.c_str());
        const Eigen::MatrixXd X = featuresOf(*fit.model, data);
        const Component *c = componentOf(*fit.model, "conditional_weekly");
        QVERIFY(c);
        QCOMPARE(c->columns.size(), std::size_t(6));
        for (Eigen::Index i = 0; i < X.rows(); ++i) {
            double size = 0;
            for (int column : c->columns)
                size += std::abs(X(i, column));
            QCOMPARE(size > 0, condition[std::size_t(i)] == 1.0);
        }
    }

    void builtInAndUserSeasonalityOfTheSameName()
    {
        // §6.2: 'auto' keeps a user seasonality named like a built-in; on or a number replaces
        // it in place.
        PROGNOS_UPSTREAM_SERIES(series, "data.csv");
        ProphetConfig config;
        config.seasonalities = {{"weekly", 7, 5, 2.0, {}, {}}, {"monthly", 30.5, 2, {}, {}, {}}};
        auto model = prepareModel(config, series);
        QVERIFY(model);
        QCOMPARE(model->seasonalities.front().name, std::string("weekly"));
        QCOMPARE(model->seasonalities.front().fourierOrder, 5);
        QCOMPARE(model->seasonalities.front().priorScale, 2.0);

        config.weeklySeasonality = SeasonalitySwitch::on();
        model = prepareModel(config, series);
        QVERIFY(model);
        QCOMPARE(model->seasonalities.front().name, std::string("weekly"));
        QCOMPARE(model->seasonalities.front().fourierOrder, 3);
        QCOMPARE(model->seasonalities.front().priorScale, 10.0);
        std::vector<std::string> order;
        for (const ResolvedSeasonality &s : model->seasonalities)
            order.push_back(s.name);
        QCOMPARE(order, (std::vector<std::string>{"weekly", "monthly", "yearly"}));
        QCOMPARE(model->featureNames.front(), std::string("weekly_delim_1"));
    }

    void autoRuleBoundaries_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<qint64>("stepMs");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("on");
        // §6.2: yearly needs a span of 730 days, weekly 14 days and steps under 7 days,
        // daily 2 days and steps under 1 day.
        QTest::newRow("yearly, 730 days") << 731 << qint64(kMsPerDay) << "yearly" << true;
        QTest::newRow("yearly, 729 days") << 730 << qint64(kMsPerDay) << "yearly" << false;
        QTest::newRow("weekly, 14 days") << 15 << qint64(kMsPerDay) << "weekly" << true;
        QTest::newRow("weekly, 6-day steps") << 10 << qint64(6 * kMsPerDay) << "weekly" << true;
        QTest::newRow("weekly, 7-day steps") << 10 << qint64(7 * kMsPerDay) << "weekly" << false;
        QTest::newRow("daily, 2 days") << 49 << qint64(kMsPerHour) << "daily" << true;
        QTest::newRow("daily, 47 hours") << 48 << qint64(kMsPerHour) << "daily" << false;
        QTest::newRow("daily, 23-hour steps") << 10 << qint64(23 * kMsPerHour) << "daily" << true;
        QTest::newRow("daily, 24-hour steps") << 10 << qint64(kMsPerDay) << "daily" << false;
    }
    void autoRuleBoundaries()
    {
        QFETCH(int, rows);
        QFETCH(qint64, stepMs);
        QFETCH(QString, name);
        QFETCH(bool, on);
        std::vector<double> y;
        for (int i = 0; i < rows; ++i)
            y.push_back(std::sin(i));
        const auto model =
            prepareModel(ProphetConfig{}, regularSeries(dateOf(2020, 1, 1), stepMs, y));
        QVERIFY(model);
        QCOMPARE(seasonalityOf(*model, name.toStdString()) != nullptr, on);
    }

    void duplicatesDoNotShortenTheSpacing()
    {
        // Zero gaps between repeated dates are ignored: weekly rows stay weekly.
        TimeSeries s = regularSeries(dateOf(2020, 1, 6), 7 * kMsPerDay, std::vector<double>(30, 1));
        const std::size_t n = s.size();
        for (std::size_t i = 0; i < n; ++i) {
            s.ds.push_back(s.ds[i]);
            s.y.push_back(2.0 + double(i));
        }
        const auto model = prepareModel(ProphetConfig{}, s);
        QVERIFY(model);
        QVERIFY(!seasonalityOf(*model, "weekly"));
        QVERIFY(!seasonalityOf(*model, "daily"));
    }

    void multiplicativeComponentsAreFractions_data()
    {
        QTest::addColumn<Scaling>("scaling");
        QTest::newRow("absmax") << Scaling::AbsMax;
        QTest::newRow("minmax") << Scaling::MinMax;
    }
    void multiplicativeComponentsAreFractions()
    {
        // §6.5, §11.5: yhat = trend·(1 + multiplicative_terms) + additive_terms, where trend
        // already holds the floor (y_min with minmax scaling).
        QFETCH(Scaling, scaling);
        PROGNOS_UPSTREAM_SERIES(series, "data.csv");
        ProphetConfig config;
        config.seasonalityMode = ComponentMode::Multiplicative;
        config.scaling = scaling;
        config.uncertaintySamples = 0;
        const FitResult fit = Prophet::fit(config, series);
        QVERIFY2(fit.ok(), fit.message.c_str());
        const PredictResult predicted =
            Prophet::predict(*fit.model, Prophet::makeFutureFrame(*fit.model, 30, Frequency{}));
        QVERIFY2(predicted.ok(), predicted.message.c_str());
        const Forecast &f = predicted.forecast;
        for (std::size_t i = 0; i < f.size(); ++i) {
            const double weekly = f.column("weekly")->at(i);
            const double yearly = f.column("yearly")->at(i);
            const double multiplicative = f.column("multiplicative_terms")->at(i);
            QVERIFY(std::abs(weekly + yearly - multiplicative) < 1e-12);
            QCOMPARE(f.column("additive_terms")->at(i), 0.0);
            // With minmax the floor y_min is multiplied too (§11.5 ★, as Prophet does).
            const double trend = f.column("trend")->at(i);
            QVERIFY(std::abs(f.column("yhat")->at(i) - trend * (1 + multiplicative)) <
                    1e-9 * std::abs(trend));
        }
        QVERIFY(!componentOf(*fit.model, "weekly")->additive);
    }

    void conditionColumnIsNeededToPredict()
    {
        PROGNOS_UPSTREAM_SERIES(series, "data.csv");
        ProphetConfig config;
        config.seasonalities = {{"on_weekdays", 7, 3, {}, {}, "weekday"}};
        config.uncertaintySamples = 0;
        TimeSeries data = series;
        for (Timestamp ds : data.ds)
            data.columns["weekday"].push_back(CivilTime::weekday(dayNumber(ds)) < 5 ? 1 : 0);
        const FitResult fit = Prophet::fit(config, data);
        QVERIFY2(fit.ok(), fit.message.c_str());
        TimeSeries future = Prophet::makeFutureFrame(*fit.model, 7, Frequency{}, false);
        const PredictResult missing = Prophet::predict(*fit.model, future);
        QCOMPARE(missing.status, Status::InvalidInput);
        QVERIFY2(QString::fromStdString(missing.message).contains(QStringLiteral("weekday")),
                 missing.message.c_str());
        future.columns["weekday"] = {1, 1, 0, 0, 1, 1, 1};
        const PredictResult predicted = Prophet::predict(*fit.model, future);
        QVERIFY2(predicted.ok(), predicted.message.c_str());
        QCOMPARE(predicted.forecast.column("on_weekdays")->at(2), 0.0);
        QVERIFY(predicted.forecast.column("on_weekdays")->at(0) != 0.0);
    }
};

QTEST_APPLESS_MAIN(TestSeasonality)
#include "tst_seasonality.moc"
