#include "engine/timestamp.h"
#include "holidays/easter.h"

#include <QtTest>

using namespace prognos;

// Checks the Easter computations against published dates, including the extremes of the
// Western range (22 March and 25 April) and years where the two Easters coincide or differ
// by five weeks.
class TestEaster : public QObject
{
    Q_OBJECT

private slots:
    void western_data();
    void western();
    void orthodox_data();
    void orthodox();
    void sundayAlways();
};

static std::int64_t day(int year, int month, int dayOfMonth)
{
    return CivilTime::daysFromCivil(year, month, dayOfMonth);
}

void TestEaster::western_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("1818 earliest") << 1818 << qint64(day(1818, 3, 22));
    QTest::newRow("1943 latest") << 1943 << qint64(day(1943, 4, 25));
    QTest::newRow("2000") << 2000 << qint64(day(2000, 4, 23));
    QTest::newRow("2008") << 2008 << qint64(day(2008, 3, 23));
    QTest::newRow("2011") << 2011 << qint64(day(2011, 4, 24));
    QTest::newRow("2024") << 2024 << qint64(day(2024, 3, 31));
    QTest::newRow("2038 latest") << 2038 << qint64(day(2038, 4, 25));
    QTest::newRow("2049") << 2049 << qint64(day(2049, 4, 18));
    QTest::newRow("2285 earliest") << 2285 << qint64(day(2285, 3, 22));
}

void TestEaster::western()
{
    QFETCH(int, year);
    QFETCH(qint64, expected);
    QCOMPARE(qint64(holidays::westernEaster(year)), expected);
}

void TestEaster::orthodox_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("2008 five weeks later") << 2008 << qint64(day(2008, 4, 27));
    QTest::newRow("2011 same day") << 2011 << qint64(day(2011, 4, 24));
    QTest::newRow("2021") << 2021 << qint64(day(2021, 5, 2));
    QTest::newRow("2023") << 2023 << qint64(day(2023, 4, 16));
    QTest::newRow("2024") << 2024 << qint64(day(2024, 5, 5));
    QTest::newRow("2025 same day") << 2025 << qint64(day(2025, 4, 20));
    QTest::newRow("2050") << 2050 << qint64(day(2050, 4, 17));
}

void TestEaster::orthodox()
{
    QFETCH(int, year);
    QFETCH(qint64, expected);
    QCOMPARE(qint64(holidays::orthodoxEaster(year)), expected);
}

void TestEaster::sundayAlways()
{
    for (int year = 1900; year <= 2300; ++year) {
        const auto western = holidays::westernEaster(year);
        const auto orthodox = holidays::orthodoxEaster(year);
        QCOMPARE(CivilTime::weekday(western), 6);
        QCOMPARE(CivilTime::weekday(orthodox), 6);
        QVERIFY(western >= day(year, 3, 22) && western <= day(year, 4, 25));
        QVERIFY(orthodox >= western);
        QVERIFY(orthodox - western <= 35);
    }
}

QTEST_APPLESS_MAIN(TestEaster)
#include "tst_easter.moc"
