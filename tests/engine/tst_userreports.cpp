// Regression tests for the engine's part of the user reports in
// ../shared/cases/user-reports.md (BUG-13, 14, 15, 19, 23, 25, 27). Inputs are generated here
// exactly as each case describes them.
#include "enginetestdata.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace prognos;
using namespace prognos::testing;

namespace {

bool isWeekend(Timestamp ds)
{
    return CivilTime::weekday(dayNumber(ds)) >= 5;
}

bool anyWarningMentions(const std::vector<std::string> &warnings, const char *words)
{
    return std::any_of(warnings.begin(), warnings.end(),
                       [&](const std::string &w) { return mentions(w, words); });
}

/// Monthly rows on the first of the month from (year, month), one per value.
TimeSeries monthlySeries(int year, int month, const std::vector<double> &y)
{
    TimeSeries s;
    for (std::size_t i = 0; i < y.size(); ++i) {
        const int index = month - 1 + int(i);
        s.ds.push_back(dateOf(year + index / 12, index % 12 + 1, 1));
    }
    s.y = y;
    return s;
}

/// Slope per day of a forecast column over its rows.
double slopePerDay(const Forecast &f, const char *column)
{
    const std::vector<double> &v = *f.column(column);
    const double days = double(f.ds.back() - f.ds.front()) / double(kMsPerDay);
    return (v.back() - v.front()) / days;
}

/// BUG-25's series: flat at 100 until row 89, then up 10 a day to 200.
TimeSeries lateRise()
{
    std::vector<double> y;
    for (int i = 0; i < 100; ++i)
        y.push_back(i <= 89 ? 100.0 : 100.0 + 10.0 * (i - 89));
    return dailySeries(dateOf(2021, 1, 1), y);
}

/// BUG-27's series: x = 1 on every 5th day, y = 20 + 8·x, plus 3 on Saturdays.
TimeSeries regressorSeries()
{
    TimeSeries s;
    std::vector<double> &x = s.columns["x"];
    for (int i = 0; i < 120; ++i) {
        const Timestamp ds = dateOf(2024, 1, 1) + i * kMsPerDay;
        const double xi = i % 5 == 4 ? 1.0 : 0.0;
        const bool saturday = CivilTime::weekday(dayNumber(ds)) == 5;
        s.ds.push_back(ds);
        x.push_back(xi);
        s.y.push_back(20 + 8 * xi + (saturday ? 3 : 0));
    }
    return s;
}

} // namespace

class TestUserReports : public QObject
{
    Q_OBJECT

private slots:
    // BUG-13: blank y values are skipped without changing the model.
    void blankValuesAreSkipped()
    {
        std::vector<double> y;
        for (int i = 0; i < 70; ++i) {
            const Timestamp ds = dateOf(2021, 1, 4) + i * kMsPerDay;
            y.push_back(50 + (isWeekend(ds) ? 10 : 0) + 0.1 * i);
        }
        TimeSeries withBlanks = dailySeries(dateOf(2021, 1, 4), y);
        TimeSeries deleted;
        for (int i = 0; i < 70; ++i) {
            if ((i >= 20 && i <= 24) || i == 69) {
                withBlanks.y[std::size_t(i)] = NAN;
                continue;
            }
            deleted.ds.push_back(withBlanks.ds[std::size_t(i)]);
            deleted.y.push_back(y[std::size_t(i)]);
        }
        QCOMPARE(withBlanks.ds.back(), dateOf(2021, 3, 14));
        ProphetConfig config;
        config.uncertaintySamples = 0;
        const FitResult a = Prophet::fit(config, withBlanks);
        const FitResult b = Prophet::fit(config, deleted);
        QVERIFY2(a.ok(), a.message.c_str());
        QVERIFY2(b.ok(), b.message.c_str());
        QCOMPARE(a.model->history.size(), std::size_t(64));

        // Same parameters and in-sample fit.
        const ModelParameters &p = a.model->params;
        const ModelParameters &q = b.model->params;
        QVERIFY(std::abs(p.k - q.k) < 1e-6 && std::abs(p.m - q.m) < 1e-6);
        QVERIFY((p.delta - q.delta).cwiseAbs().maxCoeff() < 1e-6);
        QVERIFY((p.beta - q.beta).cwiseAbs().maxCoeff() < 1e-6);
        const PredictResult fa = Prophet::predict(*a.model, deleted);
        const PredictResult fb = Prophet::predict(*b.model, deleted);
        QVERIFY(fa.ok() && fb.ok());
        const std::vector<double> &ya = *fa.forecast.column("yhat");
        const std::vector<double> &yb = *fb.forecast.column("yhat");
        for (std::size_t i = 0; i < ya.size(); ++i)
            QVERIFY(std::abs(ya[i] - yb[i]) < 1e-6);

        // The weekly component shows about +10 at the weekend.
        const std::vector<double> &weekly = *fa.forecast.column("weekly");
        double weekend = 0;
        double weekdays = 0;
        int weekendRows = 0;
        for (std::size_t i = 0; i < weekly.size(); ++i) {
            if (isWeekend(fa.forecast.ds[i])) {
                weekend += weekly[i];
                ++weekendRows;
            } else {
                weekdays += weekly[i];
            }
        }
        const double lift =
            weekend / weekendRows - weekdays / double(weekly.size() - std::size_t(weekendRows));
        QVERIFY2(std::abs(lift - 10) < 0.5,
                 qPrintable(QStringLiteral("weekend lift %1").arg(lift)));

        // Like Prophet, the future starts after the last date in the file.
        const TimeSeries future = Prophet::makeFutureFrame(*a.model, 1, Frequency{}, false);
        QCOMPARE(future.ds.front(), dateOf(2021, 3, 15));
    }

    // BUG-14: fewer than two usable rows; very short series.
    void tooFewRows_data()
    {
        QTest::addColumn<std::vector<double>>("y");
        QTest::addColumn<QString>("found");
        QTest::addColumn<QString>("blank");
        QTest::newRow("A: one row") << std::vector<double>{5} << "found 1" << QString();
        QTest::newRow("B: four blanks") << std::vector<double>{NAN, 3, NAN, NAN, NAN} << "found 1"
                                        << "4";
    }
    void tooFewRows()
    {
        QFETCH(std::vector<double>, y);
        QFETCH(QString, found);
        QFETCH(QString, blank);
        const FitResult fit = Prophet::fit(ProphetConfig{}, dailySeries(dateOf(2024, 1, 1), y));
        QCOMPARE(fit.status, Status::InvalidInput);
        QVERIFY(!fit.model);
        QVERIFY2(mentions(fit.message, "at least 2 rows"), fit.message.c_str());
        QVERIFY2(mentions(fit.message, found.toLatin1().constData()), fit.message.c_str());
        if (!blank.isEmpty()) {
            QVERIFY2(
                mentions(fit.message,
                         (blank + QStringLiteral(" rows have no value")).toLatin1().constData()),
                fit.message.c_str());
        }
    }

    void threeRows()
    {
        QElapsedTimer timer;
        timer.start();
        const FitResult fit =
            Prophet::fit(ProphetConfig{}, dailySeries(dateOf(2024, 1, 1), {3, 5, 4}));
        QVERIFY2(fit.ok(), fit.message.c_str());
        const FittedModel &model = *fit.model;
        QCOMPARE(model.nChangepoints, 1); // floor(0.8 · 3) − 1
        QCOMPARE(model.changepoints, std::vector<Timestamp>{dateOf(2024, 1, 2)});
        QVERIFY(model.seasonalities.empty());
        QVERIFY(anyWarningMentions(fit.warnings, "very short history"));
        const PredictResult predicted =
            Prophet::predict(model, Prophet::makeFutureFrame(model, 7, Frequency{}, false));
        QVERIFY2(predicted.ok(), predicted.message.c_str());
        QCOMPARE(predicted.forecast.size(), std::size_t(7));
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
    }

    // BUG-15: all-zero or constant series.
    void constantSeries_data()
    {
        QTest::addColumn<double>("value");
        QTest::newRow("A: zeros") << 0.0;
        QTest::newRow("B: sevens") << 7.0;
    }
    void constantSeries()
    {
        QFETCH(double, value);
        const FitResult fit =
            Prophet::fit(ProphetConfig{}, dailySeries(dateOf(2024, 1, 1), std::vector(30, value)));
        QVERIFY2(fit.ok(), fit.message.c_str());
        QCOMPARE(fit.model->yScale, value == 0 ? 1.0 : value);
        QVERIFY(anyWarningMentions(fit.warnings, "constant"));
        const PredictResult predicted = Prophet::predict(
            *fit.model, Prophet::makeFutureFrame(*fit.model, 14, Frequency{}, true));
        QVERIFY2(predicted.ok(), predicted.message.c_str());
        const Forecast &f = predicted.forecast;
        QCOMPARE(f.size(), std::size_t(44));
        for (const auto &[name, values] : f.columns) {
            for (double v : values)
                QVERIFY2(std::isfinite(v), name.c_str());
        }
        for (std::size_t i = 0; i < f.size(); ++i) {
            QVERIFY(std::abs(f.column("yhat")->at(i) - value) <= 0.01);
            QVERIFY(std::abs(f.column("yhat_lower")->at(i) - value) <= 0.01);
            QVERIFY(std::abs(f.column("yhat_upper")->at(i) - value) <= 0.01);
        }
    }

    // BUG-19: yearly seasonality on one year of monthly data.
    void yearlyOnOneYearOfMonths()
    {
        std::vector<double> y;
        for (int m = 1; m <= 12; ++m)
            y.push_back(100 + 10 * m);
        const TimeSeries oneYear = monthlySeries(2023, 1, y);

        const auto automatic = prepareModel(ProphetConfig{}, oneYear);
        QVERIFY(automatic);
        QVERIFY(!seasonalityOf(*automatic, "yearly"));

        ProphetConfig forced;
        forced.yearlySeasonality = SeasonalitySwitch::on();
        forced.uncertaintySamples = 0;
        const FitResult fit = Prophet::fit(forced, oneYear);
        QVERIFY2(fit.ok(), fit.message.c_str());
        QVERIFY(seasonalityOf(*fit.model, "yearly"));
        QVERIFY2(anyWarningMentions(fit.warnings, "needs at least 2 years") &&
                     anyWarningMentions(fit.warnings, "spans 334 days"),
                 fit.warnings.empty() ? "no warning" : fit.warnings.front().c_str());
    }

    void threeYearsOfMonths()
    {
        const TimeSeries months = monthlySeries(2021, 1, std::vector<double>(36, 50.0));
        TimeSeries varied = months;
        for (std::size_t i = 0; i < varied.size(); ++i)
            varied.y[i] += 10 * std::sin(2 * M_PI * double(i) / 12) + 0.5 * double(i);
        const auto model = prepareModel(ProphetConfig{}, varied);
        QVERIFY(model);
        QCOMPARE(double(model->tScaleMs) / double(kMsPerDay), 1064.0);
        QVERIFY(seasonalityOf(*model, "yearly"));
        QVERIFY(!seasonalityOf(*model, "weekly"));
        QVERIFY(!seasonalityOf(*model, "daily"));
        ProphetConfig config;
        config.uncertaintySamples = 0;
        const FitResult fit = Prophet::fit(config, varied);
        QVERIFY2(fit.ok(), fit.message.c_str());
        const PredictResult predicted = Prophet::predict(
            *fit.model, Prophet::makeFutureFrame(*fit.model, 90, Frequency{}, false));
        QVERIFY2(predicted.ok(), predicted.message.c_str());
        QCOMPARE(predicted.forecast.size(), std::size_t(90));
    }

    // BUG-23: logistic growth with a missing or invalid cap and floor.
    void invalidCapacity_data()
    {
        QTest::addColumn<int>("variant");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("a: no cap") << 0 << QStringList{"needs a capacity (cap)"};
        QTest::newRow("b: cap 0 in rows 21-26")
            << 1 << QStringList{"greater than the floor", "21, 22, 23, 24, 25, 26", "0 here"};
        QTest::newRow("c: cap = floor") << 2 << QStringList{"equals the floor", "all 40 rows"};
    }
    void invalidCapacity()
    {
        QFETCH(int, variant);
        QFETCH(QStringList, words);
        std::vector<double> y;
        for (int i = 0; i < 40; ++i)
            y.push_back(10 + i);
        TimeSeries s = dailySeries(dateOf(2024, 1, 1), y);
        if (variant == 1) {
            s.cap.assign(40, 100);
            std::fill(s.cap.begin() + 20, s.cap.begin() + 26, 0.0);
        } else if (variant == 2) {
            s.cap.assign(40, 50);
            s.floor.assign(40, 50);
        }
        ProphetConfig config;
        config.growth = Growth::Logistic;
        const FitResult fit = Prophet::fit(config, s);
        QCOMPARE(fit.status, Status::InvalidInput);
        for (const QString &w : words)
            QVERIFY2(mentions(fit.message, w.toLatin1().constData()), fit.message.c_str());
    }

    void futureWithoutCapacity()
    {
        std::vector<double> y;
        for (int i = 0; i < 40; ++i)
            y.push_back(10 + i);
        TimeSeries s = dailySeries(dateOf(2024, 1, 1), y);
        s.cap.assign(40, 100);
        ProphetConfig config;
        config.growth = Growth::Logistic;
        const FitResult fit = Prophet::fit(config, s);
        QVERIFY2(fit.ok(), fit.message.c_str());
        TimeSeries future = Prophet::makeFutureFrame(*fit.model, 14, Frequency{}, true);
        const PredictResult withoutCap = Prophet::predict(*fit.model, future);
        QCOMPARE(withoutCap.status, Status::InvalidInput);
        QVERIFY2(mentions(withoutCap.message, "cap"), withoutCap.message.c_str());

        // With the last historical cap carried forward the trend stays inside (floor, cap).
        future.cap.assign(future.size(), 100);
        const PredictResult predicted = Prophet::predict(*fit.model, future);
        QVERIFY2(predicted.ok(), predicted.message.c_str());
        for (const char *column : {"trend", "trend_lower", "trend_upper"}) {
            for (double v : *predicted.forecast.column(column))
                QVERIFY2(v > 0 && v < 100, qPrintable(QStringLiteral("%1 %2").arg(column).arg(v)));
        }
    }

    // BUG-25: changepoints only in the first 80 %, so a late change is missed by default.
    void lateTrendChange()
    {
        const TimeSeries s = lateRise();
        ProphetConfig config;
        config.uncertaintySamples = 0;
        const FitResult standard = Prophet::fit(config, s);
        QVERIFY2(standard.ok(), standard.message.c_str());
        QCOMPARE(standard.model->changepoints.size(), std::size_t(25));
        QCOMPARE(standard.model->changepoints.back(), s.ds[79]);
        QCOMPARE(s.ds[79], dateOf(2021, 3, 21));

        config.changepointRange = 0.95;
        const FitResult late = Prophet::fit(config, s);
        QVERIFY2(late.ok(), late.message.c_str());
        QCOMPARE(late.model->changepoints.back(), s.ds[94]);
        QCOMPARE(s.ds[94], dateOf(2021, 4, 5));

        const PredictResult a = Prophet::predict(
            *standard.model, Prophet::makeFutureFrame(*standard.model, 14, Frequency{}, false));
        const PredictResult b = Prophet::predict(
            *late.model, Prophet::makeFutureFrame(*late.model, 14, Frequency{}, false));
        QVERIFY(a.ok() && b.ok());
        const double slopeDefault = slopePerDay(a.forecast, "trend");
        const double slopeLate = slopePerDay(b.forecast, "trend");
        qInfo("forecast trend slope: %.3f/day (range 0.8), %.3f/day (range 0.95)", slopeDefault,
              slopeLate);
        QVERIFY2(slopeDefault < 5.0, qPrintable(QString::number(slopeDefault)));
        QVERIFY2(slopeLate > slopeDefault + 2.0, qPrintable(QString::number(slopeLate)));
    }

    // BUG-27: extra regressors default to holidays_prior_scale, not seasonality_prior_scale.
    void regressorPriorScale()
    {
        const TimeSeries s = regressorSeries();
        QCOMPARE(s.ds.back(), dateOf(2024, 4, 29));
        ProphetConfig config;
        config.seasonalityPriorScale = 0.01;
        config.holidaysPriorScale = 10;
        config.uncertaintySamples = 0;
        auto effectOf = [&](std::optional<double> priorScale, std::vector<double> *yhat) -> double {
            ProphetConfig c = config;
            c.regressors = {{"x", priorScale, Standardize::Auto, {}}};
            const FitResult fit = Prophet::fit(c, s);
            if (!fit.ok())
                return NAN;
            const PredictResult predicted = Prophet::predict(*fit.model, s);
            if (yhat)
                *yhat = *predicted.forecast.column("yhat");
            const std::vector<double> &x = *predicted.forecast.column("x");
            return x[4] - x[0]; // a day with x = 1 against a day with x = 0
        };
        std::vector<double> yhat1;
        std::vector<double> yhat2;
        const double m1 = effectOf(std::nullopt, &yhat1);
        const double m2 = effectOf(10.0, &yhat2);
        const double m3 = effectOf(0.01, nullptr);
        qInfo("effect of x = 1: M1 %.4f, M2 %.4f, M3 %.4f", m1, m2, m3);
        QCOMPARE(yhat1.size(), std::size_t(120));
        for (std::size_t i = 0; i < yhat1.size(); ++i)
            QVERIFY(std::abs(yhat1[i] - yhat2[i]) < 1e-9);
        QVERIFY2(std::abs(m1 - 8) <= 1, qPrintable(QString::number(m1)));
        QVERIFY2(m3 < 0.5 * m1, qPrintable(QString::number(m3)));

        config.seasonalityMode = ComponentMode::Multiplicative;
        config.regressors = {{"x", {}, Standardize::Auto, {}}};
        const auto model = prepareModel(config, s);
        QVERIFY(model);
        QVERIFY(model->regressors[0].mode == ComponentMode::Multiplicative);
        QVERIFY(!componentOf(*model, "x")->additive);
    }
};

QTEST_APPLESS_MAIN(TestUserReports)
#include "tst_userreports.moc"
