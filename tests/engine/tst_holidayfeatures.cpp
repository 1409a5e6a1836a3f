// Holidays as the upstream Prophet tests assert them (model document §19.5): indicator
// columns and their windows (§7.3), prior scales per holiday (§7.4), and fits whose
// training and prediction dates hold different holidays (§7.2).
#include "enginetestdata.h"

#include "holidays/holidaycalendar.h"

#include <QtTest>

#include <set>

using namespace prognos;
using namespace prognos::testing;

namespace {

HolidayEvent holiday(const char *name, const char *date, int lower, int upper,
                     std::optional<double> priorScale = {})
{
    return HolidayEvent{name, dayNumber(isoDate(date)), lower, upper, priorScale};
}

/// The 12 days 2016-12-20 … 2016-12-31.
TimeSeries lateDecember()
{
    return dailySeries(dateOf(2016, 12, 20), std::vector<double>(12, 1.0));
}

/// Prior scale of every feature column of `holidayName`.
std::set<double> priorsOf(const FittedModel &model, const std::string &holidayName)
{
    std::set<double> priors;
    for (std::size_t j = 0; j < model.featureNames.size(); ++j) {
        if (model.featureComponents[j] == holidayName)
            priors.insert(model.priorScales[Eigen::Index(j)]);
    }
    return priors;
}

} // namespace

class TestHolidayFeatures : public QObject
{
    Q_OBJECT

private slots:
    void indicatorColumns_data()
    {
        QTest::addColumn<int>("upperWindow");
        QTest::addColumn<int>("columns");
        QTest::addColumn<int>("columnsWithADate"); // offsets that fall inside the 12 days
        QTest::newRow("window -1..0") << 0 << 2 << 2;
        QTest::newRow("window -1..+10") << 10 << 12 << 8;
    }
    void indicatorColumns()
    {
        QFETCH(int, upperWindow);
        QFETCH(int, columns);
        QFETCH(int, columnsWithADate);
        ProphetConfig config;
        config.holidays = {holiday("xmas", "2016-12-25", -1, upperWindow)};
        const TimeSeries days = lateDecember();
        std::string message;
        const auto model = prepareModel(config, days, &message);
        QVERIFY2(model, message.c_str());
        QCOMPARE(model->featureNames.size(), std::size_t(columns));
        QCOMPARE(model->trainHolidayNames, std::vector<std::string>{"xmas"});
        QCOMPARE(priorsOf(*model, "xmas"), std::set<double>{10.0});
        QVERIFY(featureIndex(*model, "xmas_delim_-1") >= 0);
        QVERIFY(featureIndex(*model, "xmas_delim_+0") >= 0);

        const Eigen::MatrixXd X = featuresOf(*model, days);
        int withADate = 0;
        for (Eigen::Index j = 0; j < X.cols(); ++j) {
            const double ones = X.col(j).sum();
            QVERIFY(ones == 0.0 || ones == 1.0);
            withADate += ones == 1.0;
        }
        QCOMPARE(withADate, columnsWithADate);
        const int christmasEve = featureIndex(*model, "xmas_delim_-1");
        QCOMPARE(X(4, christmasEve), 1.0); // row 4 is 2016-12-24
    }

    void priorScalePerHoliday()
    {
        ProphetConfig config;
        config.holidays = {holiday("xmas", "2016-12-25", -1, 0, 5.0),
                           holiday("xmas", "2017-12-25", -1, 0, 5.0)};
        auto model = prepareModel(config, lateDecember());
        QVERIFY(model);
        QCOMPARE(model->priorScales.size(), Eigen::Index(2));
        QCOMPARE(priorsOf(*model, "xmas"), std::set<double>{5.0});

        config.holidays.push_back(holiday("seans-bday", "2012-06-06", 0, 1, 8.0));
        config.holidays.push_back(holiday("seans-bday", "2013-06-06", 0, 1, 8.0));
        model = prepareModel(config, lateDecember());
        QVERIFY(model);
        QCOMPARE(model->priorScales.size(), Eigen::Index(4));
        QCOMPARE(priorsOf(*model, "xmas"), std::set<double>{5.0});
        QCOMPARE(priorsOf(*model, "seans-bday"), std::set<double>{8.0});

        config.holidays[2].priorScale.reset();
        config.holidays[3].priorScale.reset();
        config.holidaysPriorScale = 4.0;
        model = prepareModel(config, lateDecember());
        QVERIFY(model);
        QCOMPARE(priorsOf(*model, "xmas"), std::set<double>{5.0});
        QCOMPARE(priorsOf(*model, "seans-bday"), std::set<double>{4.0});
    }

    void inconsistentPriorScalesAreRejected()
    {
        ProphetConfig config;
        config.holidays = {holiday("xmas", "2016-12-25", -1, 0, 5.0),
                           holiday("xmas", "2017-12-25", -1, 0, 6.0)};
        const FitResult fit = Prophet::fit(config, lateDecember());
        QCOMPARE(fit.status, Status::InvalidInput);
        QVERIFY2(QString::fromStdString(fit.message).contains(QStringLiteral("xmas")),
                 fit.message.c_str());
    }

    void fitAndPredict_data()
    {
        QTest::addColumn<int>("firstTrainRow");
        QTest::addColumn<int>("trainRows");
        QTest::addColumn<bool>("country");
        QTest::addColumn<int>("futureDays"); // 0: predict the other rows of the file
        QTest::newRow("user holidays") << 0 << 510 << false << 30;
        QTest::newRow("US holidays") << 0 << 510 << true << 30;
        QTest::newRow("training holidays missing later") << 0 << 154 << false << 0;
        QTest::newRow("future holidays unseen in training") << 155 << 355 << true << 60;
    }
    void fitAndPredict()
    {
        QFETCH(int, firstTrainRow);
        QFETCH(int, trainRows);
        QFETCH(bool, country);
        QFETCH(int, futureDays);
        PROGNOS_UPSTREAM_SERIES(series, "data.csv");
        ProphetConfig config;
        config.uncertaintySamples = 0;
        config.holidays = {holiday("seans-bday", "2012-06-06", 0, 1),
                           holiday("seans-bday", "2013-06-06", 0, 1)};
        FitOptions options;
        if (country) {
            config.countryHolidays = "US";
            options.countryHolidays = HolidayCalendar::provider();
        }
        const FitResult fit = Prophet::fit(
            config, sliceRows(series, std::size_t(firstTrainRow), std::size_t(trainRows)), options);
        QVERIFY2(fit.ok(), fit.message.c_str());
        TimeSeries frame;
        if (futureDays > 0)
            frame = Prophet::makeFutureFrame(*fit.model, futureDays, Frequency{}, false);
        else
            frame.ds.assign(series.ds.begin() + 155, series.ds.end());
        const PredictResult predicted = Prophet::predict(*fit.model, frame);
        QVERIFY2(predicted.ok(), predicted.message.c_str());
        QCOMPARE(predicted.forecast.size(), frame.size());
        QVERIFY(predicted.forecast.column("holidays"));
        QVERIFY(predicted.forecast.column("seans-bday"));
        for (double v : *predicted.forecast.column("yhat"))
            QVERIFY(std::isfinite(v));
        // Columns and components keep the training layout whatever the frame's holidays.
        for (const std::string &name : fit.model->trainHolidayNames)
            QVERIFY2(predicted.forecast.column(name), name.c_str());
    }

    void everyTimestampOfTheDayIsFlagged()
    {
        PROGNOS_UPSTREAM_SERIES(series, "data2.csv");
        QCOMPARE(series.size(), std::size_t(863));
        ProphetConfig config;
        config.holidays = {holiday("special_day", "2017-01-02", 0, 0)};
        const auto model = prepareModel(config, series);
        QVERIFY(model);
        const Eigen::MatrixXd X = featuresOf(*model, series);
        const int column = featureIndex(*model, "special_day_delim_+0");
        QVERIFY(column >= 0);
        QCOMPARE(int((X.col(column).array() == 0.0).count()), 575);
        QCOMPARE(X.col(column).sum(), 288.0);
    }

    void columnsSortedByName()
    {
        // §7.3: code-point order, so "+" before "-" and "+10" before "+2".
        ProphetConfig config;
        config.holidays = {holiday("xmas", "2016-12-25", -1, 10)};
        const auto model = prepareModel(config, lateDecember());
        QVERIFY(model);
        std::vector<std::string> expected;
        for (const char *offset :
             {"+0", "+1", "+10", "+2", "+3", "+4", "+5", "+6", "+7", "+8", "+9", "-1"})
            expected.push_back(std::string("xmas_delim_") + offset);
        QCOMPARE(model->featureNames, expected);
    }

    void namesInOrderOfFirstAppearance()
    {
        ProphetConfig config;
        config.holidays = {holiday("zeta", "2016-12-28", 0, 0),
                           holiday("alpha", "2016-12-22", 0, 0),
                           holiday("zeta", "2016-12-30", 0, 0)};
        const auto model = prepareModel(config, lateDecember());
        QVERIFY(model);
        QCOMPARE(model->trainHolidayNames, (std::vector<std::string>{"zeta", "alpha"}));
        // Both dates of zeta share its one column.
        const Eigen::MatrixXd X = featuresOf(*model, lateDecember());
        QCOMPARE(X.col(featureIndex(*model, "zeta_delim_+0")).sum(), 2.0);
    }

    void countryHolidaysNeedACalendar()
    {
        ProphetConfig config;
        config.countryHolidays = "US";
        const FitResult withoutCalendar = Prophet::fit(config, lateDecember());
        QCOMPARE(withoutCalendar.status, Status::InvalidInput);
        QVERIFY(!withoutCalendar.message.empty());

        // §7.5: country holidays have no windows and take holidays_prior_scale.
        config.holidaysPriorScale = 3.0;
        FitOptions options;
        options.countryHolidays = HolidayCalendar::provider();
        options.skipOptimization = true;
        const FitResult fit = Prophet::fit(config, lateDecember(), options);
        QVERIFY2(fit.ok(), fit.message.c_str());
        const int christmas = featureIndex(*fit.model, "Christmas Day_delim_+0");
        QVERIFY(christmas >= 0);
        QCOMPARE(fit.model->priorScales[christmas], 3.0);
        for (const std::string &name : fit.model->featureNames)
            QVERIFY2(name.substr(name.size() - 2) == "+0", name.c_str());
        const Eigen::MatrixXd X = featuresOf(*fit.model, lateDecember());
        QCOMPARE(X(5, christmas), 1.0); // row 5 is 2016-12-25
    }
};

QTEST_APPLESS_MAIN(TestHolidayFeatures)
#include "tst_holidayfeatures.moc"
