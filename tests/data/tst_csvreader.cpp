#include "data/csvreader.h"

#include <QBuffer>
#include <QTest>

using namespace prognos;

namespace {

/// UTF-16 bytes of `text` with a byte-order mark.
QByteArray utf16Bytes(const QString &text, bool littleEndian)
{
    QByteArray bytes = littleEndian ? QByteArray("\xFF\xFE", 2) : QByteArray("\xFE\xFF", 2);
    for (const QChar c : text) {
        const char lo = static_cast<char>(c.unicode() & 0xFF);
        const char hi = static_cast<char>(c.unicode() >> 8);
        bytes.append(littleEndian ? lo : hi);
        bytes.append(littleEndian ? hi : lo);
    }
    return bytes;
}

QStringList column(const CsvTable &table, int c)
{
    QStringList values;
    for (int r = 0; r < table.rowCount(); ++r)
        values.append(table.cell(r, c).toString());
    return values;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void recordsAndFields_data();
    void recordsAndFields();
    void bug01ByteOrderMarkIsStripped();
    void bug02Utf16WithTabs_data();
    void bug02Utf16WithTabs();
    void bug02Windows1252();
    void decodingFailureNamesEncodingAndOffset();
    void encodingCanBeOverridden();
    void bug06LineEndingsAndTrailingBlankLines_data();
    void bug06LineEndingsAndTrailingBlankLines();
    void raggedRowsAreReported();
    void trailingDelimitersAreNotRagged();
    void unclosedQuoteIsReported();
    void delimiterDetection_data();
    void delimiterDetection();
    void headerDetection_data();
    void headerDetection();
    void sizeLimitRefusesBeforeReading();
    void emptyInputs_data();
    void emptyInputs();
};

void TestCsvReader::recordsAndFields_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QStringList>("secondColumn");

    QTest::newRow("plain") << QByteArray("a,b\n1,x\n2,y\n") << 2 << QStringList{"x", "y"};
    QTest::newRow("no final newline") << QByteArray("a,b\n1,x\n2,y") << 2 << QStringList{"x", "y"};
    QTest::newRow("quoted delimiter") << QByteArray("a,b\n1,\"x,y\"\n") << 1 << QStringList{"x,y"};
    QTest::newRow("doubled quote")
        << QByteArray("a,b\n1,\"say \"\"hi\"\"\"\n") << 1 << QStringList{"say \"hi\""};
    QTest::newRow("newline in quotes") << QByteArray("a,b\r\n1,\"two\r\nlines\"\r\n2,z\r\n") << 2
                                       << QStringList{"two\r\nlines", "z"};
    QTest::newRow("empty quoted") << QByteArray("a,b\n1,\"\"\n") << 1 << QStringList{""};
    QTest::newRow("delimiter at the very end") << QByteArray("a,b\n1,") << 1 << QStringList{""};
    QTest::newRow("quote at the very end") << QByteArray("a,b\n1,\"") << 1 << QStringList{""};
    QTest::newRow("spaces kept") << QByteArray("a,b\n1, x \n") << 1 << QStringList{" x "};
}

void TestCsvReader::recordsAndFields()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, rows);
    QFETCH(QStringList, secondColumn);

    const CsvReadResult result = CsvReader::read(bytes);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.table.rowCount(), rows);
    QCOMPARE(result.table.columnNames(), (QStringList{"a", "b"}));
    QCOMPARE(column(result.table, 1), secondColumn);
}

void TestCsvReader::bug01ByteOrderMarkIsStripped()
{
    QByteArray plain = "ds,y\n";
    for (int i = 1; i <= 10; ++i)
        plain += QStringLiteral("2024-01-%1,%2\n").arg(i, 2, 10, QChar(u'0')).arg(i).toUtf8();
    const QByteArray withBom = QByteArray("\xEF\xBB\xBF") + plain;

    const CsvReadResult a = CsvReader::read(withBom);
    const CsvReadResult b = CsvReader::read(plain);
    QVERIFY(a.ok && b.ok);
    QVERIFY(a.hadBom);
    QCOMPARE(a.encoding, TextEncoding::Utf8);
    QCOMPARE(a.table.columnNames(), (QStringList{"ds", "y"}));
    QCOMPARE(a.table.columnNames().at(0).size(), 2);
    QCOMPARE(a.table.rowCount(), 10);
    QCOMPARE(column(a.table, 0), column(b.table, 0));
    QCOMPARE(column(a.table, 1), column(b.table, 1));
}

void TestCsvReader::bug02Utf16WithTabs_data()
{
    QTest::addColumn<bool>("littleEndian");
    QTest::newRow("UTF-16LE") << true;
    QTest::newRow("UTF-16BE") << false;
}

void TestCsvReader::bug02Utf16WithTabs()
{
    QFETCH(bool, littleEndian);
    QString text = QStringLiteral("Datum\tMenge\r\n");
    for (int i = 0; i < 14; ++i)
        text += QStringLiteral("2024-03-%1\t%2\r\n").arg(i + 1, 2, 10, QChar(u'0')).arg(100 + i);

    const CsvReadResult result = CsvReader::read(utf16Bytes(text, littleEndian));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.encoding, littleEndian ? TextEncoding::Utf16LE : TextEncoding::Utf16BE);
    QCOMPARE(result.delimiter, QChar(u'\t'));
    QCOMPARE(result.table.columnNames(), (QStringList{"Datum", "Menge"}));
    QCOMPARE(result.table.rowCount(), 14);
    int sum = 0;
    for (const QString &v : column(result.table, 1))
        sum += v.toInt();
    QCOMPARE(sum, 1491);
}

void TestCsvReader::bug02Windows1252()
{
    QByteArray bytes = "Date;Quantit\xE9;Note\r\n";
    for (int i = 1; i <= 12; ++i) {
        bytes += QByteArray("2024-01-") + QByteArray::number(i).rightJustified(2, '0') + ";5;";
        bytes += (i == 3 ? QByteArray("5 \x80 off") : QByteArray()) + "\r\n";
    }

    const CsvReadResult result = CsvReader::read(bytes);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.encoding, TextEncoding::Windows1252);
    QVERIFY(result.encodingGuessed);
    QCOMPARE(result.delimiter, QChar(u';'));
    QCOMPARE(result.table.columnNames().at(1), QStringLiteral("Quantit\u00E9"));
    QCOMPARE(result.table.cell(2, 2).toString(), QStringLiteral("5 \u20AC off"));
    QCOMPARE(result.table.rowCount(), 12);
}

void TestCsvReader::decodingFailureNamesEncodingAndOffset()
{
    CsvOptions options;
    options.encoding = TextEncoding::Utf8;
    const CsvReadResult result = CsvReader::read(QByteArray("ds,y\n2024-01-01,\xE9\n"), options);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(u"UTF-8"), qPrintable(result.error));
    QVERIFY2(result.error.contains(u"offset 16"), qPrintable(result.error));

    // A UTF-8 BOM declares the encoding, so a bad byte after it is an error, not a fallback.
    const CsvReadResult bom = CsvReader::read(QByteArray("\xEF\xBB\xBF"
                                                         "a\n\xFF\n"));
    QVERIFY(!bom.ok);
    QVERIFY(bom.error.contains(u"offset 5"));
    QCOMPARE(TextDecoder::decode(QByteArray("\xFF\xFE"
                                            "a\x00\x00",
                                            5))
                 .errorOffset,
             4);
}

void TestCsvReader::encodingCanBeOverridden()
{
    const QByteArray bytes = "name\n\xC3\xA9t\xC3\xA9\n";
    CsvOptions options;
    options.header = CsvOptions::Header::Present;
    QCOMPARE(CsvReader::read(bytes, options).table.cell(0, 0).toString(), u"\u00E9t\u00E9");
    options.encoding = TextEncoding::Windows1252;
    const CsvReadResult forced = CsvReader::read(bytes, options);
    QCOMPARE(forced.encoding, TextEncoding::Windows1252);
    QCOMPARE(forced.table.cell(0, 0).toString(), u"\u00C3\u00A9t\u00C3\u00A9");
}

void TestCsvReader::bug06LineEndingsAndTrailingBlankLines_data()
{
    QTest::addColumn<QByteArray>("eol");
    QTest::newRow("CRLF") << QByteArray("\r\n");
    QTest::newRow("LF") << QByteArray("\n");
    QTest::newRow("CR") << QByteArray("\r");
}

void TestCsvReader::bug06LineEndingsAndTrailingBlankLines()
{
    QFETCH(QByteArray, eol);
    QByteArray bytes = "ds,y" + eol;
    for (int i = 1; i <= 20; ++i)
        bytes += "2024-02-" + QByteArray::number(i).rightJustified(2, '0') + ',' +
                 QByteArray::number(i) + eol;
    bytes += eol + "," + eol + "   " + eol;

    const CsvReadResult result = CsvReader::read(bytes);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.table.rowCount(), 20);
    QCOMPARE(result.skippedLines, 3);
    QVERIFY(result.findings.isEmpty());
    QCOMPARE(result.table.cell(19, 0).toString(), QStringLiteral("2024-02-20"));
    QCOMPARE(result.table.lineOfRow(19), 21);
}

void TestCsvReader::raggedRowsAreReported()
{
    const CsvReadResult result = CsvReader::read("a,b,c\n1,2,3\n\n4,5\n6,7,8,9\n");
    QVERIFY(result.ok);
    QCOMPARE(result.findings.size(), 2);
    QCOMPARE(result.findings[0].row, 2);
    QCOMPARE(result.findings[0].line, 4);
    QCOMPARE(result.findings[1].row, 3);
    QCOMPARE(result.table.cell(1, 2).toString(), QString());
}

void TestCsvReader::trailingDelimitersAreNotRagged()
{
    const CsvReadResult headerOnly = CsvReader::read("ds,y,\n2024-01-01,1\n2024-01-02,2\n");
    QVERIFY(headerOnly.findings.isEmpty());
    QCOMPARE(headerOnly.table.columnNames(), (QStringList{"ds", "y"}));
    const CsvReadResult everyLine = CsvReader::read("ds,y\n2024-01-01,1,\n2024-01-02,2,\n");
    QVERIFY(everyLine.findings.isEmpty());
    QCOMPARE(everyLine.table.columnCount(), 2);
}

void TestCsvReader::unclosedQuoteIsReported()
{
    const CsvReadResult result = CsvReader::read("a,b\n1,\"open\n2,3\n");
    QVERIFY(result.ok);
    QCOMPARE(result.findings.size(), 1);
    QCOMPARE(result.findings[0].line, 2);
}

void TestCsvReader::delimiterDetection_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QChar>("delimiter");
    QTest::newRow("comma") << QByteArray("a,b\n1,2\n3,4\n") << QChar(u',');
    QTest::newRow("semicolon, decimal comma")
        << QByteArray("Datum;Umsatz\n01.02.2023;100,5\n02.02.2023;101,5\n") << QChar(u';');
    QTest::newRow("tab") << QByteArray("a\tb\n1,5\t2\n") << QChar(u'\t');
    QTest::newRow("pipe") << QByteArray("a|b|c\n1|2|3\n") << QChar(u'|');
    QTest::newRow("quoted commas")
        << QByteArray("ds,y\n2023-01-01,\"1,200\"\n2023-01-02,\"1,210\"\n") << QChar(u',');
}

void TestCsvReader::delimiterDetection()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QChar, delimiter);
    const CsvReadResult result = CsvReader::read(bytes);
    QCOMPARE(result.delimiter, delimiter);
    QVERIFY(result.delimiterDetected);
    QCOMPARE(result.table.columnCount(), bytes.startsWith("a|b|c") ? 3 : 2);
}

void TestCsvReader::headerDetection_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("header");
    QTest::newRow("names") << QByteArray("ds,y\n2024-01-01,1\n") << true;
    QTest::newRow("no header") << QByteArray("2024-01-01,1\n2024-01-02,2\n") << false;
    QTest::newRow("unnamed index") << QByteArray(",Date,Sales\n0,2024-01-01,200\n") << true;
    QTest::newRow("long format, no header")
        << QByteArray("2024-07-01,A,1\n2024-07-01,B,2\n") << false;
    QTest::newRow("header only") << QByteArray("ds,y\n") << true;
}

void TestCsvReader::headerDetection()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, header);
    const CsvReadResult result = CsvReader::read(bytes);
    QVERIFY(result.ok);
    QCOMPARE(result.hasHeader, header);
    if (!header)
        QCOMPARE(result.table.columnNames().first(), QStringLiteral("column 1"));
}

void TestCsvReader::sizeLimitRefusesBeforeReading()
{
    CsvOptions options;
    options.maxBytes = 10;
    const CsvReadResult result = CsvReader::read(QByteArray("ds,y\n2024-01-01,1\n"), options);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(u"18 bytes"), qPrintable(result.error));
    QVERIFY2(result.error.contains(u"10 bytes"), qPrintable(result.error));
    QCOMPARE(CsvOptions::kDefaultMaxBytes, qint64(50) * 1024 * 1024);

    QByteArray big(64, 'x');
    QBuffer device(&big);
    QVERIFY(device.open(QIODevice::ReadOnly));
    QVERIFY(!CsvReader::read(device, options).ok);
    QCOMPARE(device.pos(), 0); // refused before reading
}

void TestCsvReader::emptyInputs_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("only blank lines") << QByteArray("\n\r\n  \n,,\n");
    QTest::newRow("only a BOM") << QByteArray("\xEF\xBB\xBF");
}

void TestCsvReader::emptyInputs()
{
    QFETCH(QByteArray, bytes);
    const CsvReadResult result = CsvReader::read(bytes);
    QVERIFY(!result.ok);
    QVERIFY(!result.error.isEmpty());
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
