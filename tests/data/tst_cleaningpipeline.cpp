#include "casefiles.h"

#include "data/cleaningpipeline.h"
#include "data/dataimporter.h"

#include <QTest>

#include <cmath>

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

QByteArray longFormat()
{
    QByteArray bytes = "ds,category,y\n";
    for (int d = 0; d < 10; ++d) {
        for (int k = 0; k < 3; ++k)
            bytes += iso(day(2024, 7, 1) + d) + ',' + char('A' + k) + ',' +
                     QByteArray::number(k + 1) + '\n';
    }
    return bytes;
}

QByteArray withBlanks()
{
    QByteArray bytes = "ds,y\n";
    for (int i = 0; i < 10; ++i)
        bytes += iso(day(2024, 1, 1) + i) + ',' +
                 (i == 3 || i == 4 || i == 9 ? QByteArray() : QByteArray::number(10 * i)) + '\n';
    return bytes;
}

} // namespace

class TestCleaningPipeline : public QObject
{
    Q_OBJECT

private slots:
    void bug16AggregateDuplicates_data();
    void bug16AggregateDuplicates();
    void bug16OneSeriesPerGroup();
    void bug16ShuffledRowsGiveTheSortedSeries();
    void bug21LogNeedsPositiveValues();
    void bug21Log1pIsTransformedBack();
    void bug28ExcludeBlanksTheValueAndKeepsTheRow();
    void fillMissing_data();
    void fillMissing();
    void stepsApplyInOrderToTheRawTable();
    void resample_data();
    void resample();
    void resampleMustBeCoarser();
    void dateRange();
    void transformOnlyOnce();
};

void TestCleaningPipeline::bug16AggregateDuplicates_data()
{
    QTest::addColumn<int>("aggregator");
    QTest::addColumn<double>("perDay");
    QTest::newRow("sum") << int(CleaningStep::Aggregator::Sum) << 6.0;
    QTest::newRow("mean") << int(CleaningStep::Aggregator::Mean) << 2.0;
    QTest::newRow("median") << int(CleaningStep::Aggregator::Median) << 2.0;
    QTest::newRow("min") << int(CleaningStep::Aggregator::Min) << 1.0;
    QTest::newRow("max") << int(CleaningStep::Aggregator::Max) << 3.0;
    QTest::newRow("first") << int(CleaningStep::Aggregator::First) << 1.0;
    QTest::newRow("last") << int(CleaningStep::Aggregator::Last) << 3.0;
}

void TestCleaningPipeline::bug16AggregateDuplicates()
{
    QFETCH(int, aggregator);
    QFETCH(double, perDay);
    const CleaningPipeline pipeline(
        {CleaningStep::aggregateDuplicates(CleaningStep::Aggregator(aggregator))});
    const CleaningResult result = pipeline.apply(importSeries(longFormat()));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.series.size(), std::size_t(10));
    for (std::size_t i = 0; i < 10; ++i) {
        QCOMPARE(result.series.ds[i], date(2024, 7, 1) + Timestamp(i) * kMsPerDay);
        QCOMPARE(result.series.y[i], perDay);
    }
    QCOMPARE(result.table.sourceRow[1], 4); // the first record of 2024-07-02
}

void TestCleaningPipeline::bug16OneSeriesPerGroup()
{
    const SeriesTable raw = importSeries(longFormat());
    const auto groups = CleaningPipeline::splitByGroup(raw);
    QCOMPARE(groups.size(), std::size_t(3));
    QCOMPARE(groups.at(u"C"_qs).size(), std::size_t(10));
    QCOMPARE(groups.at(u"C"_qs).y.front(), 3.0);

    const CleaningResult b = CleaningPipeline({CleaningStep::selectGroup(u"B"_qs)}).apply(raw);
    QVERIFY(b.ok);
    QCOMPARE(b.series.size(), std::size_t(10));
    QVERIFY(std::all_of(b.series.y.begin(), b.series.y.end(), [](double v) { return v == 2.0; }));
    QVERIFY(!CleaningPipeline({CleaningStep::selectGroup(u"Z"_qs)}).apply(raw).ok);
}

void TestCleaningPipeline::bug16ShuffledRowsGiveTheSortedSeries()
{
    QByteArray shuffled = "ds,y\n";
    for (int k = 0; k < 30; ++k) {
        const int d = (k * 7) % 30 + 1;
        shuffled += iso(day(2024, 8, d)) + ',' + QByteArray::number(d) + '\n';
    }
    const QByteArray sorted = daily(day(2024, 8, 1), 30, [](int i) { return i + 1; });
    const CleaningResult a = CleaningPipeline().apply(importSeries(shuffled));
    const CleaningResult b = CleaningPipeline().apply(importSeries(sorted));
    QCOMPARE(a.series.ds, b.series.ds);
    QCOMPARE(a.series.y, b.series.y);
    QCOMPARE(a.series.y[16], 17.0); // 2024-08-17
}

void TestCleaningPipeline::bug21LogNeedsPositiveValues()
{
    const std::int64_t monday = day(2024, 3, 4);
    const SeriesTable raw = importSeries(daily(
        monday, 28, [monday](int i) { return CivilTime::weekday(monday + i) == 6 ? 0 : 100; }));
    const CleaningResult result =
        CleaningPipeline({CleaningStep::transformValues(ValueTransform::Kind::Log)}).apply(raw);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(u"log needs y > 0; rows 7, 14, 21, 28 have y = 0"),
             qPrintable(result.error));
}

void TestCleaningPipeline::bug21Log1pIsTransformedBack()
{
    const std::int64_t monday = day(2024, 3, 4);
    const SeriesTable raw = importSeries(daily(
        monday, 28, [monday](int i) { return CivilTime::weekday(monday + i) == 6 ? 0 : 100; }));
    const CleaningResult result =
        CleaningPipeline({CleaningStep::transformValues(ValueTransform::Kind::Log1p)}).apply(raw);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.transform.name(), u"log1p"_qs);
    for (std::size_t i = 0; i < result.series.size(); ++i) {
        QVERIFY(std::isfinite(result.series.y[i]));
        QCOMPARE(result.transform.invert(result.series.y[i]), raw.y[i]);
    }
    std::vector<double> bounds = {std::log1p(0.0), std::log1p(100.0)};
    result.transform.invert(bounds);
    QCOMPARE(bounds[0], 0.0);
    QCOMPARE(bounds[1], 100.0); // fuzzy: expm1(log1p(x)) may differ in the last bit
}

void TestCleaningPipeline::bug28ExcludeBlanksTheValueAndKeepsTheRow()
{
    const SeriesTable raw = importSeries(spikeSeries());
    const CleaningResult result = CleaningPipeline({CleaningStep::excludeOutliers()}).apply(raw);
    QVERIFY(result.ok);
    QCOMPARE(result.excludedRows, QList<int>{45});
    QCOMPARE(result.series.size(), std::size_t(90));
    QVERIFY(std::isnan(result.series.y[44]));
    QVERIFY(result.table.excluded[44]);
    QCOMPARE(raw.y[44], 10000.0); // the raw table is untouched
    QVERIFY(result.log.join(u'\n').contains(u"45"));

    const CleaningResult chosen =
        CleaningPipeline({CleaningStep::excludeOutliers({3, 4})}).apply(raw);
    QCOMPARE(chosen.excludedRows, (QList<int>{3, 4}));
}

void TestCleaningPipeline::fillMissing_data()
{
    QTest::addColumn<int>("fill");
    QTest::addColumn<std::vector<double>>("expected");
    const double nan = std::nan("");
    QTest::newRow("leave") << int(CleaningStep::Fill::Leave)
                           << std::vector<double>{0, 10, 20, nan, nan, 50, 60, 70, 80, nan};
    QTest::newRow("linear") << int(CleaningStep::Fill::Linear)
                            << std::vector<double>{0, 10, 20, 30, 40, 50, 60, 70, 80, nan};
    QTest::newRow("forward fill") << int(CleaningStep::Fill::ForwardFill)
                                  << std::vector<double>{0, 10, 20, 20, 20, 50, 60, 70, 80, 80};
    QTest::newRow("zero") << int(CleaningStep::Fill::Zero)
                          << std::vector<double>{0, 10, 20, 0, 0, 50, 60, 70, 80, 0};
}

void TestCleaningPipeline::fillMissing()
{
    QFETCH(int, fill);
    QFETCH(std::vector<double>, expected);
    const CleaningResult result =
        CleaningPipeline({CleaningStep::fillMissing(CleaningStep::Fill(fill))})
            .apply(importSeries(withBlanks()));
    QVERIFY(result.ok);
    QCOMPARE(result.series.y.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        if (std::isnan(expected[i]))
            QVERIFY(std::isnan(result.series.y[i]));
        else
            QCOMPARE(result.series.y[i], expected[i]);
    }
}

void TestCleaningPipeline::stepsApplyInOrderToTheRawTable()
{
    const SeriesTable raw = importSeries(spikeSeries());
    CleaningPipeline pipeline(
        {CleaningStep::excludeOutliers(), CleaningStep::fillMissing(CleaningStep::Fill::Linear)});
    const CleaningResult both = pipeline.apply(raw);
    QVERIFY(!std::isnan(both.series.y[44]));
    QVERIFY(both.series.y[44] < 200.0);

    pipeline.move(1, 0); // fill first: nothing is missing yet, so the spike is only blanked
    QVERIFY(std::isnan(pipeline.apply(raw).series.y[44]));

    pipeline.remove(1); // no outlier step left: the spike is back
    QCOMPARE(pipeline.apply(raw).series.y[44], 10000.0);
    QCOMPARE(pipeline.steps().size(), 1);
}

void TestCleaningPipeline::resample_data()
{
    QTest::addColumn<QString>("alias");
    QTest::addColumn<int>("aggregator");
    QTest::addColumn<std::vector<Timestamp>>("ds");
    QTest::addColumn<std::vector<double>>("y");
    // 60 days from Monday 2024-01-01, y = 1 each day.
    QTest::newRow("weekly sum") << "W" << int(CleaningStep::Aggregator::Sum)
                                << std::vector<Timestamp>{date(2024, 1, 1),  date(2024, 1, 8),
                                                          date(2024, 1, 15), date(2024, 1, 22),
                                                          date(2024, 1, 29), date(2024, 2, 5),
                                                          date(2024, 2, 12), date(2024, 2, 19),
                                                          date(2024, 2, 26)}
                                << std::vector<double>{7, 7, 7, 7, 7, 7, 7, 7, 4};
    QTest::newRow("month start sum") << "MS" << int(CleaningStep::Aggregator::Sum)
                                     << std::vector<Timestamp>{date(2024, 1, 1), date(2024, 2, 1)}
                                     << std::vector<double>{31, 29};
    QTest::newRow("month end mean") << "M" << int(CleaningStep::Aggregator::Mean)
                                    << std::vector<Timestamp>{date(2024, 1, 31), date(2024, 2, 29)}
                                    << std::vector<double>{1, 1};
}

void TestCleaningPipeline::resample()
{
    QFETCH(QString, alias);
    QFETCH(int, aggregator);
    QFETCH(std::vector<Timestamp>, ds);
    QFETCH(std::vector<double>, y);
    const SeriesTable raw = importSeries(daily(day(2024, 1, 1), 60, [](int) { return 1; }));
    const auto frequency = Frequency::fromPandasAlias(alias.toStdString());
    QVERIFY(frequency);
    const CleaningResult result =
        CleaningPipeline({CleaningStep::resample(*frequency, CleaningStep::Aggregator(aggregator))})
            .apply(raw);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.series.ds, ds);
    QCOMPARE(result.series.y, y);
}

void TestCleaningPipeline::resampleMustBeCoarser()
{
    const SeriesTable raw = importSeries(daily(day(2024, 1, 1), 60, [](int) { return 1; }));
    const CleaningResult result =
        CleaningPipeline({CleaningStep::resample(*Frequency::fromPandasAlias("H"),
                                                 CleaningStep::Aggregator::Sum)})
            .apply(raw);
    QVERIFY(!result.ok);
    QVERIFY(result.error.contains(u"not coarser"));
}

void TestCleaningPipeline::dateRange()
{
    const SeriesTable raw = importSeries(daily(day(2024, 1, 1), 60, [](int i) { return i; }));
    const CleaningResult result =
        CleaningPipeline({CleaningStep::dateRange(date(2024, 1, 10), date(2024, 1, 19))})
            .apply(raw);
    QCOMPARE(result.series.size(), std::size_t(10));
    QCOMPARE(result.series.y.front(), 9.0);
    const CleaningResult open =
        CleaningPipeline({CleaningStep::dateRange(date(2024, 2, 20), {})}).apply(raw);
    QCOMPARE(open.series.size(), std::size_t(10));
}

void TestCleaningPipeline::transformOnlyOnce()
{
    const SeriesTable raw = importSeries(daily(day(2024, 1, 1), 10, [](int i) { return i + 1; }));
    const CleaningResult result =
        CleaningPipeline({CleaningStep::transformValues(ValueTransform::Kind::Log),
                          CleaningStep::transformValues(ValueTransform::Kind::Log)})
            .apply(raw);
    QVERIFY(!result.ok);
    QVERIFY(result.error.startsWith(u"Step 2"));
}

QTEST_GUILESS_MAIN(TestCleaningPipeline)
#include "tst_cleaningpipeline.moc"
