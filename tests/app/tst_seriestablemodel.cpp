#include "ui/seriestablemodel.h"

#include "data/dataimporter.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <cmath>

using namespace prognos;

class TestSeriesTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void passesTheModelTester();
    void colorsMissingAndOutlierCells();
    void findsTheRowOfARecord();
    void showsAMillionRowsWithoutCopying();

private:
    ImportResult m_import;
    QualityReport m_report;
};

void TestSeriesTableModel::initTestCase()
{
    Q_INIT_RESOURCE(prognos);
    QFile sample(QStringLiteral(":/sample.csv"));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    m_import = DataImporter::import(sample.readAll());
    QVERIFY(m_import.ok());
    m_report = QualityReport::analyse(m_import.series);
}

void TestSeriesTableModel::passesTheModelTester()
{
    SeriesTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTable(&m_import.series, m_report);
    QCOMPARE(model.rowCount(), int(m_import.series.size()));
    QCOMPARE(model.columnCount(), 3);
    model.setTable(nullptr, {});
    QCOMPARE(model.rowCount(), 0);
}

void TestSeriesTableModel::colorsMissingAndOutlierCells()
{
    SeriesTableModel model;
    model.setTable(&m_import.series, m_report);
    QVERIFY(!m_report.missingRows.isEmpty());
    const int missing = model.rowOfRecord(m_report.missingRows.first());
    QVERIFY(model.rowFlags(missing) & SeriesTableModel::Missing);
    const QModelIndex cell = model.index(missing, 2);
    QVERIFY(model.data(cell, Qt::BackgroundRole).value<QColor>().isValid());
    QVERIFY(!model.data(cell, Qt::ToolTipRole).toString().isEmpty());

    QVERIFY(!m_report.outliers.isEmpty());
    const int outlier = model.rowOfRecord(m_report.outliers.first().row);
    QVERIFY(model.rowFlags(outlier) & SeriesTableModel::Outlier);
    QVERIFY(model.data(model.index(outlier, 2), Qt::ToolTipRole)
                .toString()
                .contains(m_report.outliers.first().reason));
}

void TestSeriesTableModel::findsTheRowOfARecord()
{
    SeriesTableModel model;
    model.setTable(&m_import.series, m_report);
    QCOMPARE(model.rowOfRecord(1), 0);
    QCOMPARE(model.rowOfRecord(int(m_import.series.size())), int(m_import.series.size()) - 1);
    QCOMPARE(model.rowOfRecord(0), -1);
}

void TestSeriesTableModel::showsAMillionRowsWithoutCopying()
{
    SeriesTable table;
    const int rows = 1'000'000;
    table.sourceRow.resize(rows);
    table.ds.resize(rows);
    table.y.resize(rows);
    for (int i = 0; i < rows; ++i) {
        table.sourceRow[std::size_t(i)] = i + 1;
        table.ds[std::size_t(i)] = Timestamp(i) * kMsPerMinute;
        table.y[std::size_t(i)] = i % 97 == 0 ? std::nan("") : double(i % 1000);
    }
    SeriesTableModel model;
    QElapsedTimer timer;
    timer.start();
    model.setTable(&table, {});
    QCOMPARE(model.rowCount(), rows);
    QCOMPARE(model.data(model.index(rows - 1, 2)).toString(), QLocale().toString(999.0, 'g', 12));
    qInfo("a table of %d rows shown in %lld ms", rows, timer.elapsed()); // reported only
}

QTEST_MAIN(TestSeriesTableModel)
#include "tst_seriestablemodel.moc"
