#include "engine/timestamp.h"
#include "holidays/hebrewcalendar.h"

#include <QtTest>

using namespace prognos;
using holidays::HebrewCalendar;
using namespace Qt::StringLiterals;

// Checks the arithmetic Hebrew calendar against published dates of Jewish holidays and
// against the calendar's structural invariants.
class TestHebrewCalendar : public QObject
{
    Q_OBJECT

private slots:
    void knownDates_data();
    void knownDates();
    void yearLengthsAndWeekdays();
};

void TestHebrewCalendar::knownDates_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Rosh Hashanah 5761") << 5761 << 7 << 1 << u"2000-09-30"_s;
    QTest::newRow("Hanukkah 5784") << 5784 << 9 << 25 << u"2023-12-08"_s;
    QTest::newRow("Purim 5784 (Adar II)") << 5784 << 13 << 14 << u"2024-03-24"_s;
    QTest::newRow("Passover 5784") << 5784 << 1 << 15 << u"2024-04-23"_s;
    QTest::newRow("Rosh Hashanah 5785") << 5785 << 7 << 1 << u"2024-10-03"_s;
    QTest::newRow("Purim 5785") << 5785 << 12 << 14 << u"2025-03-14"_s;
    QTest::newRow("Yom Kippur 5786") << 5786 << 7 << 10 << u"2025-10-02"_s;
}

void TestHebrewCalendar::knownDates()
{
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(int, day);
    QFETCH(QString, expected);
    const auto days = HebrewCalendar::toDays(year, month, day);
    QCOMPARE(QString::fromStdString(CivilTime::fromDays(days).toString()), expected);
}

void TestHebrewCalendar::yearLengthsAndWeekdays()
{
    for (int year = 5700; year <= 5900; ++year) {
        const auto length = HebrewCalendar::newYear(year + 1) - HebrewCalendar::newYear(year);
        const bool leap = HebrewCalendar::isLeapYear(year);
        QVERIFY2(leap ? (length >= 383 && length <= 385) : (length >= 353 && length <= 355),
                 qPrintable(QString::number(year)));

        // Rosh Hashanah never falls on a Sunday, Wednesday or Friday.
        const int weekday = CivilTime::weekday(HebrewCalendar::newYear(year));
        QVERIFY(weekday != 6 && weekday != 2 && weekday != 4);

        // The months add up to the year, and the last day of Elul precedes the next year.
        int sum = 0;
        for (int month = 1; month <= (leap ? 13 : 12); ++month)
            sum += HebrewCalendar::daysInMonth(year, month);
        QCOMPARE(sum, int(length));
        QCOMPARE(HebrewCalendar::toDays(year, 6, 29) + 1, HebrewCalendar::newYear(year + 1));
    }
}

QTEST_APPLESS_MAIN(TestHebrewCalendar)
#include "tst_hebrewcalendar.moc"
