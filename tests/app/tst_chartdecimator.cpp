#include "ui/chartdecimator.h"

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace prognos;

class TestChartDecimator : public QObject
{
    Q_OBJECT

private slots:
    void shortSeriesKeepEveryPoint();
    void missingValuesAreLeftOut();
    void longSeriesKeepTheirExtremes();
    void aMillionPointsAreQuick();
};

namespace {

std::vector<Timestamp> days(std::size_t count)
{
    std::vector<Timestamp> ds(count);
    for (std::size_t i = 0; i < count; ++i)
        ds[i] = Timestamp(i) * kMsPerHour;
    return ds;
}

} // namespace

void TestChartDecimator::shortSeriesKeepEveryPoint()
{
    const std::vector<Timestamp> ds = days(100);
    std::vector<double> y(100);
    for (std::size_t i = 0; i < y.size(); ++i)
        y[i] = double(i);
    const QList<QPointF> points = ChartDecimator::points(ds, y);
    QCOMPARE(points.size(), 100);
    QCOMPARE(points[42].y(), 42.0);
    QCOMPARE(points[42].x(), ChartDecimator::toAxis(ds[42]));
}

void TestChartDecimator::missingValuesAreLeftOut()
{
    const std::vector<Timestamp> ds = days(3);
    const std::vector<double> y{1.0, std::nan(""), 3.0};
    QCOMPARE(ChartDecimator::points(ds, y).size(), 2);
}

void TestChartDecimator::longSeriesKeepTheirExtremes()
{
    const std::size_t count = 100'000;
    const std::vector<Timestamp> ds = days(count);
    std::vector<double> y(count);
    for (std::size_t i = 0; i < count; ++i)
        y[i] = std::sin(double(i) / 50.0);
    y[31'337] = 100.0;
    y[77'777] = -100.0;
    const QList<QPointF> points = ChartDecimator::points(ds, y);
    QVERIFY(points.size() <= ChartDecimator::kMaxPoints);
    const auto [low, high] = std::minmax_element(
        points.begin(), points.end(), [](QPointF a, QPointF b) { return a.y() < b.y(); });
    QCOMPARE(high->y(), 100.0);
    QCOMPARE(low->y(), -100.0);
    QCOMPARE(points.first().x(), ChartDecimator::toAxis(ds.front()));
    QCOMPARE(points.last().x(), ChartDecimator::toAxis(ds.back()));
    QVERIFY(std::is_sorted(points.begin(), points.end(),
                           [](QPointF a, QPointF b) { return a.x() < b.x(); }));
}

void TestChartDecimator::aMillionPointsAreQuick()
{
    const std::size_t count = 1'000'000;
    const std::vector<Timestamp> ds = days(count);
    std::vector<double> y(count);
    for (std::size_t i = 0; i < count; ++i)
        y[i] = double(i % 977);
    QElapsedTimer timer;
    timer.start();
    const QList<QPointF> points = ChartDecimator::points(ds, y);
    // The speed target (a million points in under 100 ms) is reported, not asserted: tests
    // assert results, and a shared CI machine makes timings noisy.
    qInfo("decimated a million points in %lld ms", timer.elapsed());
    QVERIFY(points.size() <= ChartDecimator::kMaxPoints);
    QVERIFY(points.size() > ChartDecimator::kMaxPoints / 2);
}

QTEST_MAIN(TestChartDecimator)
#include "tst_chartdecimator.moc"
