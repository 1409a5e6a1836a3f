// The naive and seasonal-naive baselines of a cross-validation and the season each kind of
// data implies.
#include "cvtestdata.h"

#include "engine/baselineforecast.h"

#include <QtTest>

using namespace prognos;
using namespace prognos::testing;

class TestBaselineForecast : public QObject
{
    Q_OBJECT

private slots:
    void baselinesLookBackFromTheCutoff()
    {
        // Daily y = day number, with 2021-01-12 missing.
        std::vector<double> y;
        for (int i = 0; i < 40; ++i)
            y.push_back(i);
        TimeSeries s = dailySeries(dateOf(2021, 1, 1), y);
        s.ds.erase(s.ds.begin() + 11);
        s.y.erase(s.y.begin() + 11);
        const Timestamp cutoff = dateOf(2021, 1, 20); // y 19
        const std::vector<Timestamp> ds = {dateOf(2021, 1, 21), dateOf(2021, 1, 26),
                                           dateOf(2021, 1, 28), dateOf(2021, 1, 30)};
        const std::vector<Timestamp> cutoffs(ds.size(), cutoff);
        QCOMPARE(BaselineForecast::naive(s, ds, cutoffs), (std::vector<double>(4, 19.0)));
        // One week back for 01-21 and 01-26 (y 13, 18); two weeks for 01-28 and 01-30.
        const std::vector<double> seasonal =
            BaselineForecast::seasonalNaive(s, ds, cutoffs, CalendarSpan::days(7));
        QCOMPARE(seasonal, (std::vector<double>{13, 18, 13, 15}));
        // 2021-01-19 − 7 days = 01-12 is missing: the value before it (01-11, y 10) is used.
        const std::vector<double> gap = BaselineForecast::seasonalNaive(
            s, {dateOf(2021, 1, 19)}, {dateOf(2021, 1, 15)}, CalendarSpan::days(7));
        QCOMPARE(gap, (std::vector<double>{10}));
        // Before the history: the naive value.
        const std::vector<double> early = BaselineForecast::seasonalNaive(
            s, {dateOf(2021, 1, 5)}, {dateOf(2021, 1, 3)}, CalendarSpan::days(7));
        QCOMPARE(early, (std::vector<double>{2}));
        // Twelve months back on monthly data.
        const TimeSeries m = monthlySeries(2000, 1, 1, 36);
        const std::vector<double> yearAgo = BaselineForecast::seasonalNaive(
            m, {dateOf(2002, 3, 1)}, {dateOf(2001, 12, 1)}, CalendarSpan::months(12));
        QCOMPARE(yearAgo, (std::vector<double>{m.y[14]}));
    }

    void seasonFollowsTheDataFrequency()
    {
        using Unit = Frequency::Unit;
        QCOMPARE(BaselineForecast::defaultSeason({Unit::Hour, 1}), CalendarSpan::hours(24));
        QCOMPARE(BaselineForecast::defaultSeason({Unit::Minute, 5}), CalendarSpan::hours(24));
        QCOMPARE(BaselineForecast::defaultSeason({Unit::Day, 1}), CalendarSpan::days(7));
        QCOMPARE(BaselineForecast::defaultSeason({Unit::BusinessDay, 1}), CalendarSpan::days(7));
        QCOMPARE(BaselineForecast::defaultSeason({Unit::Week, 1}), CalendarSpan::weeks(52));
        QCOMPARE(BaselineForecast::defaultSeason({Unit::MonthStart, 1}), CalendarSpan::months(12));
        QCOMPARE(BaselineForecast::defaultSeason({Unit::QuarterEnd, 1}), CalendarSpan::months(12));

        // From the median spacing of the dates, robust to gaps.
        const TimeSeries hourly =
            regularSeries(dateOf(2022, 1, 1), kMsPerHour, std::vector<double>(100, 1.0));
        QCOMPARE(BaselineForecast::defaultSeason(hourly.ds), CalendarSpan::hours(24));
        std::vector<Timestamp> business;
        for (std::int64_t day = CivilTime::daysFromCivil(2022, 1, 3); business.size() < 60; ++day) {
            if (CivilTime::weekday(day) < 5)
                business.push_back(day * kMsPerDay);
        }
        QCOMPARE(BaselineForecast::defaultSeason(business), CalendarSpan::days(7));
        const TimeSeries weekly =
            regularSeries(dateOf(2022, 1, 3), 7 * kMsPerDay, std::vector<double>(60, 1.0));
        QCOMPARE(BaselineForecast::defaultSeason(weekly.ds), CalendarSpan::weeks(52));
        QCOMPARE(BaselineForecast::defaultSeason(monthlySeries(2000, 1, 31, 30).ds),
                 CalendarSpan::months(12));
    }
};

QTEST_GUILESS_MAIN(TestBaselineForecast)
#include "tst_baselineforecast.moc"
