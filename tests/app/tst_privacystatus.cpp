// Help > Privacy Status (issue #7): its live checks say what the process really does — core
// dumps disabled by ProcessHardening, the locked memory, exactly the files exported in this
// session, no network code, and each open session with its memory.
#include "export/exportfile.h"
#include "privacy/processhardening.h"
#include "privacy/writtenfiles.h"
#include "ui/mainwindow.h"
#include "ui/privacystatusdialog.h"
#include "ui/session.h"
#include "ui/sessionwidget.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace prognos;

namespace {

/// The line of `lines` that starts with `check`, or an empty string.
QString lineOf(const QStringList &lines, const QString &check)
{
    for (const QString &line : lines) {
        if (line.startsWith(check + QLatin1Char(':')))
            return line;
    }
    return {};
}

} // namespace

class TestPrivacyStatus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsTheLiveChecks();

private:
    QTemporaryDir m_config;
};

void TestPrivacyStatus::initTestCase()
{
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    ProcessHardening::apply();
}

void TestPrivacyStatus::showsTheLiveChecks()
{
    MainWindow window;
    PrivacyStatusDialog *status = window.showPrivacyStatus();
    QStringList lines = status->lines();
    QVERIFY2(lineOf(lines, QStringLiteral("Core dumps")).endsWith(QStringLiteral(": disabled")),
             qPrintable(lines.join('\n')));
    QCOMPARE(lineOf(lines, QStringLiteral("Files written this session")),
             QStringLiteral("Files written this session: none"));
    QCOMPARE(lineOf(lines, QStringLiteral("Network")),
             QStringLiteral("Network: none (no network code)"));
    QCOMPARE(lineOf(lines, QStringLiteral("Open sessions")), QStringLiteral("Open sessions: 0"));
    const std::size_t locked = ProcessHardening::lockedBytes();
    QCOMPARE(ProcessHardening::lastReport().memoryLocked, locked > 0);
    QVERIFY(!lineOf(lines, QStringLiteral("Memory locked out of swap")).isEmpty());

    // One export: it is listed, with its full path, and it is the only file.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.csv"));
    QString error;
    QVERIFY(ExportFile::save(path, QByteArray("ds,yhat\n"), error));
    QVERIFY(window.openSample());
    status->refresh();
    lines = status->lines();
    QCOMPARE(lineOf(lines, QStringLiteral("Files written this session")),
             QStringLiteral("Files written this session: 1 export(s)"));
    QVERIFY(lines.contains(QStringLiteral(": ") + QFileInfo(path).absoluteFilePath()));
    QCOMPARE(WrittenFiles::count(), std::size_t(1));
    QCOMPARE(lineOf(lines, QStringLiteral("Open sessions")), QStringLiteral("Open sessions: 1"));
    const Session *session = window.currentSession()->session();
    const QString memory = QStringLiteral(": %1: %2 MB of 500.0 MB")
                               .arg(session->title())
                               .arg(double(session->memoryBytes()) / 1048576.0, 0, 'f', 1);
    QVERIFY2(lines.contains(memory), qPrintable(lines.join('\n')));

    window.clearAllSessions();
    status->refresh();
    QCOMPARE(lineOf(status->lines(), QStringLiteral("Open sessions")),
             QStringLiteral("Open sessions: 0"));
}

QTEST_MAIN(TestPrivacyStatus)
#include "tst_privacystatus.moc"
