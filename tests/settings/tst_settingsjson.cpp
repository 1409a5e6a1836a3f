// The settings file: Prophet's names in, a ProphetConfig out, and back (issue #3).
#include "settings/pipelinejson.h"
#include "settings/settingsjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace prognos;

class TestSettingsJson : public QObject
{
    Q_OBJECT

private slots:
    void readsProphetNames()
    {
        const QJsonObject o = QJsonDocument::fromJson(R"({
            "growth": "logistic", "changepoints": ["2020-03-01"], "n_changepoints": 10,
            "changepoint_range": 0.9, "changepoint_prior_scale": 0.5,
            "yearly_seasonality": 7, "weekly_seasonality": false, "daily_seasonality": "auto",
            "seasonality_mode": "multiplicative", "seasonality_prior_scale": 3,
            "holidays_prior_scale": 4, "holidays_mode": "additive", "interval_width": 0.95,
            "uncertainty_samples": 0, "scaling": "minmax", "country_holidays": "US",
            "holidays": [{"holiday": "launch", "ds": "2020-05-01", "lower_window": -1,
                          "upper_window": 2, "prior_scale": 1.5}],
            "seasonalities": [{"name": "monthly", "period": 30.5, "fourier_order": 5,
                               "mode": "additive", "condition_name": "on_season"}],
            "regressors": [{"name": "price", "prior_scale": 2, "standardize": false}],
            "periods": 90, "freq": "MS", "mystery": 1})")
                                  .object();
        QStringList warnings;
        QStringList errors;
        const ProphetConfig c = SettingsJson::readModel(o, warnings, errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QCOMPARE(warnings.size(), 1); // "mystery" is ignored with a warning
        QVERIFY(warnings.first().contains(QStringLiteral("mystery")));
        QVERIFY(c.growth == Growth::Logistic);
        QCOMPARE(c.changepoints->size(), std::size_t(1));
        QCOMPARE(formatTimestamp(c.changepoints->front()), std::string("2020-03-01"));
        QCOMPARE(c.nChangepoints, 10);
        QCOMPARE(c.changepointPriorScale, 0.5);
        QVERIFY(c.yearlySeasonality == SeasonalitySwitch::withOrder(7));
        QVERIFY(c.weeklySeasonality == SeasonalitySwitch::off());
        QVERIFY(c.dailySeasonality == SeasonalitySwitch::automatic());
        QVERIFY(c.seasonalityMode == ComponentMode::Multiplicative);
        QVERIFY(c.effectiveHolidaysMode() == ComponentMode::Additive);
        QCOMPARE(c.intervalWidth, 0.95);
        QCOMPARE(c.uncertaintySamples, 0);
        QVERIFY(c.scaling == Scaling::MinMax);
        QCOMPARE(c.holidays.front().lowerWindow, -1);
        QCOMPARE(c.holidays.front().priorScale.value_or(0), 1.5);
        QCOMPARE(c.seasonalities.front().conditionName, std::string("on_season"));
        QVERIFY(c.regressors.front().standardize == Standardize::No);
        const HorizonSettings h = SettingsJson::readHorizon(o, errors);
        QCOMPARE(h.periods, 90);
        QVERIFY(h.frequency->unit == Frequency::Unit::MonthStart);
    }

    void wrongTypesAreErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("growth") << QByteArray(R"({"growth": "exponential"})")
                                << QStringLiteral("growth");
        QTest::newRow("number") << QByteArray(R"({"n_changepoints": "many"})")
                                << QStringLiteral("n_changepoints");
        QTest::newRow("seasonality") << QByteArray(R"({"weekly_seasonality": "sometimes"})")
                                     << QStringLiteral("weekly_seasonality");
        QTest::newRow("changepoint")
            << QByteArray(R"({"changepoints": ["soon"]})") << QStringLiteral("soon");
        QTest::newRow("frequency")
            << QByteArray(R"({"freq": "fortnightly"})") << QStringLiteral("fortnightly");
    }

    void wrongTypesAreErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        const QJsonObject o = QJsonDocument::fromJson(json).object();
        QStringList warnings;
        QStringList errors;
        SettingsJson::readModel(o, warnings, errors);
        SettingsJson::readHorizon(o, errors);
        QVERIFY(!errors.isEmpty());
        QVERIFY2(errors.join(u' ').contains(mentions), qPrintable(errors.join(u' ')));
    }

    void modelRoundTrip()
    {
        ProphetConfig c;
        c.growth = Growth::Flat;
        c.changepoints = std::vector<Timestamp>{*parseIsoTimestamp("2021-06-01")};
        c.yearlySeasonality = SeasonalitySwitch::withOrder(4);
        c.holidays.push_back({"x", 19000, -2, 1, 2.0});
        c.regressors.push_back({"r", 3.0, Standardize::Yes, ComponentMode::Multiplicative});
        QStringList warnings;
        QStringList errors;
        const ProphetConfig back =
            SettingsJson::readModel(SettingsJson::writeModel(c), warnings, errors);
        QVERIFY(errors.isEmpty() && warnings.isEmpty());
        QVERIFY(back.growth == Growth::Flat);
        QCOMPARE(*back.changepoints, *c.changepoints);
        QVERIFY(back.yearlySeasonality == c.yearlySeasonality);
        QCOMPARE(back.holidays.front().day, std::int64_t(19000));
        QCOMPARE(back.holidays.front().upperWindow, 1);
        QVERIFY(back.regressors.front().mode == ComponentMode::Multiplicative);
        QVERIFY(back.regressors.front().standardize == Standardize::Yes);
    }

    void pipelineRoundTrip()
    {
        const QJsonArray steps = QJsonDocument::fromJson(R"([
            {"step": "aggregate_duplicates", "aggregator": "sum"},
            {"step": "fill_missing", "fill": "linear"},
            {"step": "exclude_outliers", "rows": [45, 46], "threshold": 4},
            {"step": "transform", "transform": "log1p"},
            {"step": "resample", "freq": "W", "aggregator": "max"},
            {"step": "date_range", "from": "2020-01-01", "to": "2020-12-31"},
            {"step": "select_group", "value": "North"}])")
                                     .array();
        QStringList errors;
        const CleaningPipeline pipeline = PipelineJson::readCleaning(steps, errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QCOMPARE(pipeline.steps().size(), 7);
        QVERIFY(pipeline.steps()[0].aggregator == CleaningStep::Aggregator::Sum);
        QCOMPARE(pipeline.steps()[2].rows, (QList<int>{45, 46}));
        QVERIFY(pipeline.steps()[3].transform == ValueTransform::Kind::Log1p);
        QVERIFY(pipeline.steps()[4].frequency.unit == Frequency::Unit::Week);
        QCOMPARE(pipeline.steps()[6].groupValue, QStringLiteral("North"));
        QCOMPARE(PipelineJson::writeCleaning(pipeline), steps);

        const QJsonObject import = QJsonDocument::fromJson(R"({"encoding": "windows-1252",
            "delimiter": ";", "header": "present", "date_column": "Datum",
            "value_column": "Umsatz", "regressor_columns": ["promo"]})")
                                       .object();
        const ImportSettings settings = PipelineJson::readImport(import, errors);
        QVERIFY(errors.isEmpty());
        QVERIFY(settings.csv.encoding == TextEncoding::Windows1252);
        QCOMPARE(settings.csv.delimiter, QLatin1Char(';'));
        QCOMPARE(settings.roles.y, QStringLiteral("Umsatz"));
        QCOMPARE(settings.roles.regressors, QStringList{QStringLiteral("promo")});
        QCOMPARE(PipelineJson::readImport(PipelineJson::writeImport(settings), errors).roles.ds,
                 QStringLiteral("Datum"));
    }

    void maxBytesIsAWholeNumberOfBytes_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("shown");
        QTest::newRow("too large") << R"({"max_bytes": 1e30})"
                                   << "1e+30";
        QTest::newRow("negative") << R"({"max_bytes": -1})"
                                  << "-1";
        QTest::newRow("zero") << R"({"max_bytes": 0})"
                              << "0";
        QTest::newRow("fraction") << R"({"max_bytes": 1.5})"
                                  << "1.5";
        QTest::newRow("text") << R"({"max_bytes": "50MB"})"
                              << "\"50MB\"";
    }

    void maxBytesIsAWholeNumberOfBytes()
    {
        QFETCH(QString, json);
        QFETCH(QString, shown);
        QStringList errors;
        const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
        const ImportSettings settings = PipelineJson::readImport(o, errors);
        QCOMPARE(errors,
                 QStringList{QStringLiteral("max_bytes must be a whole number of bytes from 1 to "
                                            "1099511627776 (1 TiB); it is %1.")
                                 .arg(shown)});
        QCOMPARE(settings.csv.maxBytes, ImportSettings().csv.maxBytes);

        errors.clear();
        const QJsonObject fine = QJsonDocument::fromJson(R"({"max_bytes": 104857600})").object();
        QCOMPARE(PipelineJson::readImport(fine, errors).csv.maxBytes, qint64(104857600));
        QVERIFY(errors.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSettingsJson)
#include "tst_settingsjson.moc"
