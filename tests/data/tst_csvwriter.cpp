#include "casefiles.h"

#include "data/csvwriter.h"
#include "data/dataimporter.h"

#include <QTest>

#include <bit>
#include <cmath>
#include <limits>
#include <random>

using namespace prognos;
using namespace casefiles;

namespace {

/// Doubles from random bit patterns (all finite values are reachable), plus chosen ones.
std::vector<double> awkwardDoubles(std::size_t count)
{
    std::vector<double> values = {0.0,
                                  -0.0,
                                  0.1,
                                  0.1 + 0.2,
                                  1.0 / 3.0,
                                  -2.5,
                                  1e308,
                                  -1.7976931348623157e308,
                                  2.2250738585072014e-308,
                                  4.9406564584124654e-324,
                                  123456789.0,
                                  std::numeric_limits<double>::quiet_NaN()};
    std::mt19937_64 random(20241204);
    while (values.size() < count) {
        const double v = std::bit_cast<double>(random());
        if (std::isfinite(v))
            values.push_back(v);
    }
    return values;
}

bool sameBits(const std::vector<double> &a, const std::vector<double> &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const bool bothNaN = std::isnan(a[i]) && std::isnan(b[i]);
        if (!bothNaN && std::bit_cast<std::uint64_t>(a[i]) != std::bit_cast<std::uint64_t>(b[i]))
            return false;
    }
    return true;
}

} // namespace

class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void numbersAreShortestRoundTrip_data();
    void numbersAreShortestRoundTrip();
    void textCells_data();
    void textCells();
    void roundTripIsBitIdentical_data();
    void roundTripIsBitIdentical();
};

void TestCsvWriter::numbersAreShortestRoundTrip_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("integer") << 42.0 << "42";
    QTest::newRow("tenth") << 0.1 << "0.1";
    QTest::newRow("sum") << 0.1 + 0.2 << "0.30000000000000004";
    QTest::newRow("negative") << -2.5 << "-2.5";
    QTest::newRow("huge") << 1e308 << "1e+308";
    QTest::newRow("NaN") << std::nan("") << "";
    QTest::newRow("infinity") << -qInf() << "-inf";
}

void TestCsvWriter::numbersAreShortestRoundTrip()
{
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(CsvWriter::formatNumber(value), text);
}

void TestCsvWriter::textCells_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("cell");
    QTest::newRow("plain") << "North"
                           << "North";
    QTest::newRow("delimiter") << "a,b"
                               << "\"a,b\"";
    QTest::newRow("quote") << "say \"hi\""
                           << "\"say \"\"hi\"\"\"";
    QTest::newRow("newline") << "two\nlines"
                             << "\"two\nlines\"";
    QTest::newRow("formula") << "=SUM(A1:A9)"
                             << "'=SUM(A1:A9)";
    QTest::newRow("plus") << "+1"
                          << "'+1";
    QTest::newRow("minus") << "-cmd"
                           << "'-cmd";
    QTest::newRow("at") << "@SUM(1)"
                        << "'@SUM(1)";
    QTest::newRow("formula with comma") << "=A1,B1"
                                        << "\"'=A1,B1\"";
}

void TestCsvWriter::textCells()
{
    QFETCH(QString, text);
    QFETCH(QString, cell);
    QCOMPARE(CsvWriter::escapeText(text), cell);
}

void TestCsvWriter::roundTripIsBitIdentical_data()
{
    QTest::addColumn<bool>("byteOrderMark");
    QTest::addColumn<QChar>("delimiter");
    QTest::newRow("UTF-8, comma") << false << QChar(u',');
    QTest::newRow("BUG-01 export with BOM") << true << QChar(u',');
    QTest::newRow("semicolon") << false << QChar(u';');
}

void TestCsvWriter::roundTripIsBitIdentical()
{
    QFETCH(bool, byteOrderMark);
    QFETCH(QChar, delimiter);

    const std::size_t n = 400;
    TimeSeries series;
    series.y = awkwardDoubles(n);
    for (std::size_t i = 0; i < n; ++i) {
        series.ds.push_back(date(2020, 1, 1) + Timestamp(i) * (kMsPerHour + 1));
        series.cap.push_back(1000.0 + double(i) / 7.0);
        series.floor.push_back(-double(i) / 3.0);
        series.columns["promo"].push_back(i % 5 == 0 ? 1.0 : 0.0);
    }
    const QByteArray bytes = CsvWriter::write(series, delimiter, byteOrderMark);

    ImportSettings settings;
    settings.roles.regressors = {u"promo"_qs};
    const ImportResult result = DataImporter::import(bytes, settings);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(result.findings.isEmpty());
    const TimeSeries back = result.series.toTimeSeries();
    QCOMPARE(back.ds, series.ds);
    QVERIFY(sameBits(back.y, series.y));
    QVERIFY(sameBits(back.cap, series.cap));
    QVERIFY(sameBits(back.floor, series.floor));
    QVERIFY(sameBits(back.columns.at("promo"), series.columns.at("promo")));
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
