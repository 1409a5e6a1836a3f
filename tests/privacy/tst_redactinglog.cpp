// The log message handler (issue #7): with PROGNOS_LOG_REDACT set (as in every release
// build) no data value, file name or path reaches the log, and each message keeps its
// category and type.
#include "logging/redactinglog.h"

#include <QLoggingCategory>
#include <QtTest>

using namespace prognos;

Q_LOGGING_CATEGORY(lcTestImport, "prognos.import")

namespace {

QStringList s_lines;

void collect(const QString &line)
{
    s_lines.append(line);
}

} // namespace

class TestRedactingLog : public QObject
{
    Q_OBJECT

private slots:
    void redact_data();
    void redact();
    void handlerRedactsAndKeepsCategories();
};

void TestRedactingLog::redact_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain words") << "session closed"
                                 << "session closed";
    QTest::newRow("numbers") << "row 17 has y -3.25e4 and 1,5"
                             << "row # has y # and #";
    QTest::newRow("quoted") << "column \"Umsatz 2024\" and 'secret'"
                            << "column \"…\" and \"…\"";
    QTest::newRow("absolute path") << "cannot read /home/ann/sales.csv now"
                                   << "cannot read <path> now";
    QTest::newRow("windows path") << "C:\\Users\\ann\\data.txt missing"
                                  << "<path> missing";
    QTest::newRow("home path") << "saved ~/reports"
                               << "saved <path>";
    QTest::newRow("file name") << "opened sales-2024.csv"
                               << "opened <path>";
    QTest::newRow("url") << "file:///tmp/x.csv"
                         << "<path>";
    QTest::newRow("unclosed quote") << "value \"12 and more"
                                    << "value \"…\"";
}

void TestRedactingLog::redact()
{
    QFETCH(QString, message);
    QFETCH(QString, expected);
    QCOMPARE(RedactingLog::redact(message), expected);
}

void TestRedactingLog::handlerRedactsAndKeepsCategories()
{
    qputenv("PROGNOS_LOG_REDACT", "1");
    QVERIFY(RedactingLog::redacts());
    RedactingLog::install(collect);
    qCWarning(lcTestImport) << "cannot parse" << QStringLiteral("Kunde 4711") << 123.5
                            << QStringLiteral("/data/private/umsatz.csv");
    qInfo("plain %d", 42);
    qInstallMessageHandler(nullptr);
    QCOMPARE(s_lines.size(), 2);
    QCOMPARE(s_lines.at(0), QStringLiteral("prognos.import: warning: cannot parse \"…\" # \"…\""));
    QCOMPARE(s_lines.at(1), QStringLiteral("default: info: plain #"));
    for (const QString &line : s_lines) {
        QVERIFY(!line.contains(QStringLiteral("4711")));
        QVERIFY(!line.contains(QStringLiteral("umsatz")));
    }
}

QTEST_GUILESS_MAIN(TestRedactingLog)
#include "tst_redactinglog.moc"
