// CutoffPlan and CalendarSpan (§13.1–13.2 of the model document): calendar spans, Prophet's
// generate_cutoffs (the lists of §18.7 exactly), defaults, and refused settings with a setting
// that works.
#include "cvtestdata.h"

#include "engine/cutoffplan.h"

#include <QtTest>

using namespace prognos;
using namespace prognos::testing;

class TestCutoffPlan : public QObject
{
    Q_OBJECT

private slots:
    void spansAreReadAsWritten_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<double>("count");
        QTest::addColumn<int>("unit");
        using Unit = CalendarSpan::Unit;
        QTest::newRow("730d") << "730d" << true << 730.0 << int(Unit::Days);
        QTest::newRow("730 days") << "730 days" << true << 730.0 << int(Unit::Days);
        QTest::newRow("1 day") << " 1 day " << true << 1.0 << int(Unit::Days);
        QTest::newRow("182.5d") << "182.5d" << true << 182.5 << int(Unit::Days);
        QTest::newRow("4w") << "4w" << true << 4.0 << int(Unit::Weeks);
        QTest::newRow("6 hours") << "6 hours" << true << 6.0 << int(Unit::Hours);
        QTest::newRow("12 months") << "12 months" << true << 12.0 << int(Unit::Months);
        QTest::newRow("3mo") << "3mo" << true << 3.0 << int(Unit::Months);
        QTest::newRow("3M") << "3M" << true << 3.0 << int(Unit::Months);
        QTest::newRow("fractional months") << "3.5 months" << false << 0.0 << 0;
        QTest::newRow("negative") << "-1d" << false << 0.0 << 0;
        QTest::newRow("minutes are not a unit here") << "5m" << false << 0.0 << 0;
        QTest::newRow("no unit") << "30" << false << 0.0 << 0;
        QTest::newRow("words") << "a year" << false << 0.0 << 0;
    }
    void spansAreReadAsWritten()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const std::optional<CalendarSpan> span = CalendarSpan::parse(text.toStdString());
        QCOMPARE(span.has_value(), valid);
        if (!valid)
            return;
        QFETCH(double, count);
        QFETCH(int, unit);
        QCOMPARE(span->count, count);
        QCOMPARE(int(span->unit), unit);
    }

    void monthsStepThroughTheCalendar()
    {
        const CalendarSpan month = CalendarSpan::months(1);
        QCOMPARE(month.addTo(dateOf(2020, 1, 31)), dateOf(2020, 2, 29));
        QCOMPARE(month.addTo(dateOf(2021, 1, 31)), dateOf(2021, 2, 28));
        QCOMPARE(month.addTo(dateOf(2020, 2, 29), 1, 31), dateOf(2020, 3, 31));
        QCOMPARE(CalendarSpan::months(12).addTo(dateOf(2020, 3, 15) + 5 * kMsPerHour, -2),
                 dateOf(2018, 3, 15) + 5 * kMsPerHour);
        QCOMPARE(CalendarSpan::months(3).addTo(dateOf(2000, 1, 1), -1), dateOf(1999, 10, 1));
        QCOMPARE(CalendarSpan::days(365).scaled(0.5).nominalMs(), 365 * kMsPerDay / 2);
        QCOMPARE(CalendarSpan::months(3).scaled(0.5), CalendarSpan::days(3 * 30.4375 / 2));
        QCOMPARE(CalendarSpan::months(12).scaled(0.5), CalendarSpan::months(6));
        QCOMPARE(CalendarSpan::days(182.5).toString(), std::string("182.5 days"));
        QCOMPARE(CalendarSpan::weeks(1).toString(), std::string("1 week"));
    }

    void cutoffsOfTheModelDocument_data()
    {
        QTest::addColumn<double>("horizon");
        QTest::addColumn<double>("period");
        QTest::addColumn<double>("initial");
        QTest::addColumn<QStringList>("cutoffs");
        QTest::addColumn<int>("rows");
        QTest::newRow("4, 10, 115")
            << 4.0 << 10.0 << 115.0 << QStringList{"2012-09-15", "2012-09-25", "2012-10-05"} << 8;
        QTest::newRow("4, 10, 90")
            << 4.0 << 10.0 << 90.0 << QStringList{"2012-08-16", "2012-08-26", "2012-09-05",
                                                  "2012-09-15", "2012-09-25", "2012-10-05"}
            << 16;
        QTest::newRow("4, 10, 135") << 4.0 << 10.0 << 135.0 << QStringList{"2012-10-05"} << 2;
        QTest::newRow("4, 4, 115")
            << 4.0 << 4.0 << 115.0
            << QStringList{"2012-09-11", "2012-09-15", "2012-09-19", "2012-09-23",
                           "2012-09-27", "2012-10-01", "2012-10-05"}
            << 20;
        QTest::newRow("4, 4, 135")
            << 4.0 << 4.0 << 135.0 << QStringList{"2012-10-01", "2012-10-05"} << 6;
        QTest::newRow("32, 10, 96")
            << 32.0 << 10.0 << 96.0 << QStringList{"2012-08-28", "2012-09-07"} << 44;
        QTest::newRow("1, 1, 140")
            << 1.0 << 1.0 << 140.0 << QStringList{"2012-10-07", "2012-10-08"} << 2;
    }
    void cutoffsOfTheModelDocument()
    {
        // §18.7: R 1.0's cutoffs on the first 100 rows of the upstream test series.
        QFETCH(double, horizon);
        QFETCH(double, period);
        QFETCH(double, initial);
        QFETCH(QStringList, cutoffs);
        QFETCH(int, rows);
        PROGNOS_UPSTREAM_SERIES(series, "data.csv");
        const TimeSeries first100 = sliceRows(series, 0, 100);
        const CutoffPlan plan =
            CutoffPlan::make(daysConfig(horizon, period, initial), first100.ds, 7.0);
        QVERIFY2(plan.ok(), plan.error.c_str());
        QCOMPARE(formatted(plan.cutoffs), cutoffs);
        QCOMPARE(rowsInFolds(plan, first100.ds), std::size_t(rows));
    }

    void defaultsAreHalfAHorizonAndThreeHorizons()
    {
        // §19.8: horizon 32 with the default initial gives what initial 96 gives.
        PROGNOS_UPSTREAM_SERIES(series, "data.csv");
        const TimeSeries first100 = sliceRows(series, 0, 100);
        const CutoffPlan byDefault = CutoffPlan::make(daysConfig(32, 10, {}), first100.ds, 7.0);
        const CutoffPlan given = CutoffPlan::make(daysConfig(32, 10, 96), first100.ds, 7.0);
        QVERIFY2(byDefault.ok(), byDefault.error.c_str());
        QCOMPARE(byDefault.initial, CalendarSpan::days(96));
        QCOMPARE(byDefault.cutoffs, given.cutoffs);
        const CutoffPlan halfPeriod = CutoffPlan::make(daysConfig(32, {}, {}), first100.ds, 7.0);
        QCOMPARE(halfPeriod.period, CalendarSpan::days(16));
    }

    void defaultInitialCoversTheLongestSeasonality()
    {
        // A yearly seasonality longer than three horizons sets the initial window.
        const TimeSeries long4 = fourYears();
        const CutoffPlan seasonal = CutoffPlan::make(daysConfig(30, {}, {}), long4.ds, 365.25);
        QVERIFY2(seasonal.ok(), seasonal.error.c_str());
        QCOMPARE(seasonal.initial, CalendarSpan::days(365.25));
        QVERIFY(seasonal.warnings.empty());
        const CutoffPlan shortInitial = CutoffPlan::make(daysConfig(30, {}, 100), long4.ds, 365.25);
        QCOMPARE(shortInitial.warnings.size(), std::size_t(1));
    }

    void impossibleSettingsAreRefusedWithOneThatWorks()
    {
        // 60 daily rows span 59 days.
        const TimeSeries s = dailySeries(dateOf(2021, 3, 1), std::vector<double>(60, 1.0));
        const CutoffPlan plan = CutoffPlan::make(daysConfig(30, {}, 45), s.ds, 7.0);
        QVERIFY(!plan.ok());
        QCOMPARE(QString::fromStdString(plan.error),
                 QStringLiteral("initial 45 days + horizon 30 days needs 75 days; the history "
                                "spans 59 days. An initial window of 29 days or a horizon of 14 "
                                "days would work."));
        QVERIFY(CutoffPlan::make(daysConfig(30, {}, 29), s.ds, 7.0).ok());
        QVERIFY(!CutoffPlan::make(daysConfig(30, {}, 30), s.ds, 7.0).ok());
        QVERIFY(CutoffPlan::make(daysConfig(14, {}, 45), s.ds, 7.0).ok());
        QVERIFY(!CutoffPlan::make(daysConfig(15, {}, 45), s.ds, 7.0).ok());

        // With the default initial the suggested horizon keeps the default.
        const CutoffPlan byDefault = CutoffPlan::make(daysConfig(30, {}, {}), s.ds, 7.0);
        QVERIFY(!byDefault.ok());
        QVERIFY2(byDefault.error.find("initial 90 days (three horizons, the default)") == 0,
                 byDefault.error.c_str());
        QVERIFY2(byDefault.error.find("a horizon of 14 days") != std::string::npos,
                 byDefault.error.c_str());
        QVERIFY(CutoffPlan::make(daysConfig(14, {}, {}), s.ds, 7.0).ok());
    }

    void settingsThatCannotWorkAnywhereAreRefused()
    {
        const TimeSeries s = dailySeries(dateOf(2021, 3, 1), std::vector<double>(60, 1.0));
        QVERIFY(!CutoffPlan::make(daysConfig(0, {}, {}), s.ds, 0).ok());
        QVERIFY(!CutoffPlan::make(daysConfig(5, 0, {}), s.ds, 0).ok());
        QVERIFY(!CutoffPlan::make(daysConfig(5, -1, {}), s.ds, 0).ok());
        QVERIFY(!CutoffPlan::make(daysConfig(5, NAN, {}), s.ds, 0).ok());
        QVERIFY(!CutoffPlan::make(daysConfig(5, 1e-9, {}), s.ds, 0).ok());
        QVERIFY(!CutoffPlan::make(daysConfig(1, {}, {}), {dateOf(2021, 3, 1)}, 0).ok());
        CrossValidationConfig threads = daysConfig(5, {}, {});
        threads.threads = -1;
        QVERIFY(!threads.validate().empty());
    }

    void calendarMonthCutoffs()
    {
        // Month starts: 2000-01 .. 2009-12; horizon 12 months, period 6, initial 24.
        CrossValidationConfig cv;
        cv.horizon = CalendarSpan::months(12);
        cv.period = CalendarSpan::months(6);
        cv.initial = CalendarSpan::months(24);
        const TimeSeries starts = monthlySeries(2000, 1, 1, 120);
        const CutoffPlan plan = CutoffPlan::make(cv, starts.ds, 365.25);
        QVERIFY2(plan.ok(), plan.error.c_str());
        QCOMPARE(plan.cutoffs.size(), std::size_t(14));
        QCOMPARE(plan.cutoffs.front(), dateOf(2002, 6, 1));
        QCOMPARE(plan.cutoffs.back(), dateOf(2008, 12, 1));
        QCOMPARE(plan.foldEnds.back(), dateOf(2009, 12, 1));

        // Month ends stay month ends (no drift from 31 to 30 to 28).
        const TimeSeries ends = monthlySeries(2000, 1, 31, 120);
        const CutoffPlan endPlan = CutoffPlan::make(cv, ends.ds, 365.25);
        QVERIFY2(endPlan.ok(), endPlan.error.c_str());
        for (std::size_t i = 0; i < endPlan.cutoffs.size(); ++i) {
            const CivilTime c = CivilTime::fromTimestamp(endPlan.cutoffs[i]);
            QCOMPARE(c.day, CivilTime::daysInMonth(c.year, c.month));
            const CivilTime e = CivilTime::fromTimestamp(endPlan.foldEnds[i]);
            QCOMPARE(e.day, CivilTime::daysInMonth(e.year, e.month));
        }
    }

    void hourCutoffs()
    {
        const Timestamp start = dateOf(2022, 5, 1);
        const TimeSeries hourly = regularSeries(start, kMsPerHour, std::vector<double>(240, 2.0));
        CrossValidationConfig cv;
        cv.horizon = CalendarSpan::hours(24);
        cv.period = CalendarSpan::hours(12);
        cv.initial = CalendarSpan::hours(72);
        const CutoffPlan plan = CutoffPlan::make(cv, hourly.ds, 1.0);
        QVERIFY2(plan.ok(), plan.error.c_str());
        QCOMPARE(plan.cutoffs.size(), std::size_t(12));
        QCOMPARE(plan.cutoffs.front(), start + 83 * kMsPerHour);
        QCOMPARE(plan.cutoffs.back(), start + 215 * kMsPerHour);

        cv.initial = CalendarSpan::hours(230);
        const CutoffPlan refused = CutoffPlan::make(cv, hourly.ds, 1.0);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error.find("needs 254 hours; the history spans 239 hours") !=
                     std::string::npos,
                 refused.error.c_str());
    }
};

QTEST_GUILESS_MAIN(TestCutoffPlan)
#include "tst_cutoffplan.moc"
