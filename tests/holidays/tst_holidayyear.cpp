#include "engine/timestamp.h"
#include "holidays/holidayyear.h"

#include <QtTest>

using namespace prognos;
using namespace prognos::holidays;

// Checks the date helpers that country rules are written with.
class TestHolidayYear : public QObject
{
    Q_OBJECT

private slots:
    void nthWeekday_data();
    void nthWeekday();
    void weekendShifts();
    void keepsOnlyItsYearSortedAndUnique();
    void observedNaming();
};

static std::int64_t day(int year, int month, int dayOfMonth)
{
    return CivilTime::daysFromCivil(year, month, dayOfMonth);
}

void TestHolidayYear::nthWeekday_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("weekday");
    QTest::addColumn<int>("n");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("first Monday, month starts Monday")
        << 2024 << 1 << int(Monday) << 1 << qint64(day(2024, 1, 1));
    QTest::newRow("third Monday of January")
        << 2024 << 1 << int(Monday) << 3 << qint64(day(2024, 1, 15));
    QTest::newRow("fourth Thursday of November")
        << 2050 << 11 << int(Thursday) << 4 << qint64(day(2050, 11, 24));
    QTest::newRow("last Monday of May")
        << 2021 << 5 << int(Monday) << -1 << qint64(day(2021, 5, 31));
    QTest::newRow("last Monday, month ends Sunday")
        << 2020 << 5 << int(Monday) << -1 << qint64(day(2020, 5, 25));
    QTest::newRow("second-last Friday of February, leap year")
        << 2024 << 2 << int(Friday) << -2 << qint64(day(2024, 2, 16));
}

void TestHolidayYear::nthWeekday()
{
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(int, weekday);
    QFETCH(int, n);
    QFETCH(qint64, expected);
    const HolidayYear holidays(year);
    QCOMPARE(qint64(holidays.nthWeekday(month, static_cast<Weekday>(weekday), n)), expected);
}

void TestHolidayYear::weekendShifts()
{
    const auto saturday = day(2022, 1, 1);
    const auto sunday = day(2023, 1, 1);
    const auto monday = day(2024, 1, 1);
    QCOMPARE(HolidayYear::weekdayOf(saturday), Saturday);
    QCOMPARE(HolidayYear::nearestWeekday(saturday), saturday - 1);
    QCOMPARE(HolidayYear::nearestWeekday(sunday), sunday + 1);
    QCOMPARE(HolidayYear::nearestWeekday(monday), monday);
    QCOMPARE(HolidayYear::nextMonday(saturday), saturday + 2);
    QCOMPARE(HolidayYear::nextMonday(sunday), sunday + 1);
    QCOMPARE(HolidayYear::nextMonday(monday), monday);
    QCOMPARE(HolidayYear::onOrAfter(monday, Monday), monday);
    QCOMPARE(HolidayYear::onOrBefore(monday - 1, Monday), monday - 7);
}

void TestHolidayYear::keepsOnlyItsYearSortedAndUnique()
{
    HolidayYear holidays(2030);
    holidays.add("B", holidays.date(5, 1));
    holidays.add("A", holidays.date(5, 1));
    holidays.add("B", holidays.date(5, 1));
    holidays.add("Before", holidays.date(2029, 12, 31));
    holidays.add("After", holidays.date(2031, 1, 1));
    holidays.add("New Year", 1, 1);

    const auto entries = holidays.entries();
    QCOMPARE(entries.size(), size_t(3));
    QCOMPARE(entries[0].second, std::string("New Year"));
    QCOMPARE(entries[1].second, std::string("A"));
    QCOMPARE(entries[2].second, std::string("B"));
    QVERIFY(holidays.isHoliday(holidays.date(5, 1)));
    QVERIFY(!holidays.isHoliday(holidays.date(5, 2)));
    QCOMPARE(holidays.daysOf("B"), std::vector<std::int64_t>{holidays.date(5, 1)});
}

void TestHolidayYear::observedNaming()
{
    HolidayYear holidays(2022);
    const auto christmas = holidays.date(12, 25);
    holidays.addObserved("Christmas Day", christmas, christmas);
    QVERIFY(holidays.entries().empty());
    holidays.addObserved("Christmas Day", christmas, christmas + 1);
    QVERIFY(holidays.has("Christmas Day (Observed)", christmas + 1));
}

QTEST_APPLESS_MAIN(TestHolidayYear)
#include "tst_holidayyear.moc"
