#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

class TestCliExports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writesReportPngAndSvgWithoutADisplay();
    void refusesAnUnwritablePath();

private:
    int runCli(const QStringList &arguments, QByteArray *errors = nullptr);

    QTemporaryDir m_dir;
    QString m_data;
};

void TestCliExports::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_data = m_dir.filePath(QStringLiteral("data.csv"));
    QFile file(m_data);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("date,sales\n");
    const QDate first(2024, 1, 1);
    for (int i = 0; i < 100; ++i) {
        const double y = 500 + 2 * i + 40 * std::sin(2 * M_PI * i / 7.0);
        file.write(QStringLiteral("%1,%2\n")
                       .arg(first.addDays(i).toString(Qt::ISODate))
                       .arg(y, 0, 'f', 2)
                       .toUtf8());
    }
}

int TestCliExports::runCli(const QStringList &arguments, QByteArray *errors)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PROGNOS_CLI_PATH), arguments);
    if (!process.waitForFinished(240000))
        return -1;
    if (errors)
        *errors = process.readAllStandardError();
    return process.exitCode();
}

void TestCliExports::writesReportPngAndSvgWithoutADisplay()
{
    const QString out = m_dir.filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(out));
    QByteArray errors;
    const int status = runCli(
        {QStringLiteral("forecast"), m_data, QStringLiteral("--horizon"), QStringLiteral("14"),
         QStringLiteral("--report"), out + QStringLiteral("/r.pdf"), QStringLiteral("--png"),
         out + QStringLiteral("/f.png"), QStringLiteral("--svg"), out + QStringLiteral("/f.svg")},
        &errors);
    QVERIFY2(status == 0, errors.constData());
    QCOMPARE(QDir(out).entryList(QDir::Files | QDir::Hidden, QDir::Name),
             (QStringList{"f.png", "f.svg", "r.pdf"}));
    QFile pdf(out + QStringLiteral("/r.pdf"));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    QCOMPARE(QImage(out + QStringLiteral("/f.png")).size(), QSize(1600, 900));
    QFile svg(out + QStringLiteral("/f.svg"));
    QVERIFY(svg.open(QIODevice::ReadOnly));
    QVERIFY(svg.readAll().contains("<path"));
}

void TestCliExports::refusesAnUnwritablePath()
{
    const QString missing = m_dir.filePath(QStringLiteral("no/such/folder/r.pdf"));
    QCOMPARE(runCli({QStringLiteral("forecast"), m_data, QStringLiteral("--horizon"),
                     QStringLiteral("7"), QStringLiteral("--report"), missing}),
             1);
    QVERIFY(!QFile::exists(missing));
}

QTEST_GUILESS_MAIN(TestCliExports)
#include "tst_cliexports.moc"
