// Future dates (model document §11.1, §19.2): the dates after the last history date, rows
// with a missing y included, at calendar-correct steps for every frequency the engine offers.
#include "enginetestdata.h"

#include <QtTest>

using namespace prognos;
using namespace prognos::testing;

namespace {

Timestamp at(const char *text)
{
    return parseIsoTimestamp(text).value_or(0);
}

std::vector<Timestamp> dates(std::initializer_list<const char *> texts)
{
    std::vector<Timestamp> out;
    for (const char *text : texts)
        out.push_back(at(text));
    return out;
}

} // namespace

class TestFutureDates : public QObject
{
    Q_OBJECT

private slots:
    void afterTheTestSeries_data()
    {
        QTest::addColumn<QString>("alias");
        QTest::addColumn<std::vector<Timestamp>>("expected");
        // The first 234 rows end on 2013-04-25 (a Thursday).
        QTest::newRow("daily") << "D" << dates({"2013-04-26", "2013-04-27", "2013-04-28"});
        QTest::newRow("month end") << "M" << dates({"2013-04-30", "2013-05-31", "2013-06-30"});
    }
    void afterTheTestSeries()
    {
        QFETCH(QString, alias);
        QFETCH(std::vector<Timestamp>, expected);
        PROGNOS_UPSTREAM_SERIES(series, "data.csv");
        const auto model = prepareModel(ProphetConfig{}, sliceRows(series, 0, 234));
        QVERIFY(model);
        QCOMPARE(model->historyDates.back(), at("2013-04-25"));
        const auto frequency = Frequency::fromPandasAlias(alias.toStdString());
        QVERIFY(frequency);
        const TimeSeries future = Prophet::makeFutureFrame(*model, 3, *frequency, false);
        QCOMPARE(future.ds, expected);
        const TimeSeries withHistory = Prophet::makeFutureFrame(*model, 3, *frequency, true);
        QCOMPARE(withHistory.size(), std::size_t(237));
    }

    void rowsWithoutAValueKeepTheirDates()
    {
        PROGNOS_UPSTREAM_SERIES(series, "data.csv");
        TimeSeries head = sliceRows(series, 0, 234);
        NormalDraws random(20260);
        std::size_t blanked = 0;
        while (blanked < 10) {
            const std::size_t row = random.nextInteger() % head.size();
            if (!std::isnan(head.y[row])) {
                head.y[row] = NAN;
                ++blanked;
            }
        }
        const auto model = prepareModel(ProphetConfig{}, head);
        QVERIFY(model);
        QCOMPARE(model->history.size(), std::size_t(224));
        const TimeSeries future = Prophet::makeFutureFrame(*model, 3, Frequency{}, true);
        QCOMPARE(future.size(), std::size_t(237));
        QCOMPARE(std::vector<Timestamp>(future.ds.begin(), future.ds.begin() + 234), head.ds);
    }

    void lastDateWithoutAValueStartsTheFuture()
    {
        std::vector<double> y = {1, 2, 3, 4, 5, 6, NAN};
        const auto model = prepareModel(ProphetConfig{}, dailySeries(dateOf(2024, 3, 1), y));
        QVERIFY(model);
        const TimeSeries future = Prophet::makeFutureFrame(*model, 1, Frequency{}, false);
        QCOMPARE(future.ds, std::vector<Timestamp>{dateOf(2024, 3, 8)});
    }

    void calendarSteps_data()
    {
        QTest::addColumn<QString>("alias");
        QTest::addColumn<QString>("last");
        QTest::addColumn<std::vector<Timestamp>>("expected");
        QTest::newRow("5 seconds")
            << "5s"
            << "2024-02-29 23:59:50" << dates({"2024-02-29 23:59:55", "2024-03-01 00:00:00"});
        QTest::newRow("15 minutes")
            << "15min"
            << "2024-12-31 23:30" << dates({"2024-12-31 23:45", "2025-01-01 00:00"});
        QTest::newRow("2 hours") << "2h"
                                 << "2024-03-30 23:00"
                                 << dates({"2024-03-31 01:00", "2024-03-31 03:00"});
        QTest::newRow("days over a leap day")
            << "D"
            << "2024-02-28" << dates({"2024-02-29", "2024-03-01"});
        QTest::newRow("business days from a Friday")
            << "B"
            << "2024-05-31" << dates({"2024-06-03", "2024-06-04", "2024-06-05"});
        QTest::newRow("business days from a Saturday")
            << "B"
            << "2024-06-01" << dates({"2024-06-03", "2024-06-04"});
        QTest::newRow("weeks keep the weekday")
            << "W"
            << "2024-01-03" << dates({"2024-01-10", "2024-01-17", "2024-01-24"});
        QTest::newRow("month start")
            << "MS"
            << "2024-01-15" << dates({"2024-02-01", "2024-03-01", "2024-04-01"});
        QTest::newRow("month start from a first")
            << "MS"
            << "2024-01-01" << dates({"2024-02-01", "2024-03-01"});
        QTest::newRow("month end from a month end")
            << "M"
            << "2024-01-31" << dates({"2024-02-29", "2024-03-31", "2024-04-30"});
        QTest::newRow("month end mid-month") << "ME"
                                             << "2023-02-10" << dates({"2023-02-28", "2023-03-31"});
        QTest::newRow("quarter start")
            << "QS"
            << "2024-02-10" << dates({"2024-04-01", "2024-07-01", "2024-10-01"});
        QTest::newRow("quarter end")
            << "Q"
            << "2024-02-10" << dates({"2024-03-31", "2024-06-30", "2024-09-30"});
        QTest::newRow("year start") << "YS"
                                    << "2024-06-15" << dates({"2025-01-01", "2026-01-01"});
        QTest::newRow("year end") << "Y"
                                  << "2024-12-31" << dates({"2025-12-31", "2026-12-31"});
    }
    void calendarSteps()
    {
        QFETCH(QString, alias);
        QFETCH(QString, last);
        QFETCH(std::vector<Timestamp>, expected);
        const auto frequency = Frequency::fromPandasAlias(alias.toStdString());
        QVERIFY2(frequency, qPrintable(alias));
        const std::vector<Timestamp> future =
            frequency->futureDates(at(last.toLatin1().constData()), int(expected.size()));
        std::vector<std::string> ours;
        std::vector<std::string> theirs;
        for (Timestamp d : future)
            ours.push_back(formatTimestamp(d));
        for (Timestamp d : expected)
            theirs.push_back(formatTimestamp(d));
        QCOMPARE(ours, theirs);
    }

    void monthlyStepsKeepTheDayOfMonth()
    {
        // Month keeps the last date's day, clamped to shorter months, not carried over.
        const Frequency monthly{Frequency::Unit::Month, 1};
        QCOMPARE(monthly.futureDates(at("2024-01-31"), 3),
                 dates({"2024-02-29", "2024-03-31", "2024-04-30"}));
        const Frequency yearly{Frequency::Unit::Year, 1};
        QCOMPARE(yearly.futureDates(at("2024-02-29"), 1), dates({"2025-02-28"}));
    }

    void nothingBeforeOrAtTheLastDate()
    {
        PROGNOS_UPSTREAM_SERIES(series, "data.csv");
        const auto model = prepareModel(ProphetConfig{}, series);
        QVERIFY(model);
        for (const char *alias : {"D", "B", "W", "MS", "M", "QS", "Q", "YS", "Y", "h"}) {
            const TimeSeries future =
                Prophet::makeFutureFrame(*model, 5, *Frequency::fromPandasAlias(alias), false);
            QCOMPARE(future.size(), std::size_t(5));
            QVERIFY2(future.ds.front() > series.ds.back(), alias);
            QVERIFY(std::is_sorted(future.ds.begin(), future.ds.end()));
        }
        QVERIFY(Prophet::makeFutureFrame(*model, 0, Frequency{}, false).ds.empty());
    }
};

QTEST_APPLESS_MAIN(TestFutureDates)
#include "tst_futuredates.moc"
