#include "casefiles.h"

#include "data/dataimporter.h"
#include "data/frequencyinference.h"
#include "data/qualityreport.h"

#include <QTest>

using namespace prognos;
using namespace casefiles;

namespace {

SeriesTable importSeries(const QByteArray &bytes)
{
    const ImportResult result = DataImporter::import(bytes);
    if (!result.ok())
        qWarning("import failed: %s", qPrintable(result.error));
    return result.series;
}

std::vector<Timestamp> monthly(int year, int month, int count, bool monthEnd)
{
    std::vector<Timestamp> dates;
    for (int i = 0; i < count; ++i) {
        const int y = year + (month - 1 + i) / 12;
        const int m = (month - 1 + i) % 12 + 1;
        dates.push_back(date(y, m, monthEnd ? CivilTime::daysInMonth(y, m) : 1));
    }
    return dates;
}

std::vector<Timestamp> stepped(Timestamp first, Timestamp step, int count)
{
    std::vector<Timestamp> dates;
    for (int i = 0; i < count; ++i)
        dates.push_back(first + step * i);
    return dates;
}

} // namespace

class TestQualityReport : public QObject
{
    Q_OBJECT

private slots:
    void frequencies_data();
    void frequencies();
    void futureDates_data();
    void futureDates();
    void businessDaysNeverGetWeekends();
    void gapsAreCounted();
    void daylightSavingWithoutOffsets();
    void bug13MissingValuesAreListed();
    void bug14ShortSeriesCounts();
    void bug15ConstantSeries();
    void bug16DuplicateDates();
    void bug21ZeroRows();
    void bug28SpikeIsTheOnlyOutlier();
    void outliersWithoutSeasonality();
};

void TestQualityReport::frequencies_data()
{
    QTest::addColumn<std::vector<Timestamp>>("dates");
    QTest::addColumn<bool>("regular");
    QTest::addColumn<QString>("alias");
    QTest::addColumn<QString>("description");

    const Timestamp jan1 = date(2024, 1, 1);
    QTest::newRow("daily") << stepped(jan1, kMsPerDay, 30) << true << "D"
                           << "daily";
    QTest::newRow("hourly") << stepped(jan1, kMsPerHour, 48) << true << "H"
                            << "hourly";
    QTest::newRow("15 minutes") << stepped(jan1, 15 * kMsPerMinute, 20) << true << "15T"
                                << "every 15 minutes";
    QTest::newRow("30 seconds") << stepped(jan1, 30 * kMsPerSecond, 20) << true << "30S"
                                << "every 30 seconds";
    QTest::newRow("every 2 days") << stepped(jan1, 2 * kMsPerDay, 20) << true << "2D"
                                  << "every 2 days";
    QTest::newRow("BUG-18 weekly Mondays") << stepped(jan1, 7 * kMsPerDay, 26) << true << "W"
                                           << "weekly, on Monday";
    QTest::newRow("weekly Saturdays") << stepped(date(2024, 1, 6), 7 * kMsPerDay, 26) << true << "W"
                                      << "weekly, on Saturday";
    QTest::newRow("BUG-17 A month start") << monthly(2022, 1, 24, false) << true << "MS"
                                          << "monthly, first of month";
    QTest::newRow("BUG-17 B month end") << monthly(2022, 1, 24, true) << true << "M"
                                        << "monthly, last of month";
    std::vector<Timestamp> fifteenth;
    for (int m = 1; m <= 12; ++m)
        fifteenth.push_back(date(2023, m, 15));
    QTest::newRow("monthly on the 15th") << fifteenth << true << "Mkeep"
                                         << "monthly, on day 15";
    std::vector<Timestamp> quarters;
    for (int q = 0; q < 8; ++q)
        quarters.push_back(date(2020 + q / 4, 1 + 3 * (q % 4), 1));
    QTest::newRow("quarterly") << quarters << true << "QS"
                               << "quarterly, first of quarter";
    std::vector<Timestamp> years;
    for (int y = 2000; y < 2010; ++y)
        years.push_back(date(y, 12, 31));
    QTest::newRow("yearly") << years << true << "A"
                            << "yearly, last of year";
    std::vector<Timestamp> weekdays;
    for (std::int64_t d = day(2024, 1, 1); weekdays.size() < 30; ++d) {
        if (CivilTime::weekday(d) < 5)
            weekdays.push_back(d * kMsPerDay);
    }
    QTest::newRow("business days") << weekdays << true << "B"
                                   << "business days (Monday to Friday)";
    QTest::newRow("irregular") << std::vector<Timestamp>{jan1, jan1 + kMsPerDay,
                                                         jan1 + 3 * kMsPerHour,
                                                         jan1 + 17 * kMsPerHour,
                                                         jan1 + 40 * kMsPerHour}
                               << false << ""
                               << "irregular";
    QTest::newRow("one date") << std::vector<Timestamp>{jan1} << false << ""
                              << "too few dates to tell";
}

void TestQualityReport::frequencies()
{
    QFETCH(std::vector<Timestamp>, dates);
    QFETCH(bool, regular);
    QFETCH(QString, alias);
    QFETCH(QString, description);

    std::reverse(dates.begin(), dates.end()); // order must not matter
    const InferredFrequency f = FrequencyInference::infer(dates);
    QCOMPARE(f.regular, regular);
    QCOMPARE(f.description, description);
    if (regular)
        QCOMPARE(QString::fromStdString(f.frequency.toPandasAlias()), alias);
}

void TestQualityReport::futureDates_data()
{
    QTest::addColumn<std::vector<Timestamp>>("history");
    QTest::addColumn<std::vector<Timestamp>>("future");

    QTest::newRow("BUG-17 A month start, horizon 6")
        << monthly(2022, 1, 24, false) << monthly(2024, 1, 6, false);
    QTest::newRow("BUG-17 B month end, horizon 6")
        << monthly(2022, 1, 24, true)
        << std::vector<Timestamp>{date(2024, 1, 31), date(2024, 2, 29), date(2024, 3, 31),
                                  date(2024, 4, 30), date(2024, 5, 31), date(2024, 6, 30)};
    QTest::newRow("BUG-18 Mondays, horizon 4")
        << stepped(date(2024, 1, 1), 7 * kMsPerDay, 26)
        << std::vector<Timestamp>{date(2024, 7, 1), date(2024, 7, 8), date(2024, 7, 15),
                                  date(2024, 7, 22)};
}

void TestQualityReport::futureDates()
{
    QFETCH(std::vector<Timestamp>, history);
    QFETCH(std::vector<Timestamp>, future);
    const InferredFrequency f = FrequencyInference::infer(history);
    QVERIFY(f.regular);
    QCOMPARE(f.frequency.futureDates(history.back(), int(future.size())), future);
    if (f.frequency.unit == Frequency::Unit::Week) {
        for (const Timestamp ts : future)
            QCOMPARE(CivilTime::weekday(dayNumber(ts)), 0);
    }
}

void TestQualityReport::businessDaysNeverGetWeekends()
{
    std::vector<Timestamp> history;
    for (std::int64_t d = day(2024, 3, 1); history.size() < 40; ++d) {
        if (CivilTime::weekday(d) < 5)
            history.push_back(d * kMsPerDay);
    }
    const InferredFrequency f = FrequencyInference::infer(history);
    QCOMPARE(f.frequency.unit, Frequency::Unit::BusinessDay);
    for (const Timestamp ts : f.frequency.futureDates(history.back(), 30))
        QVERIFY(CivilTime::weekday(dayNumber(ts)) < 5);
}

void TestQualityReport::gapsAreCounted()
{
    QByteArray bytes = "ds,y\n";
    for (int i = 0; i < 30; ++i) {
        if (i < 10 || i > 12)
            bytes += iso(day(2024, 1, 1) + i) + ",1\n";
    }
    const QualityReport report = QualityReport::analyse(importSeries(bytes));
    QVERIFY(report.frequency.regular);
    QCOMPARE(report.gaps.size(), 1);
    QCOMPARE(report.gaps[0].rowBefore, 10);
    QCOMPARE(report.gaps[0].rowAfter, 11);
    QCOMPARE(report.gaps[0].missingDates, 3);
    QCOMPARE(report.frequency.missingDates, 3);
}

void TestQualityReport::daylightSavingWithoutOffsets()
{
    // Local wall-clock hours around 2024-03-31 (02:00 skipped) and 2024-10-27 (02:00 twice).
    QByteArray bytes = "ds,y\n";
    for (int h = 0; h < 6; ++h) {
        if (h != 2)
            bytes += "2024-03-31 0" + QByteArray::number(h) + ":00,1\n";
    }
    for (int h = 0; h < 6; ++h) {
        bytes += "2024-10-27 0" + QByteArray::number(h) + ":00,1\n";
        if (h == 2)
            bytes += "2024-10-27 02:00,1\n";
    }
    const QualityReport report = QualityReport::analyse(importSeries(bytes));
    QVERIFY(report.frequency.regular);
    QCOMPARE(report.daylightSavingRows, (QList<int>{3, 9}));
    QVERIFY(report.summary().join(u' ').contains(u"daylight-saving"));
}

void TestQualityReport::bug13MissingValuesAreListed()
{
    QByteArray bytes = "ds,y\n";
    const std::int64_t first = day(2021, 1, 4);
    for (int i = 0; i < 70; ++i) {
        const bool blank = (i >= 20 && i <= 24) || i == 69;
        const double y = 50 + (CivilTime::weekday(first + i) >= 5 ? 10 : 0) + 0.1 * i;
        bytes += iso(first + i) + ',' + (blank ? QByteArray() : QByteArray::number(y)) + '\n';
    }
    const QualityReport report = QualityReport::analyse(importSeries(bytes));
    QCOMPARE(report.rows, 70);
    QCOMPARE(report.rowsWithValue, 64);
    QCOMPARE(report.missingRows, (QList<int>{21, 22, 23, 24, 25, 70}));
    QCOMPARE(report.last, date(2021, 3, 14));
    QVERIFY(report.outliers.isEmpty());
}

void TestQualityReport::bug14ShortSeriesCounts()
{
    const QualityReport a = QualityReport::analyse(importSeries("ds,y\n2024-01-01,5\n"));
    QCOMPARE(a.rowsWithValue, 1);
    const QualityReport b = QualityReport::analyse(
        importSeries("ds,y\n2024-01-01,5\n2024-01-02,\n2024-01-03,\n2024-01-04,\n2024-01-05,\n"));
    QCOMPARE(b.rowsWithValue, 1);
    QCOMPARE(b.missingRows.size(), 4);
    QVERIFY2(a.blockingProblem().contains(u"at least 2 rows") &&
                 a.blockingProblem().contains(u"found 1"),
             qPrintable(a.blockingProblem()));
    QVERIFY2(b.blockingProblem().contains(u"4 row(s) have a blank value"),
             qPrintable(b.blockingProblem()));
    const QualityReport c =
        QualityReport::analyse(importSeries("ds,y\n2024-01-01,3\n2024-01-02,5\n2024-01-03,4\n"));
    QVERIFY(c.blockingProblem().isEmpty());
    QCOMPARE(c.frequency.description, u"daily"_qs);
}

void TestQualityReport::bug15ConstantSeries()
{
    const QualityReport zeros =
        QualityReport::analyse(importSeries(daily(day(2024, 1, 1), 30, [](int) { return 0; })));
    QVERIFY(zeros.constant);
    QCOMPARE(zeros.zeroRows.size(), 30);
    QVERIFY(zeros.outliers.isEmpty());
    const QualityReport sevens =
        QualityReport::analyse(importSeries(daily(day(2024, 1, 1), 30, [](int) { return 7; })));
    QVERIFY(sevens.constant);
    QVERIFY(sevens.summary().contains(u"The series is constant."_qs));
}

void TestQualityReport::bug16DuplicateDates()
{
    QByteArray bytes = "ds,category,y\n";
    for (int d = 0; d < 10; ++d) {
        for (int k = 0; k < 3; ++k)
            bytes += iso(day(2024, 7, 1) + d) + ',' + char('A' + k) + ',' +
                     QByteArray::number(k + 1) + '\n';
    }
    const QualityReport report = QualityReport::analyse(importSeries(bytes));
    QCOMPARE(report.duplicateRows.size(), 20);
    QCOMPARE(report.duplicateDates, 10);
    QCOMPARE(report.duplicateRows.front(), 2);
    QVERIFY(report.summary().join(u'\n').contains(u"20 row(s) repeat a date (10 dates affected)"));
}

void TestQualityReport::bug21ZeroRows()
{
    const std::int64_t monday = day(2024, 3, 4);
    const QualityReport report = QualityReport::analyse(importSeries(daily(
        monday, 28, [monday](int i) { return CivilTime::weekday(monday + i) == 6 ? 0 : 100; })));
    QCOMPARE(report.zeroRows, (QList<int>{7, 14, 21, 28}));
    QVERIFY(report.negativeRows.isEmpty());
}

void TestQualityReport::bug28SpikeIsTheOnlyOutlier()
{
    const QualityReport report = QualityReport::analyse(importSeries(spikeSeries()));
    QCOMPARE(report.outliers.size(), 1);
    QCOMPARE(report.outliers[0].row, 45);
    QCOMPARE(report.outliers[0].value, 10000.0);
    QVERIFY2(report.outliers[0].reason.contains(u"× the median"),
             qPrintable(report.outliers[0].reason));
    QVERIFY(report.outlierMethod.contains(u"MAD"));
}

void TestQualityReport::outliersWithoutSeasonality()
{
    // A trend with one dip: the dip is found, the trend is not.
    QByteArray bytes = "ds,y\n";
    for (int i = 0; i < 40; ++i)
        bytes += iso(day(2024, 1, 1) + 3 * i) + ',' +
                 QByteArray::number(i == 20 ? -50.0 : 2.0 * i + (i % 2)) + '\n';
    const QualityReport report = QualityReport::analyse(importSeries(bytes));
    QCOMPARE(report.outliers.size(), 1);
    QCOMPARE(report.outliers[0].row, 21);
    QCOMPARE(report.negativeRows, QList<int>{21});
}

QTEST_GUILESS_MAIN(TestQualityReport)
#include "tst_qualityreport.moc"
