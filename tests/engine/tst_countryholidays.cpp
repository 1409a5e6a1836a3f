// Country holidays in the model (issue #8): the calendar's holidays become features, one can
// be switched off or given a window, and a name used by the user and the country is refused.
#include "engine/prophet.h"
#include "holidays/holidaycalendar.h"
#include "settings/settingsjson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

#include <algorithm>
#include <cmath>

using namespace prognos;

namespace {

TimeSeries threeYears()
{
    TimeSeries series;
    const std::int64_t first = CivilTime::daysFromCivil(2021, 1, 1);
    for (int i = 0; i < 3 * 365; ++i) {
        series.ds.push_back((first + i) * kMsPerDay);
        series.y.push_back(50.0 + 0.01 * i + 3.0 * std::sin(2.0 * M_PI * i / 7.0));
    }
    return series;
}

bool hasFeature(const FittedModel &model, const std::string &name)
{
    return std::find(model.featureNames.begin(), model.featureNames.end(), name) !=
           model.featureNames.end();
}

FitResult fitWith(const ProphetConfig &config)
{
    FitOptions options;
    options.countryHolidays = HolidayCalendar::provider();
    options.skipOptimization = true;
    return Prophet::fit(config, threeYears(), options);
}

} // namespace

class TestCountryHolidays : public QObject
{
    Q_OBJECT

private slots:
    void countryHolidaysBecomeFeatures()
    {
        ProphetConfig config;
        config.countryHolidays = "US";
        const FitResult fit = fitWith(config);
        QVERIFY2(fit.ok(), fit.message.c_str());
        QVERIFY(hasFeature(*fit.model, "Thanksgiving_delim_+0"));
        QVERIFY(hasFeature(*fit.model, "Christmas Day_delim_+0"));
        QVERIFY(std::count(fit.model->trainHolidayNames.begin(), fit.model->trainHolidayNames.end(),
                           "Labor Day") == 1);
    }

    void oneHolidaySwitchedOff()
    {
        ProphetConfig config;
        config.countryHolidays = "US";
        config.countryHolidayOverrides.push_back({"Thanksgiving", false, 0, 0, std::nullopt});
        const FitResult fit = fitWith(config);
        QVERIFY2(fit.ok(), fit.message.c_str());
        QVERIFY(!hasFeature(*fit.model, "Thanksgiving_delim_+0"));
        QVERIFY(hasFeature(*fit.model, "Christmas Day_delim_+0"));
    }

    void windowAndPriorScale()
    {
        ProphetConfig config;
        config.countryHolidays = "US";
        config.countryHolidayOverrides.push_back({"Christmas Day", true, -2, 1, 3.0});
        const FitResult fit = fitWith(config);
        QVERIFY2(fit.ok(), fit.message.c_str());
        for (const char *column : {"Christmas Day_delim_-2", "Christmas Day_delim_-1",
                                   "Christmas Day_delim_+0", "Christmas Day_delim_+1"}) {
            const auto it =
                std::find(fit.model->featureNames.begin(), fit.model->featureNames.end(), column);
            QVERIFY2(it != fit.model->featureNames.end(), column);
            QCOMPARE(fit.model->priorScales[it - fit.model->featureNames.begin()], 3.0);
        }
    }

    void nameUsedTwiceIsRefused()
    {
        ProphetConfig config;
        config.countryHolidays = "US";
        config.holidays.push_back(HolidayEvent{
            "Thanksgiving", CivilTime::daysFromCivil(2022, 11, 24), 0, 0, std::nullopt});
        const FitResult fit = fitWith(config);
        QCOMPARE(fit.status, Status::InvalidInput);
        QVERIFY2(QString::fromStdString(fit.message).contains(QStringLiteral("Thanksgiving")),
                 fit.message.c_str());
    }

    void settingsFileRoundTrip()
    {
        ProphetConfig config;
        config.countryHolidays = "GB";
        config.countryHolidayOverrides.push_back({"Boxing Day", false, 0, 0, std::nullopt});
        config.countryHolidayOverrides.push_back({"Christmas Day", true, -1, 0, 2.5});
        QStringList warnings;
        QStringList errors;
        const ProphetConfig read =
            SettingsJson::readModel(SettingsJson::writeModel(config), warnings, errors);
        QVERIFY(errors.isEmpty());
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u';')));
        QCOMPARE(read.countryHolidays, std::string("GB"));
        QCOMPARE(read.countryHolidayOverrides.size(), std::size_t(2));
        QCOMPARE(read.countryHolidayOverrides[0].enabled, false);
        QCOMPARE(read.countryHolidayOverrides[1].lowerWindow, -1);
        QCOMPARE(read.countryHolidayOverrides[1].priorScale.value_or(0), 2.5);
    }
};

QTEST_GUILESS_MAIN(TestCountryHolidays)
#include "tst_countryholidays.moc"
