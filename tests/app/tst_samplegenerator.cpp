#include "samplegenerator.h"

#include <QFile>
#include <QTest>

#include "engine/timestamp.h"

using namespace prognos;

class TestSampleGenerator : public QObject
{
    Q_OBJECT

private slots:
    void committedSampleIsTheGeneratorsOutput();
    void coversThreeYearsOfDays();
    void hasMissingValues();
};

void TestSampleGenerator::committedSampleIsTheGeneratorsOutput()
{
    QFile file(QStringLiteral(PROGNOS_SAMPLE_CSV));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray committed = file.readAll();
    // Rebuild the file with the update-sample target when this fails.
    QCOMPARE(committed, QByteArray::fromStdString(SampleGenerator::csv()));
}

void TestSampleGenerator::coversThreeYearsOfDays()
{
    const QList<QByteArray> lines = QByteArray::fromStdString(SampleGenerator::csv()).split('\n');
    QCOMPARE(lines.first(), QByteArray("ds,y"));
    const auto first = parseIsoTimestamp(lines.at(1).split(',').first().toStdString());
    const auto last =
        parseIsoTimestamp(lines.at(lines.size() - 2).split(',').first().toStdString());
    QVERIFY(first && last);
    QVERIFY(*last - *first >= 3 * 365 * kMsPerDay);
    QCOMPARE(qsizetype((*last - *first) / kMsPerDay + 1), lines.size() - 2); // one row a day
}

void TestSampleGenerator::hasMissingValues()
{
    const QByteArray text = QByteArray::fromStdString(SampleGenerator::csv());
    QVERIFY(text.count(",\n") >= 3);
}

QTEST_APPLESS_MAIN(TestSampleGenerator)
#include "tst_samplegenerator.moc"
