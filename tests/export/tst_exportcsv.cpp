#include "exporttestdata.h"

#include "export/exportfile.h"
#include "export/forecastcsv.h"

#include "data/csvreader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <bit>

using namespace prognos;
using namespace prognos::testing;

class TestExportCsv : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_data = makeReportData(true); }
    void forecastReadsBackBitIdentical();
    void componentsAreOptional();
    void formulaCellIsNeutralised();
    void crossValidationFiles();
    void saveWritesOnlyThePath();

private:
    static double parse(QStringView cell);

    ReportData m_data;
};

double TestExportCsv::parse(QStringView cell)
{
    if (cell.isEmpty())
        return std::nan("");
    bool ok = false;
    const double value = cell.toDouble(&ok);
    if (!ok)
        qFatal("not a number");
    return value;
}

void TestExportCsv::forecastReadsBackBitIdentical()
{
    const CsvReadResult csv = CsvReader::read(ForecastCsv::forecast(m_data));
    QVERIFY(csv.ok);
    QCOMPARE(csv.table.rowCount(), int(m_data.forecast.size()));
    QCOMPARE(csv.table.columnNames().mid(0, 2), (QStringList{"ds", "y"}));
    const std::vector<double> y = m_data.actualY();
    for (int row = 0; row < csv.table.rowCount(); ++row) {
        QCOMPARE(csv.table.cell(row, 0).toString(),
                 QString::fromStdString(formatTimestamp(m_data.forecast.ds[std::size_t(row)])));
        const double readY = parse(csv.table.cell(row, 1));
        QCOMPARE(std::bit_cast<quint64>(readY), std::bit_cast<quint64>(y[std::size_t(row)]));
    }
    for (const auto &[name, values] : m_data.forecast.columns) {
        const int column = csv.table.columnIndex(QString::fromStdString(name));
        QVERIFY2(column >= 0, name.c_str());
        for (int row = 0; row < csv.table.rowCount(); ++row) {
            const double read = parse(csv.table.cell(row, column));
            QCOMPARE(std::bit_cast<quint64>(read),
                     std::bit_cast<quint64>(values[std::size_t(row)]));
        }
    }
}

void TestExportCsv::componentsAreOptional()
{
    const CsvReadResult csv = CsvReader::read(ForecastCsv::forecast(m_data, false));
    QVERIFY(csv.ok);
    QVERIFY(csv.table.columnIndex(QStringLiteral("yhat")) >= 0);
    QVERIFY(csv.table.columnIndex(QStringLiteral("yhat_lower")) >= 0);
    QVERIFY(csv.table.columnIndex(QStringLiteral("trend")) >= 0);
    QCOMPARE(csv.table.columnIndex(QStringLiteral("weekly")), -1);
    QVERIFY(CsvReader::read(ForecastCsv::forecast(m_data, true))
                .table.columnIndex(QStringLiteral("weekly")) >= 0);
}

void TestExportCsv::formulaCellIsNeutralised()
{
    ReportData data = m_data;
    data.forecast.columns.emplace_back("=HYPERLINK(\"x\")", data.forecast.columns[0].second);
    const QByteArray bytes = ForecastCsv::forecast(data);
    const QByteArray header = bytes.left(bytes.indexOf("\r\n"));
    QVERIFY2(!header.contains(",=") && !header.contains(",\"="), header.constData());
    const CsvReadResult csv = CsvReader::read(bytes);
    QVERIFY(csv.table.columnNames().last().startsWith(QLatin1Char('\'')));
    QVERIFY(csv.table.columnNames().last().contains(QLatin1String("=HYPERLINK")));
}

void TestExportCsv::crossValidationFiles()
{
    QVERIFY(m_data.cvFrame && m_data.cvMetrics && m_data.cvMetrics->ok());
    const CsvReadResult folds = CsvReader::read(ForecastCsv::cvPredictions(*m_data.cvFrame));
    QVERIFY(folds.ok);
    QCOMPARE(folds.table.rowCount(), int(m_data.cvFrame->size()));
    const int yhat = folds.table.columnIndex(QStringLiteral("yhat"));
    for (int row = 0; row < folds.table.rowCount(); ++row) {
        QCOMPARE(std::bit_cast<quint64>(parse(folds.table.cell(row, yhat))),
                 std::bit_cast<quint64>(m_data.cvFrame->yhat[std::size_t(row)]));
    }
    const CsvReadResult metrics = CsvReader::read(ForecastCsv::cvMetrics(*m_data.cvMetrics));
    QVERIFY(metrics.ok);
    QCOMPARE(metrics.table.columnNames().first(), QStringLiteral("horizon_days"));
    QCOMPARE(metrics.table.rowCount(), int(m_data.cvMetrics->horizon.size()));
    const int mae = metrics.table.columnIndex(QStringLiteral("mae"));
    QVERIFY(mae > 0);
    QCOMPARE(std::bit_cast<quint64>(parse(metrics.table.cell(0, mae))),
             std::bit_cast<quint64>(m_data.cvMetrics->column("mae")->front()));
}

void TestExportCsv::saveWritesOnlyThePath()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("forecast.csv"));
    QString error;
    QVERIFY(ExportFile::save(path, ForecastCsv::forecast(m_data), error));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList{QStringLiteral("forecast.csv")});
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), ForecastCsv::forecast(m_data));
    QVERIFY(!ExportFile::save(dir.filePath(QStringLiteral("missing/f.csv")), "x", error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestExportCsv)
#include "tst_exportcsv.moc"
