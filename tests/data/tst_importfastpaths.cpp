// The import's fast paths (plain numbers, fixed-width ISO dates, ASCII tables kept as bytes,
// large tables read on two threads) must read exactly what the general rules read.
#include "casefiles.h"

#include "data/csvreader.h"
#include "data/dataimporter.h"
#include "data/dateparser.h"
#include "data/numberparser.h"

#include <QTest>

#include <cmath>

using namespace prognos;
using namespace casefiles;

namespace {

/// The same text as UTF-16 with a byte-order mark, so that it is not read as ASCII bytes.
QByteArray utf16LittleEndian(const QByteArray &ascii)
{
    QByteArray bytes("\xFF\xFE", 2);
    for (const char c : ascii) {
        bytes.append(c);
        bytes.append('\0');
    }
    return bytes;
}

bool sameDouble(double a, double b)
{
    return a == b && std::signbit(a) == std::signbit(b);
}

} // namespace

class TestImportFastPaths : public QObject
{
    Q_OBJECT

private slots:
    void plainNumbersReadAsTheGeneralRules_data();
    void plainNumbersReadAsTheGeneralRules();
    void bothMarksReadAsEachMark_data();
    void bothMarksReadAsEachMark();
    void fixedIsoDatesReadAsTheGeneralRules_data();
    void fixedIsoDatesReadAsTheGeneralRules();
    void keptReadingsEqualCellReadings();
    void groupValuesMatchQuotedOrNot();
    void asciiTableEqualsDecodedTable();
    void splitTableEqualsWholeTable();
    void largeTableKeepsFindingsInRowOrder();
};

void TestImportFastPaths::plainNumbersReadAsTheGeneralRules_data()
{
    QTest::addColumn<QString>("text");
    for (const char *text : {"0",
                             "-0",
                             "007",
                             "1.5",
                             "-1.5",
                             "1,5",
                             "1,234",
                             "1.234",
                             "-1,234",
                             "0,123",
                             "0.125",
                             "12345.678",
                             "1,2345",
                             "12,345",
                             "1234,567",
                             "1.",
                             ".5",
                             "-",
                             "--1",
                             "1e5",
                             "123456789012345",
                             "1234567890123456",
                             "123456789012345678901234567890",
                             "0.1234567890123456789",
                             "0.00000000000000000000000001",
                             "9007199254740993",
                             "4.35",
                             "0.1",
                             "1000.00",
                             "9.500"}) {
        QTest::newRow(text) << QString::fromLatin1(text);
    }
}

// A leading space keeps the text off the plain path, so the general rules read it.
void TestImportFastPaths::plainNumbersReadAsTheGeneralRules()
{
    QFETCH(QString, text);
    const QByteArray latin1 = text.toLatin1();
    for (const QChar mark : {QChar(u'.'), QChar(u',')}) {
        double general = 0.0;
        double plain = 0.0;
        double cell = 0.0;
        const bool okGeneral = NumberParser::parse(u' ' + text, mark, general);
        QCOMPARE(NumberParser::parse(text, mark, plain), okGeneral);
        QCOMPARE(NumberParser::parseCell(QLatin1StringView(latin1), mark, cell), okGeneral);
        if (okGeneral) {
            QVERIFY2(sameDouble(plain, general), qPrintable(QString::number(plain, 'g', 17)));
            QVERIFY(sameDouble(cell, general));
        }
    }
}

void TestImportFastPaths::bothMarksReadAsEachMark_data()
{
    plainNumbersReadAsTheGeneralRules_data();
    for (const char *text :
         {" 1.5", "$1,234.50", "1 234,5", "(12)", "12%", "1.234,5", "abc", "1.2.3", "", "inf"})
        QTest::newRow(text) << QString::fromLatin1(text);
    QTest::newRow("euro") << QStringLiteral("1.234,50 \u20AC");
}

// The detection reads every number with both marks in one call; it must read what parseCell()
// reads with each mark, from Latin-1 and from UTF-16 cells.
void TestImportFastPaths::bothMarksReadAsEachMark()
{
    QFETCH(QString, text);
    const QByteArray latin1 = text.toLatin1();
    QList<QAnyStringView> views = {QAnyStringView(text)};
    if (latin1 == text.toUtf8()) // ASCII: a table may hold it as Latin-1 bytes
        views.append(QLatin1StringView(latin1));
    for (const QAnyStringView view : std::as_const(views)) {
        NumberParser::Reading point;
        NumberParser::Reading comma;
        NumberParser::parseCellBothMarks(view, point, comma);
        double expectedPoint = 0.0;
        double expectedComma = 0.0;
        QCOMPARE(point.ok, NumberParser::parseCell(view, u'.', expectedPoint));
        QCOMPARE(comma.ok, NumberParser::parseCell(view, u',', expectedComma));
        if (point.ok)
            QVERIFY(sameDouble(point.value, expectedPoint));
        if (comma.ok)
            QVERIFY(sameDouble(comma.value, expectedComma));
    }
}

void TestImportFastPaths::fixedIsoDatesReadAsTheGeneralRules_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("error");
    QTest::addColumn<Timestamp>("expected");
    const auto at = [](int y, int mo, int d, int h, int mi, int s) {
        return date(y, mo, d) + h * kMsPerHour + mi * kMsPerMinute + s * 1000;
    };
    const int none = int(DateParser::Error::None);
    const int noSuchDate = int(DateParser::Error::NoSuchDate);
    const int notADate = int(DateParser::Error::NotADate);
    QTest::newRow("date") << "2024-02-29" << none << date(2024, 2, 29);
    QTest::newRow("no leap day") << "2023-02-29" << noSuchDate << Timestamp(0);
    QTest::newRow("space time") << "2024-01-31 23:59:59" << none << at(2024, 1, 31, 23, 59, 59);
    QTest::newRow("T minutes") << "2024-01-01T07:05" << none << at(2024, 1, 1, 7, 5, 0);
    QTest::newRow("month 13") << "2024-13-01" << noSuchDate << Timestamp(0);
    QTest::newRow("hour 24") << "2024-01-01 24:00:00" << noSuchDate << Timestamp(0);
    QTest::newRow("bad separator") << "2024-01-01x00:00:00" << notADate << Timestamp(0);
    QTest::newRow("letter") << "2024-0a-01" << notADate << Timestamp(0);
    QTest::newRow("short month") << "2024-1-05" << none << date(2024, 1, 5);
    QTest::newRow("padded") << " 2024-01-05 " << none << date(2024, 1, 5);
    QTest::newRow("offset") << "2024-01-05T10:00:00+02:00" << none << at(2024, 1, 5, 10, 0, 0);
    QTest::newRow("year 0") << "0000-01-01" << int(DateParser::Error::OutOfRange) << Timestamp(0);
}

void TestImportFastPaths::fixedIsoDatesReadAsTheGeneralRules()
{
    QFETCH(QString, text);
    QFETCH(int, error);
    QFETCH(Timestamp, expected);
    const QByteArray latin1 = text.toLatin1();
    ParsedDate parsed;
    ParsedDate cell;
    QCOMPARE(int(DateParser::parse(text, DateFormat::Iso, parsed)), error);
    QCOMPARE(int(DateParser::parseCell(QLatin1StringView(latin1), DateFormat::Iso, cell)), error);
    if (error == int(DateParser::Error::None)) {
        QCOMPARE(parsed.wallClock, expected);
        QCOMPARE(cell.wallClock, expected);
        QCOMPARE(cell.hasOffset, parsed.hasOffset);
        QCOMPARE(cell.offsetMinutes, parsed.offsetMinutes);
    }
}

void TestImportFastPaths::asciiTableEqualsDecodedTable()
{
    const QByteArray ascii = "ds;y;note\r\n2024-01-01;1,5;\"a \"\"quoted\"\"\nnote\"\r\n\r\n"
                             "2024-01-02; 2 ;plain\r\n2024-01-03;;x;\r\n";
    const CsvReadResult bytes = CsvReader::read(ascii);
    const CsvReadResult decoded = CsvReader::read(utf16LittleEndian(ascii));
    QVERIFY(bytes.ok && decoded.ok);
    QCOMPARE(bytes.delimiter, decoded.delimiter);
    QCOMPARE(bytes.hasHeader, decoded.hasHeader);
    QCOMPARE(bytes.skippedLines, decoded.skippedLines);
    QCOMPARE(bytes.findings, decoded.findings);
    QCOMPARE(bytes.table.columnNames(), decoded.table.columnNames());
    QCOMPARE(bytes.table.rowCount(), decoded.table.rowCount());
    for (int r = 0; r < bytes.table.rowCount(); ++r) {
        QCOMPARE(bytes.table.lineOfRow(r), decoded.table.lineOfRow(r));
        QCOMPARE(bytes.table.fieldCount(r), decoded.table.fieldCount(r));
        for (int c = 0; c < bytes.table.columnCount(); ++c) {
            QCOMPARE(bytes.table.cellText(r, c), decoded.table.cellText(r, c));
            QCOMPARE(bytes.table.cell(r, c), decoded.table.cell(r, c));
        }
    }
}

// A large text without quotes is split in two at a line break and read on two threads; a quote
// anywhere keeps it whole. Both must give the same records, lines and skipped lines.
void TestImportFastPaths::splitTableEqualsWholeTable()
{
    QByteArray text = "ds,y\r\n";
    for (int i = 0; text.size() < (3 << 19); ++i) {
        text += iso(day(2000, 1, 1) + i) + ',' + QByteArray::number(i);
        text += i % 7 == 0 ? "\r" : i % 5 == 0 ? "\n" : "\r\n";
        if (i % 1000 == 0)
            text += ",\r\n  \n";
    }
    const CsvReadResult split = CsvReader::read(text + "2030-01-01,x\n");
    const CsvReadResult whole = CsvReader::read(text + "\"2030-01-01\",x\n");
    QVERIFY(split.ok && whole.ok);
    QCOMPARE(split.skippedLines, whole.skippedLines);
    QCOMPARE(split.findings, whole.findings);
    QCOMPARE(split.table.rowCount(), whole.table.rowCount());
    for (int r = 0; r < split.table.rowCount(); ++r) {
        QCOMPARE(split.table.lineOfRow(r), whole.table.lineOfRow(r));
        QCOMPARE(split.table.fieldCount(r), whole.table.fieldCount(r));
        for (int c = 0; c < split.table.columnCount(); ++c)
            QCOMPARE(split.table.cellText(r, c), whole.table.cellText(r, c));
    }
}

// Bad dates and values in both halves of a table large enough to be read on two threads.
void TestImportFastPaths::largeTableKeepsFindingsInRowOrder()
{
    constexpr int kRows = 30000;
    const std::int64_t first = day(2000, 1, 1);
    QByteArray bytes = "ds,y\n";
    for (int i = 0; i < kRows; ++i) {
        const int row = i + 1;
        const QByteArray ds = row == 5 || row == 25000 ? QByteArray("2001-02-30") : iso(first + i);
        const QByteArray y = row == 10 || row == 20000 ? QByteArray("12O0") : QByteArray::number(i);
        bytes += ds + ',' + y + '\n';
    }
    const ImportResult result = DataImporter::import(bytes);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QList<int> rows;
    QStringList raw;
    for (const ImportFinding &finding : result.findings) {
        if (finding.row > 0) {
            rows.append(finding.row);
            raw.append(finding.rawValue);
        }
    }
    QCOMPARE(rows, QList<int>({5, 10, 20000, 25000}));
    QCOMPARE(raw, QStringList({"2001-02-30", "12O0", "12O0", "2001-02-30"}));
    QCOMPARE(result.series.size(), std::size_t(kRows - 2));
    QCOMPARE(result.series.sourceRow[4], 6);
    QCOMPARE(result.series.sourceRow.back(), kRows);
    QCOMPARE(result.series.ds.back(), (first + kRows - 1) * kMsPerDay);
    QVERIFY(std::isnan(result.series.y[8]));
    QCOMPARE(result.series.y.back(), double(kRows - 1));
}

// The series is made from the readings the type detection kept; cells they cannot stand for
// (offsets, bad or missing values) are read again. Every value and finding must be what the
// readers give for each cell, on a table large enough for two threads.
void TestImportFastPaths::keptReadingsEqualCellReadings()
{
    constexpr int kRows = 30000;
    const std::int64_t first = day(2000, 1, 1);
    QByteArray bytes = "ds,y,extra,note\n";
    for (int i = 0; i < kRows; ++i) {
        QByteArray ds = iso(first + i);
        if (i % 101 == 7)
            ds += "T06:30+02:00";
        else if (i % 103 == 5)
            ds = "2023-02-29";
        else if (i % 211 == 3)
            ds = "NA";
        QByteArray y = QByteArray::number(100.0 + (i % 89) * 0.25, 'g', 17);
        if (i % 97 == 11)
            y = "x1";
        else if (i % 89 == 2)
            y = "";
        else if (i % 83 == 1)
            y = " 1.5 ";
        const QByteArray extra = i % 113 == 9 ? QByteArray("n/a") : QByteArray::number(i % 7);
        bytes += ds + ',' + y + ',' + extra + ",n" + QByteArray::number(i % 3) + '\n';
    }
    ImportSettings settings;
    settings.roles.regressors = {QStringLiteral("extra")};
    const ImportResult result = DataImporter::import(bytes, settings);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const CsvTable &table = result.csv.table;
    QCOMPARE(table.rowCount(), kRows);

    std::vector<Timestamp> ds;
    std::vector<double> y;
    std::vector<double> extra;
    QStringList rawValues;
    for (int r = 0; r < kRows; ++r) {
        ParsedDate date;
        const QAnyStringView dsCell = table.cellView(r, 0);
        if (NumberParser::isMissingCell(dsCell) ||
            DateParser::parseCell(dsCell, DateFormat::Iso, date) != DateParser::Error::None) {
            rawValues.append(table.cellText(r, 0));
            continue;
        }
        ds.push_back(date.wallClock);
        for (const int c : {1, 2}) {
            double value = std::nan("");
            const QAnyStringView cell = table.cellView(r, c);
            if (!NumberParser::isMissingCell(cell) && !NumberParser::parseCell(cell, u'.', value))
                rawValues.append(table.cellText(r, c));
            (c == 1 ? y : extra).push_back(value);
        }
    }
    QCOMPARE(result.series.ds, ds);
    QCOMPARE(result.series.y.size(), y.size());
    QCOMPARE(result.series.regressors.at("extra").size(), extra.size());
    for (std::size_t i = 0; i < y.size(); ++i) {
        QVERIFY(sameDouble(result.series.y[i], y[i]) ||
                (std::isnan(y[i]) && std::isnan(result.series.y[i])));
        const double e = result.series.regressors.at("extra")[i];
        QVERIFY(sameDouble(e, extra[i]) || (std::isnan(extra[i]) && std::isnan(e)));
    }
    QStringList foundRaw;
    for (const ImportFinding &finding : result.findings) {
        if (finding.row > 0 && finding.severity == ImportFinding::Severity::Warning)
            foundRaw.append(finding.rawValue);
    }
    QCOMPARE(foundRaw, rawValues);
    QVERIFY(rawValues.contains(QStringLiteral("x1")));
    QVERIFY(rawValues.contains(QStringLiteral("2023-02-29")));
}

// In an ASCII file a quoted cell is held as UTF-16 and the others as the file's bytes; the
// group detection must count a value once either way. Four rows with three regions make a
// group candidate (fewer values than rows), and two rows on one date are the long format.
void TestImportFastPaths::groupValuesMatchQuotedOrNot()
{
    const ImportResult regions = DataImporter::import("ds,region,y\n2024-01-01,\"A\",1\n"
                                                      "2024-01-02,A,2\n2024-01-03, B ,3\n"
                                                      "2024-01-04,C,4\n");
    QVERIFY2(regions.ok(), qPrintable(regions.error));
    QCOMPARE(regions.roles.groupCandidates, QList<int>({1}));
    QCOMPARE(regions.roles.group, -1);

    const ImportResult longFormat =
        DataImporter::import("ds,region,y\n\"2024-01-01\",North,1\n2024-01-01,South,2\n");
    QVERIFY2(longFormat.ok(), qPrintable(longFormat.error));
    QCOMPARE(longFormat.roles.group, 1);
    QVERIFY(longFormat.roles.longFormat);
    QCOMPARE(longFormat.series.group, std::vector<QString>({"North", "South"}));
}

QTEST_GUILESS_MAIN(TestImportFastPaths)
#include "tst_importfastpaths.moc"
