#include "casefiles.h"

#include "data/dataimporter.h"
#include "data/dateparser.h"
#include "data/numberparser.h"

#include <QTest>

#include <cmath>
#include <numeric>
#include <random>

using namespace prognos;
using namespace casefiles;

namespace {

double sumOf(const std::vector<double> &values)
{
    double sum = 0.0;
    for (const double v : values)
        sum += std::isnan(v) ? 0.0 : v;
    return sum;
}

int validCount(const std::vector<double> &values)
{
    return static_cast<int>(
        std::count_if(values.begin(), values.end(), [](double v) { return !std::isnan(v); }));
}

QList<ImportFinding> rowFindings(const ImportResult &result)
{
    QList<ImportFinding> rows;
    for (const ImportFinding &f : result.findings) {
        if (f.row > 0)
            rows.append(f);
    }
    return rows;
}

QByteArray lines(const QList<QByteArray> &rows)
{
    QByteArray bytes;
    for (const QByteArray &row : rows)
        bytes += row + '\n';
    return bytes;
}

} // namespace

class TestDataImporter : public QObject
{
    Q_OBJECT

private slots:
    void fiveMillionColumnHeaderIsRefused();
    void columnLimit_data();
    void columnLimit();
    void noDateColumnListsTenReasons();
    void dateFormats_data();
    void dateFormats();
    void numberFormats_data();
    void numberFormats();
    void userReportCases_data();
    void userReportCases();
    void rowFindingCases_data();
    void rowFindingCases();
    void bug01BomFileEqualsPlainFile();
    void bug02Windows1252HeaderAndEuro();
    void bug03PreviewShowsDelimiterDecimalMarkAndDatePattern();
    void bug04RowWithLetterOIsReported();
    void bug04AmbiguousValueAsks();
    void bug04AllAmbiguousColumnAsks();
    void bug07IndexColumnNeverBecomesY();
    void bug07NoDateColumnListsEveryColumn();
    void bug08AmbiguousOrderIsNeverPickedSilently();
    void bug09NumericDates_data();
    void bug09NumericDates();
    void bug09ExcelSerial60IsFlagged();
    void bug10WallClockIsKept();
    void bug10MixedOffsetsWarn();
    void daylightSavingChangesAreReported();
    void bug12BadDatesAreListed();
    void bug16LongFormatIsRecognised();
    void cornerCases_data();
    void cornerCases();
    void mangledInputsNeverCrash();
};

// A 10 MB header of five million columns is refused by the tokenizer, before any per-column
// work, and the table keeps none of its cells.
void TestDataImporter::fiveMillionColumnHeaderIsRefused()
{
    QByteArray bytes = "ds,y";
    bytes += QByteArray(",a").repeated(5 * 1024 * 1024);
    bytes += '\n';
    const ImportResult result = DataImporter::import(bytes);
    QVERIFY(!result.ok());
    QCOMPARE(result.error,
             QStringLiteral("Line 1 has 5242882 columns; at most 16384 columns can be imported."));
    QCOMPARE(result.csv.table.rowCount(), 0);
    QCOMPARE(result.csv.table.columnCount(), 0);
}

void TestDataImporter::columnLimit_data()
{
    QTest::addColumn<int>("headerColumns");
    QTest::addColumn<int>("rowColumns");
    QTest::addColumn<QString>("error");
    QTest::newRow("10000 columns") << 10000 << 10000 << QString();
    QTest::newRow("16384 columns") << 16384 << 16384 << QString();
    QTest::newRow("16385 in the header")
        << 16385 << 16385
        << QStringLiteral("Line 1 has 16385 columns; at most 16384 columns can be imported.");
    QTest::newRow("16385 in a row")
        << 16384 << 16385
        << QStringLiteral("Line 3 has 16385 columns; at most 16384 columns can be imported.");
}

// ds, y and numeric columns up to the width asked; three data rows, the second as wide as
// rowColumns.
void TestDataImporter::columnLimit()
{
    QFETCH(int, headerColumns);
    QFETCH(int, rowColumns);
    QFETCH(QString, error);
    QByteArray bytes = "ds,y" + QByteArray(",x").repeated(headerColumns - 2) + '\n';
    bytes += "2024-01-01,1" + QByteArray(",5").repeated(headerColumns - 2) + '\n';
    bytes += "2024-01-02,2" + QByteArray(",6").repeated(rowColumns - 2) + '\n';
    bytes += "2024-01-03,3" + QByteArray(",7").repeated(headerColumns - 2) + '\n';
    const ImportResult result = DataImporter::import(bytes);
    QCOMPARE(result.error, error);
    if (!error.isEmpty())
        return;
    QVERIFY(result.ok());
    QCOMPARE(result.csv.table.columnCount(), headerColumns);
    QCOMPARE(int(result.series.size()), 3);
    QCOMPARE(sumOf(result.series.toTimeSeries().y), 6.0);
    QCOMPARE(result.csv.table.cellText(2, headerColumns - 1), QStringLiteral("7"));
}

// Without a date column the error names why for the first ten columns only, then counts the
// rest.
void TestDataImporter::noDateColumnListsTenReasons()
{
    QByteArray bytes;
    for (int c = 1; c <= 25; ++c)
        bytes += (c > 1 ? "," : "") + QByteArray("t") + QByteArray::number(c);
    bytes += '\n';
    for (int r = 0; r < 3; ++r)
        bytes += QByteArray("word,").repeated(24) + "word\n";
    const ImportResult result = DataImporter::import(bytes);
    QVERIFY(!result.ok());
    QString expected = QStringLiteral("No column looks like dates. ");
    for (int c = 1; c <= 10; ++c)
        expected += QStringLiteral("\u201Ct%1\u201D: text in no known date format (such as "
                                   "\u201Cword\u201D); ")
                        .arg(c);
    expected += QStringLiteral("and 15 more columns.");
    QCOMPARE(result.error, expected);
}

void TestDataImporter::dateFormats_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("expected"); // empty: must not parse

    const auto row = [](const char *name, const char *text, DateFormat f, const char *expected) {
        QTest::newRow(name) << QString::fromUtf8(text) << int(f) << QString::fromUtf8(expected);
    };
    row("iso date", "2024-03-05", DateFormat::Iso, "2024-03-05");
    row("iso T", "2024-03-05T07:08:09", DateFormat::Iso, "2024-03-05 07:08:09");
    row("iso space", "2024-03-05 07:08", DateFormat::Iso, "2024-03-05 07:08:00");
    row("iso fraction", "2024-03-05T07:08:09.25", DateFormat::Iso, "2024-03-05 07:08:09.250");
    row("iso Z", "2024-03-05T07:08:09Z", DateFormat::Iso, "2024-03-05 07:08:09");
    row("iso offset", "2024-03-05T07:08:09+05:30", DateFormat::Iso, "2024-03-05 07:08:09");
    row("iso offset hhmm", "2024-03-05 07:08:09-0800", DateFormat::Iso, "2024-03-05 07:08:09");
    row("iso no such day", "2024-04-31", DateFormat::Iso, "");
    row("iso leap day", "2024-02-29", DateFormat::Iso, "2024-02-29");
    row("iso not leap", "2023-02-29", DateFormat::Iso, "");
    row("ymd slash", "2024/03/05", DateFormat::YearMonthDay, "2024-03-05");
    row("dmy", "05/03/2024", DateFormat::DayMonthYear, "2024-03-05");
    row("dmy dash", "05-03-2024 14:30", DateFormat::DayMonthYear, "2024-03-05 14:30:00");
    row("mdy", "03/05/2024", DateFormat::MonthDayYear, "2024-03-05");
    row("mdy pm", "3/5/2024 2:30 PM", DateFormat::MonthDayYear, "2024-03-05 14:30:00");
    row("mdy 12 am", "3/5/2024 12:00 AM", DateFormat::MonthDayYear, "2024-03-05");
    row("dmy dot", "05.03.2024", DateFormat::DayMonthYearDot, "2024-03-05");
    row("month name dmy", "5 Mar 2024", DateFormat::MonthName, "2024-03-05");
    row("month name mdy", "March 5, 2024", DateFormat::MonthName, "2024-03-05");
    row("month name ordinal", "5th September 2024", DateFormat::MonthName, "2024-09-05");
    row("month and year", "Sept 2024", DateFormat::MonthName, "2024-09-01");
    row("month name iso-like", "2024-Jan-05", DateFormat::MonthName, "2024-01-05");
    row("month name with time", "Jan 5, 2024 10:15", DateFormat::MonthName, "2024-01-05 10:15:00");
    row("not a month", "North", DateFormat::MonthName, "");
    row("excel", "44927", DateFormat::ExcelSerial, "2023-01-01");
    row("excel with time", "44927.5", DateFormat::ExcelSerial, "2023-01-01 12:00:00");
    row("excel 61", "61", DateFormat::ExcelSerial, "1900-03-01");
    row("unix seconds", "1672531200", DateFormat::UnixSeconds, "2023-01-01");
    row("unix ms", "1672531200000", DateFormat::UnixMilliseconds, "2023-01-01");
    row("garbage", "2024-03-05x", DateFormat::Iso, "");
    row("hour 24", "2024-03-05 24:00", DateFormat::Iso, "");
}

void TestDataImporter::dateFormats()
{
    QFETCH(QString, text);
    QFETCH(int, format);
    QFETCH(QString, expected);
    ParsedDate date;
    const DateParser::Error error = DateParser::parse(text, DateFormat(format), date);
    if (expected.isEmpty()) {
        QVERIFY(error != DateParser::Error::None);
        return;
    }
    QCOMPARE(error, DateParser::Error::None);
    QCOMPARE(QString::fromStdString(formatTimestamp(date.wallClock)), expected);
}

void TestDataImporter::numberFormats_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("mark");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<double>("value");

    QTest::newRow("plain") << "42" << QChar(u'.') << true << 42.0;
    QTest::newRow("decimal point") << "-3.25" << QChar(u'.') << true << -3.25;
    QTest::newRow("decimal comma") << "100,5" << QChar(u',') << true << 100.5;
    QTest::newRow("grouped") << "1,200" << QChar(u'.') << true << 1200.0;
    QTest::newRow("grouped decimals") << "12,345.50" << QChar(u'.') << true << 12345.5;
    QTest::newRow("european grouped") << "1.234,5" << QChar(u',') << true << 1234.5;
    QTest::newRow("space grouped") << "1 234 567,8" << QChar(u',') << true << 1234567.8;
    QTest::newRow("nbsp grouped") << u"1\u00A0234,5"_qs << QChar(u',') << true << 1234.5;
    QTest::newRow("swiss") << "1'234.5" << QChar(u'.') << true << 1234.5;
    QTest::newRow("dollar") << "$1,234.50" << QChar(u'.') << true << 1234.5;
    QTest::newRow("negative dollar") << "-$12" << QChar(u'.') << true << -12.0;
    QTest::newRow("euro after") << u"12,50 \u20AC"_qs << QChar(u',') << true << 12.5;
    QTest::newRow("pound") << u"\u00A37"_qs << QChar(u'.') << true << 7.0;
    QTest::newRow("percent") << "12.5%" << QChar(u'.') << true << 12.5;
    QTest::newRow("accounting negative") << "(1,000)" << QChar(u'.') << true << -1000.0;
    QTest::newRow("exponent") << "1.5e-3" << QChar(u'.') << true << 0.0015;
    QTest::newRow("huge") << "1e308" << QChar(u'.') << true << 1e308;
    QTest::newRow("inf") << "-inf" << QChar(u'.') << true << -qInf();
    QTest::newRow("letter O") << "1,2O0" << QChar(u'.') << false << 0.0;
    QTest::newRow("bad grouping") << "1,23" << QChar(u'.') << false << 0.0;
    QTest::newRow("comma in point column") << "100,5" << QChar(u'.') << false << 0.0;
    QTest::newRow("two signs") << "--5" << QChar(u'.') << false << 0.0;
    QTest::newRow("text") << "abc" << QChar(u'.') << false << 0.0;
    QTest::newRow("leading zero group") << "0,125" << QChar(u'.') << false << 0.0;
}

void TestDataImporter::numberFormats()
{
    QFETCH(QString, text);
    QFETCH(QChar, mark);
    QFETCH(bool, ok);
    QFETCH(double, value);
    double parsed = 0.0;
    QCOMPARE(NumberParser::parse(text, mark, parsed), ok);
    if (ok)
        QCOMPARE(parsed, value);
}

// Cases whose stated values are: the ds and y columns, row count, first and last ds, Σy.
void TestDataImporter::userReportCases_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("dsColumn");
    QTest::addColumn<QString>("yColumn");
    QTest::addColumn<int>("rows");
    QTest::addColumn<Timestamp>("firstDs");
    QTest::addColumn<Timestamp>("lastDs");
    QTest::addColumn<double>("sumY");

    QByteArray bom = "\xEF\xBB\xBF" + daily(day(2024, 1, 1), 10, [](int i) { return i + 1; });
    QTest::newRow("BUG-01 UTF-8 BOM") << bom << "ds"
                                      << "y" << 10 << date(2024, 1, 1) << date(2024, 1, 10) << 55.0;

    QByteArray utf16 = "\xFF\xFE";
    QString text = u"Datum\tMenge\r\n"_qs;
    for (int i = 0; i < 14; ++i)
        text += QString::fromLatin1(iso(day(2024, 3, 1) + i)) + u'\t' + QString::number(100 + i) +
                QStringLiteral("\r\n");
    for (const QChar c : text)
        utf16 += QByteArray(1, char(c.unicode() & 0xFF)) + char(c.unicode() >> 8);
    QTest::newRow("BUG-02 A UTF-16LE tab")
        << utf16 << "Datum"
        << "Menge" << 14 << date(2024, 3, 1) << date(2024, 3, 14) << 1491.0;

    QByteArray european = "Datum;Umsatz\n";
    for (int i = 0; i < 30; ++i) {
        const CivilTime c = CivilTime::fromDays(day(2023, 2, 1) + i);
        european += QStringLiteral("%1.%2.%3;%4,5\n")
                        .arg(c.day, 2, 10, QChar(u'0'))
                        .arg(c.month, 2, 10, QChar(u'0'))
                        .arg(c.year)
                        .arg(100 + i)
                        .toLatin1();
    }
    QTest::newRow("BUG-03 semicolon, decimal comma")
        << european << "Datum"
        << "Umsatz" << 30 << date(2023, 2, 1) << date(2023, 3, 2) << 3450.0;

    QByteArray crlf = "ds,y\r\n";
    for (int i = 0; i < 20; ++i)
        crlf += iso(day(2024, 2, 1) + i) + ',' + QByteArray::number(i + 1) + "\r\n";
    crlf += "\r\n,\r\n   \r\n";
    QTest::newRow("BUG-06 CRLF, trailing blank lines")
        << crlf << "ds"
        << "y" << 20 << date(2024, 2, 1) << date(2024, 2, 20) << 210.0;
    QByteArray cr = crlf;
    cr.replace("\r\n", "\r");
    QByteArray lf = crlf;
    lf.replace("\r\n", "\n");
    QTest::newRow("BUG-06 LF only") << lf << "ds"
                                    << "y" << 20 << date(2024, 2, 1) << date(2024, 2, 20) << 210.0;
    QTest::newRow("BUG-06 CR only") << cr << "ds"
                                    << "y" << 20 << date(2024, 2, 1) << date(2024, 2, 20) << 210.0;

    QByteArray indexed = ",Date,Sales,Region\n";
    for (int i = 0; i < 30; ++i)
        indexed += QByteArray::number(i) + ',' + iso(day(2024, 1, 1) + i) + ',' +
                   QByteArray::number(200 + i) + ",North\n";
    QTest::newRow("BUG-07 index column")
        << indexed << "Date"
        << "Sales" << 30 << date(2024, 1, 1) << date(2024, 1, 30) << double(30 * 200 + 435);

    QByteArray dayFirst = "ds;y\n";
    for (int d = 1; d <= 31; ++d)
        dayFirst += QByteArray::number(d).rightJustified(2, '0') + "/01/2023;" +
                    QByteArray::number(d) + '\n';
    QTest::newRow("BUG-08 day first")
        << dayFirst << "ds"
        << "y" << 31 << date(2023, 1, 1) << date(2023, 1, 31) << 496.0;

    QByteArray hourly = "ds,y\n";
    for (int h = 0; h < 48; ++h)
        hourly += QStringLiteral("2024-06-%1T%2:00:00+02:00,%3\n")
                      .arg(1 + h / 24, 2, 10, QChar(u'0'))
                      .arg(h % 24, 2, 10, QChar(u'0'))
                      .arg(h % 24)
                      .toLatin1();
    QTest::newRow("BUG-10 UTC offsets, wall clock kept")
        << hourly << "ds"
        << "y" << 48 << date(2024, 6, 1) << date(2024, 6, 2) + 23 * kMsPerHour << 2.0 * 276;

    QByteArray shuffled = "ds,y\n";
    for (int k = 0; k < 30; ++k) {
        const int d = (k * 7) % 30 + 1; // a fixed permutation of 1..30
        shuffled += iso(day(2024, 8, d)) + ',' + QByteArray::number(d) + '\n';
    }
    QTest::newRow("BUG-16 B shuffled rows")
        << shuffled << "ds"
        << "y" << 30 << date(2024, 8, 1) << date(2024, 8, 30) << 465.0;
}

void TestDataImporter::userReportCases()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, dsColumn);
    QFETCH(QString, yColumn);
    QFETCH(int, rows);
    QFETCH(Timestamp, firstDs);
    QFETCH(Timestamp, lastDs);
    QFETCH(double, sumY);

    const ImportResult result = DataImporter::import(bytes);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const CsvTable &table = result.csv.table;
    QCOMPARE(table.displayName(result.roles.ds), dsColumn);
    QCOMPARE(table.displayName(result.roles.y), yColumn);
    QCOMPARE(int(result.series.size()), rows);
    QCOMPARE(validCount(result.series.y), rows);
    QVERIFY(rowFindings(result).isEmpty());
    const TimeSeries series = result.series.toTimeSeries();
    QCOMPARE(series.ds.front(), firstDs);
    QCOMPARE(series.ds.back(), lastDs);
    QCOMPARE(sumOf(series.y), sumY);
    for (std::size_t i = 1; i < series.size(); ++i)
        QVERIFY(series.ds[i] > series.ds[i - 1]);
}

// Cases whose stated values are findings: each row, column and raw value, and what is kept.
void TestDataImporter::rowFindingCases_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QList<int>>("rows");
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<QStringList>("rawValues");
    QTest::addColumn<int>("seriesRows");
    QTest::addColumn<int>("validY");
    QTest::addColumn<double>("sumY");

    QByteArray grouped = "ds,y\n";
    for (int i = 0; i < 20; ++i)
        grouped += iso(day(2023, 1, 1) + i) + ",\"1," + QByteArray::number(200 + 10 * i) + "\"\n";
    grouped += "2023-01-21,\"12,345.50\"\n2023-01-22,\"1,2O0\"\n";
    QTest::newRow("BUG-04 thousands separators, letter O")
        << grouped << QList<int>{22} << QStringList{"y"} << QStringList{"1,2O0"} << 22 << 21
        << 25900.0 + 12345.5;

    QByteArray badDates = "ds,y\n";
    for (int i = 1; i <= 30; ++i) {
        const QByteArray ds = i == 7    ? ""
                              : i == 15 ? "2024-04-31"
                              : i == 22 ? "n/a"
                                        : iso(day(2024, 4, i));
        badDates += ds + ',' + QByteArray::number(i) + '\n';
    }
    QTest::newRow("BUG-12 empty and impossible dates")
        << badDates << QList<int>{7, 15, 22} << QStringList{"ds", "ds", "ds"}
        << QStringList{"", "2024-04-31", "n/a"} << 27 << 27 << 421.0;

    QTest::newRow("ragged row") << lines({"ds,y", "2024-01-01,1", "2024-01-02", "2024-01-03,3"})
                                << QList<int>{2} << QStringList{""} << QStringList{""} << 3 << 2
                                << 4.0;
}

void TestDataImporter::rowFindingCases()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QList<int>, rows);
    QFETCH(QStringList, columns);
    QFETCH(QStringList, rawValues);
    QFETCH(int, seriesRows);
    QFETCH(int, validY);
    QFETCH(double, sumY);

    const ImportResult result = DataImporter::import(bytes);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const QList<ImportFinding> findings = rowFindings(result);
    QCOMPARE(findings.size(), rows.size());
    for (qsizetype k = 0; k < rows.size(); ++k) {
        QCOMPARE(findings[k].row, rows[k]);
        QCOMPARE(findings[k].column, columns[k]);
        QCOMPARE(findings[k].rawValue, rawValues[k]);
        QVERIFY(findings[k].line > 0);
        QVERIFY(!findings[k].reason.isEmpty());
    }
    QCOMPARE(int(result.series.size()), seriesRows);
    QCOMPARE(validCount(result.series.y), validY);
    QCOMPARE(sumOf(result.series.y), sumY);
}

void TestDataImporter::bug01BomFileEqualsPlainFile()
{
    const QByteArray plain = daily(day(2024, 1, 1), 10, [](int i) { return i + 1; });
    const ImportResult a = DataImporter::import("\xEF\xBB\xBF" + plain);
    const ImportResult b = DataImporter::import(plain);
    QCOMPARE(a.csv.table.columnNames(), (QStringList{"ds", "y"}));
    QCOMPARE(a.series.ds, b.series.ds);
    QCOMPARE(a.series.y, b.series.y);
}

void TestDataImporter::bug02Windows1252HeaderAndEuro()
{
    QByteArray bytes = "Date;Quantit\xE9;Note\r\n";
    for (int i = 0; i < 12; ++i)
        bytes += iso(day(2024, 1, 1) + i) + ";5;" + (i == 4 ? "\x80 10 rebate" : "") + "\r\n";
    const ImportResult result = DataImporter::import(bytes);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.csv.table.displayName(result.roles.y), u"Quantit\u00E9"_qs);
    QCOMPARE(result.csv.table.cell(4, 2).toString(), u"\u20AC 10 rebate"_qs);
    QVERIFY(result.notes.join(u' ').contains(u"Windows-1252"));
    QCOMPARE(sumOf(result.series.y), 60.0);
}

void TestDataImporter::bug03PreviewShowsDelimiterDecimalMarkAndDatePattern()
{
    QByteArray bytes = "Datum;Umsatz\n";
    for (int i = 0; i < 30; ++i) {
        const CivilTime c = CivilTime::fromDays(day(2023, 2, 1) + i);
        bytes += QStringLiteral("%1.%2.%3;%4,5\n")
                     .arg(c.day, 2, 10, QChar(u'0'))
                     .arg(c.month, 2, 10, QChar(u'0'))
                     .arg(c.year)
                     .arg(100 + i)
                     .toLatin1();
    }
    const ImportResult result = DataImporter::import(bytes);
    QVERIFY(result.ok());
    QCOMPARE(result.csv.table.columnCount(), 2);
    QCOMPARE(result.csv.delimiter, QChar(u';'));
    QCOMPARE(result.columnTypes[0].dateFormat, DateFormat::DayMonthYearDot);
    QCOMPARE(result.columnTypes[1].decimalMark, QChar(u','));
    const QString notes = result.notes.join(u'\n');
    QVERIFY2(notes.contains(u"semicolon") && notes.contains(u"decimal comma") &&
                 notes.contains(u"DD.MM.YYYY"),
             qPrintable(notes));
    QCOMPARE(validCount(result.series.y), 30);
    QCOMPARE(result.series.ds[1] - result.series.ds[0], kMsPerDay);

    // Each can be overridden: read the same file with a comma delimiter and see the difference.
    ImportSettings settings;
    settings.csv.delimiter = u',';
    QCOMPARE(DataImporter::import(bytes, settings).csv.delimiter, QChar(u','));
}

void TestDataImporter::bug04RowWithLetterOIsReported()
{
    QByteArray bytes = "ds,y\n";
    for (int i = 0; i < 20; ++i)
        bytes += iso(day(2023, 1, 1) + i) + ",\"1," + QByteArray::number(200 + 10 * i) + "\"\n";
    bytes += "2023-01-21,\"12,345.50\"\n2023-01-22,\"1,2O0\"\n";

    const ImportResult result = DataImporter::import(bytes);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const std::vector<double> &y = result.series.y;
    QCOMPARE(sumOf(std::vector<double>(y.begin(), y.begin() + 20)), 25900.0);
    QCOMPARE(y[20], 12345.5);
    QCOMPARE(validCount(y), 21);
    const QList<ImportFinding> findings = rowFindings(result);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings[0].row, 22);
    QCOMPARE(findings[0].column, u"y"_qs);
    QCOMPARE(findings[0].rawValue, u"1,2O0"_qs);

    const ImportResult european =
        DataImporter::import("ds;y\n2023-01-01;1.234,5\n2023-01-02;7,25\n");
    QVERIFY(european.ok());
    QCOMPARE(european.series.y[0], 1234.5);
    QCOMPARE(european.columnTypes[1].decimalMark, QChar(u','));
}

void TestDataImporter::bug04AmbiguousValueAsks()
{
    const QByteArray bytes =
        lines({"ds;y", "2023-01-01;100,5", "2023-01-02;1,234", "2023-01-03;99,5"});
    const ImportResult result = DataImporter::import(bytes);
    QCOMPARE(result.columnTypes[1].decimalMark, QChar(u','));
    const QList<ImportFinding> findings = rowFindings(result);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings[0].severity, ImportFinding::Severity::Question);
    QCOMPARE(findings[0].row, 2);
    QVERIFY(std::isnan(result.series.y[1]));

    ImportSettings settings;
    settings.columnTypes[u"y"_qs].decimalMark = u',';
    const ImportResult confirmed = DataImporter::import(bytes, settings);
    QVERIFY(rowFindings(confirmed).isEmpty());
    QCOMPARE(confirmed.series.y[1], 1.234);
}

void TestDataImporter::bug04AllAmbiguousColumnAsks()
{
    const QByteArray bytes = lines({"ds,y", "2023-01-01,\"1,200\"", "2023-01-02,\"1,210\""});
    const ImportResult result = DataImporter::import(bytes);
    QCOMPARE(result.status, ImportResult::Status::NeedsDecision);
    QVERIFY(result.columnTypes[1].needsDecision);

    ImportSettings settings;
    settings.columnTypes[u"y"_qs].decimalMark = u'.';
    const ImportResult decided = DataImporter::import(bytes, settings);
    QVERIFY(decided.ok());
    QCOMPARE(decided.series.y, (std::vector<double>{1200.0, 1210.0}));
}

void TestDataImporter::bug07IndexColumnNeverBecomesY()
{
    QByteArray bytes = ",Date,Sales,Region\n";
    for (int i = 0; i < 30; ++i)
        bytes += QByteArray::number(i) + ',' + iso(day(2024, 1, 1) + i) + ',' +
                 QByteArray::number(200 + i) + ",North\n";
    const ImportResult result = DataImporter::import(bytes);
    QVERIFY(result.ok());
    QCOMPARE(result.roles.y, 2);
    QCOMPARE(result.series.y.front(), 200.0);
    QCOMPARE(result.series.y.back(), 229.0);
    QVERIFY(result.roles.groupCandidates.contains(3));
    QVERIFY(!result.roles.regressorCandidates.contains(0));
    QVERIFY(result.roles.yReason.contains(u"column 1"));
    QVERIFY(result.roles.yReason.contains(u"skipped: it only counts the rows"));
    for (const QString &note : result.notes) {
        QVERIFY2(note.endsWith(u'.'), qPrintable(note));
        QVERIFY2(!note.contains(u".."), qPrintable(note));
    }

    // Even when the index is the only other numeric column, it is not picked.
    const ImportResult onlyIndex =
        DataImporter::import(lines({",Date", "0,2024-01-01", "1,2024-01-02"}));
    QCOMPARE(onlyIndex.status, ImportResult::Status::Failed);
    QCOMPARE(onlyIndex.roles.y, -1);
}

void TestDataImporter::bug07NoDateColumnListsEveryColumn()
{
    const ImportResult result =
        DataImporter::import(lines({"Sales,Region,Empty", "200,North,", "201,South,"}));
    QCOMPARE(result.status, ImportResult::Status::Failed);
    for (const char16_t *name : {u"Sales", u"Region", u"Empty", u"North"})
        QVERIFY2(result.error.contains(QStringView(name)), qPrintable(result.error));

    // Values of the size of Excel serials are not dates unless named or ordered like them.
    const ImportResult sales =
        DataImporter::import(lines({"Sales,Region", "30200,North", "29800,South", "31000,East"}));
    QCOMPARE(sales.status, ImportResult::Status::Failed);
    QVERIFY2(sales.error.contains(u"Excel"), qPrintable(sales.error));

    // A text column chosen as ds is refused with a reason, not read as all-bad dates.
    ImportSettings settings;
    settings.roles.ds = u"Region"_qs;
    const ImportResult chosen =
        DataImporter::import(lines({"Sales,Region", "1,North", "2,South"}), settings);
    QCOMPARE(chosen.status, ImportResult::Status::Failed);
    QVERIFY2(chosen.error.contains(u"Region"), qPrintable(chosen.error));
    ImportSettings textY;
    textY.roles.y = u"Region"_qs;
    const ImportResult y = DataImporter::import(lines({"ds,Region", "2024-01-01,North"}), textY);
    QCOMPARE(y.status, ImportResult::Status::Failed);
    QVERIFY2(y.error.contains(u"Region"), qPrintable(y.error));
}

void TestDataImporter::bug08AmbiguousOrderIsNeverPickedSilently()
{
    QByteArray bytes = "ds,y\n";
    for (int d = 1; d <= 12; ++d)
        bytes += "01/" + QByteArray::number(d).rightJustified(2, '0') + "/2023," +
                 QByteArray::number(d) + '\n';
    const ImportResult result = DataImporter::import(bytes);
    QCOMPARE(result.status, ImportResult::Status::NeedsDecision);
    QVERIFY(result.series.empty());
    QVERIFY(!result.findings.isEmpty());
    QCOMPARE(result.findings.back().severity, ImportFinding::Severity::Question);

    ImportSettings settings;
    settings.columnTypes[u"ds"_qs].dateFormat = DateFormat::DayMonthYear;
    const ImportResult dayFirst = DataImporter::import(bytes, settings);
    QVERIFY(dayFirst.ok());
    QCOMPARE(dayFirst.series.ds[4], date(2023, 5, 1));
    settings.columnTypes[u"ds"_qs].dateFormat = DateFormat::MonthDayYear;
    const ImportResult monthFirst = DataImporter::import(bytes, settings);
    QCOMPARE(monthFirst.series.ds[4], date(2023, 1, 5));

    // The 31-row case: day first for the whole column, no date such as 2023-05-01.
    QByteArray january = "ds;y\n";
    for (int d = 1; d <= 31; ++d)
        january += QByteArray::number(d).rightJustified(2, '0') + "/01/2023;" +
                   QByteArray::number(d) + '\n';
    const ImportResult full = DataImporter::import(january);
    QCOMPARE(full.columnTypes[0].dateFormat, DateFormat::DayMonthYear);
    for (std::size_t i = 0; i < full.series.size(); ++i) {
        QCOMPARE(full.series.ds[i], date(2023, 1, int(i) + 1));
        QCOMPARE(full.series.y[i], double(i + 1));
    }
}

void TestDataImporter::bug09NumericDates_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QByteArray excel = "ds,y\n";
    QByteArray unix = "ds,y\n";
    QByteArray unixMs = "timestamp,value\n";
    for (int i = 0; i < 30; ++i) {
        excel += QByteArray::number(44927 + i) + ',' + QByteArray::number(10 + i) + '\n';
        unix += QByteArray::number(1672531200LL + 86400LL * i) + ',' + QByteArray::number(10 + i) +
                '\n';
        unixMs += QByteArray::number(1672531200000LL + 86400000LL * i) + ',' +
                  QByteArray::number(10 + i) + '\n';
    }
    QTest::newRow("BUG-09 A Excel serials") << excel << int(DateFormat::ExcelSerial) << "2023-01-01"
                                            << "2023-01-30";
    QTest::newRow("BUG-09 B Unix seconds") << unix << int(DateFormat::UnixSeconds) << "2023-01-01"
                                           << "2023-01-30";
    QTest::newRow("Unix milliseconds")
        << unixMs << int(DateFormat::UnixMilliseconds) << "2023-01-01"
        << "2023-01-30";
    QByteArray years = "Year,Value\n";
    for (int i = 0; i < 30; ++i)
        years += QByteArray::number(1994 + i) + ',' + QByteArray::number(10 + i) + '\n';
    QTest::newRow("years") << years << int(DateFormat::Year) << "1994-01-01"
                           << "2023-01-01";
}

void TestDataImporter::bug09NumericDates()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, format);
    QFETCH(QString, first);
    QFETCH(QString, last);
    const ImportResult result = DataImporter::import(bytes);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.roles.ds, 0);
    QCOMPARE(int(result.columnTypes[0].dateFormat), format);
    QCOMPARE(QString::fromStdString(formatTimestamp(result.series.ds.front())), first);
    QCOMPARE(QString::fromStdString(formatTimestamp(result.series.ds.back())), last);
    QVERIFY2(result.roles.dsReason.contains(first) && result.roles.dsReason.contains(last),
             qPrintable(result.roles.dsReason));
    QVERIFY(result.roles.dsReason.contains(u"confirm"));
    QCOMPARE(sumOf(result.series.y), 735.0);
}

void TestDataImporter::bug09ExcelSerial60IsFlagged()
{
    ParsedDate date;
    QCOMPARE(DateParser::parse(u"60", DateFormat::ExcelSerial, date),
             DateParser::Error::ExcelFictitiousDay);
    ImportSettings settings;
    settings.columnTypes[u"ds"_qs].dateFormat = DateFormat::ExcelSerial;
    const ImportResult result =
        DataImporter::import(lines({"ds,y", "59,1", "60,2", "61,3"}), settings);
    const QList<ImportFinding> findings = rowFindings(result);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings[0].row, 2);
    QVERIFY(findings[0].reason.contains(u"1900-02-29"));
    QCOMPARE(result.series.size(), std::size_t(2));
}

void TestDataImporter::bug10WallClockIsKept()
{
    QByteArray bytes = "ds,y\n";
    for (int h = 0; h < 48; ++h)
        bytes += QStringLiteral("2024-06-%1T%2:00:00+02:00,%3\n")
                     .arg(1 + h / 24, 2, 10, QChar(u'0'))
                     .arg(h % 24, 2, 10, QChar(u'0'))
                     .arg(h % 24)
                     .toLatin1();
    const ImportResult result = DataImporter::import(bytes);
    QVERIFY(result.ok());
    QCOMPARE(result.series.y[13], 13.0);
    QCOMPARE(result.series.ds[13], date(2024, 6, 1) + 13 * kMsPerHour);
    QVERIFY(result.notes.contains(DateParser::timeZoneRule()));
    QVERIFY(result.findings.isEmpty());
}

void TestDataImporter::bug10MixedOffsetsWarn()
{
    const ImportResult result = DataImporter::import(
        lines({"ds,y", "2024-06-01T10:00:00+01:00,1", "2024-06-01T12:00:00+02:00,2"}));
    QVERIFY(result.ok());
    QVERIFY(std::any_of(result.findings.begin(), result.findings.end(), [](const ImportFinding &f) {
        return f.row == 0 && f.reason.contains(u"different UTC offsets");
    }));
}

void TestDataImporter::daylightSavingChangesAreReported()
{
    // Central European time: 2024-03-31 02:00 does not exist, 2024-10-27 02:00 happens twice.
    const ImportResult result = DataImporter::import(lines({
        "ds,y",
        "2024-03-31T01:00:00+01:00,1",
        "2024-03-31T03:00:00+02:00,2",
        "2024-10-27T02:00:00+02:00,3",
        "2024-10-27T02:00:00+01:00,4",
        "2024-10-27T03:00:00+01:00,5",
    }));
    const QList<ImportFinding> findings = rowFindings(result);
    QCOMPARE(findings.size(), 2);
    QCOMPARE(findings[0].row, 2);
    QVERIFY(findings[0].reason.contains(u"forward"));
    QCOMPARE(findings[1].row, 4);
    QVERIFY(findings[1].reason.contains(u"repeat"));
}

void TestDataImporter::bug12BadDatesAreListed()
{
    QByteArray bytes = "ds,y\n";
    for (int i = 1; i <= 30; ++i) {
        QByteArray ds = iso(day(2024, 4, i));
        if (i == 7)
            ds = "";
        else if (i == 15)
            ds = "2024-04-31";
        else if (i == 22)
            ds = "n/a";
        bytes += ds + ',' + QByteArray::number(i) + '\n';
    }
    const ImportResult result = DataImporter::import(bytes);
    QVERIFY(result.ok());
    QCOMPARE(result.findings.size(), 3);
    const QList<int> rows = {7, 15, 22};
    const QStringList raw = {"", "2024-04-31", "n/a"};
    for (int k = 0; k < 3; ++k) {
        QCOMPARE(result.findings[k].row, rows[k]);
        QCOMPARE(result.findings[k].column, u"ds"_qs);
        QCOMPARE(result.findings[k].rawValue, raw[k]);
    }
    QVERIFY(result.findings[0].reason.contains(u"empty"));
    QVERIFY(result.findings[1].reason.contains(u"no such date"));
    QCOMPARE(result.series.size(), std::size_t(27));
    QCOMPARE(sumOf(result.series.y), 421.0);
}

void TestDataImporter::bug16LongFormatIsRecognised()
{
    QByteArray bytes = "date,category,y\n";
    for (int d = 0; d < 10; ++d) {
        for (int k = 0; k < 3; ++k)
            bytes += iso(day(2024, 7, 1) + d) + ',' + char('A' + k) + ',' +
                     QByteArray::number(k + 1) + '\n';
    }
    const ImportResult result = DataImporter::import(bytes);
    QVERIFY(result.ok());
    QVERIFY(result.roles.longFormat);
    QCOMPARE(result.roles.group, 1);
    QCOMPARE(result.series.groupColumn, u"category"_qs);
    QCOMPARE(result.series.group[4], u"B"_qs);
    QCOMPARE(result.series.size(), std::size_t(30));
}

void TestDataImporter::cornerCases_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("rows");
    QTest::newRow("empty file") << QByteArray() << int(ImportResult::Status::Failed) << 0;
    QTest::newRow("header only") << QByteArray("ds,y\n") << int(ImportResult::Status::Failed) << 0;
    QTest::newRow("one row") << QByteArray("ds,y\n2024-01-01,5\n") << int(ImportResult::Status::Ok)
                             << 1;
    QTest::newRow("huge values")
        << QByteArray("ds,y\n2024-01-01,1e308\n2024-01-02,-1.7976931348623157e308\n")
        << int(ImportResult::Status::Ok) << 2;
    QTest::newRow("NaN text") << QByteArray("ds,y\n2024-01-01,NaN\n2024-01-02,3\n2024-01-03,nan\n")
                              << int(ImportResult::Status::Ok) << 3;
    QTest::newRow("no header") << QByteArray("2024-01-01,5\n2024-01-02,6\n")
                               << int(ImportResult::Status::Ok) << 2;
    QTest::newRow("single column")
        << QByteArray("ds\n2024-01-01\n") << int(ImportResult::Status::Failed) << 0;
}

void TestDataImporter::cornerCases()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    QFETCH(int, rows);
    const ImportResult result = DataImporter::import(bytes);
    QCOMPARE(int(result.status), status);
    QCOMPARE(int(result.series.size()), rows);
    if (result.status == ImportResult::Status::Failed)
        QVERIFY(!result.error.isEmpty());
    QVERIFY(rowFindings(result).isEmpty());
}

void TestDataImporter::mangledInputsNeverCrash()
{
    // Not a fuzzer: a fixed set of byte-level mutations of case files and random buffers,
    // checked for crashes, hangs and inconsistent results (run it under ASan and UBSan).
    const QList<QByteArray> seeds = {
        "\xEF\xBB\xBF"
        "ds,y\n2024-01-01,1\n2024-01-02,\"1,5\"\n",
        "Datum;Umsatz\r\n01.02.2023;100,5\r\n02.02.2023;\"1.234,5\"\r\n",
        ",Date,Sales\n0,2024-01-01,200\n1,2024-01-02,201\n",
        "ds,y\n01/02/2023,1\n13/02/2023,2\n44927,3\nJan 5 2024,4\n2024-06-01T00:00+02:00,5\n",
        "\xFF\xFE"
        "d\0s\0\t\0y\0\n\0"
        "1\0\t\0"
        "2\0",
    };
    std::mt19937 random(7);
    const QByteArray alphabet = ",;\t|\"\r\n 0123456789-/.:+T$%()eE\xE9\x80\xC3\xFF";
    for (int round = 0; round < 3000; ++round) {
        QByteArray bytes = seeds[round % seeds.size()];
        const int edits = 1 + int(random() % 8);
        for (int e = 0; e < edits; ++e) {
            const qsizetype at = bytes.isEmpty() ? 0 : qsizetype(random() % bytes.size());
            const char c = alphabet[qsizetype(random() % alphabet.size())];
            switch (random() % 3) {
            case 0:
                bytes.insert(at, c);
                break;
            case 1:
                bytes.remove(at, 1);
                break;
            default:
                if (!bytes.isEmpty())
                    bytes[at] = c;
            }
        }
        if (round % 10 == 0) {
            bytes.resize(qsizetype(random() % 300));
            for (char &c : bytes)
                c = char(random());
        }
        const ImportResult result = DataImporter::import(bytes);
        QVERIFY(result.ok() || !result.error.isEmpty() ||
                result.status == ImportResult::Status::NeedsDecision);
        QCOMPARE(result.series.ds.size(), result.series.y.size());
        for (const ImportFinding &f : result.findings)
            QVERIFY(f.row >= 0 && f.row <= result.csv.table.rowCount());
    }
}

QTEST_GUILESS_MAIN(TestDataImporter)
#include "tst_dataimporter.moc"
