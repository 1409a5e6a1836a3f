// Preferences and the limits they set (issue #7): the file size limit, the memory limit of a
// session (an operation that would pass it is refused with a message and nothing else is
// lost) and the idle time, stored in QSettings under their documented keys.
#include "ui/idlewatcher.h"
#include "ui/importpreviewdialog.h"
#include "ui/mainwindow.h"
#include "ui/preferences.h"
#include "ui/preferencesdialog.h"
#include "ui/session.h"
#include "ui/sessionwidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace prognos;
using namespace std::chrono_literals;

namespace {

QByteArray dailyCsv(int days)
{
    QByteArray csv("ds,y\n");
    for (int day = 0; day < days; ++day)
        csv += QDate(2020, 1, 1).addDays(day).toString(Qt::ISODate).toLatin1() + ',' +
               QByteArray::number(50 + 0.1 * day + 5 * std::sin(day * 0.9), 'f', 4) + '\n';
    return csv;
}

/// The text of the refusal shown by `window`, which is then closed; empty when none is open.
QString takeRefusal(MainWindow &window)
{
    const QList<QMessageBox *> boxes = window.findChildren<QMessageBox *>();
    if (boxes.isEmpty())
        return {};
    const QString text = boxes.last()->text();
    for (QMessageBox *box : boxes)
        box->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return text;
}

} // namespace

class TestPreferences : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void defaultsWithoutStoredValues();
    void dialogStoresUnderTheDocumentedKeys();
    void fileSizeLimitRefusesLargerFiles();
    void importOverTheMemoryLimitIsRefused();
    void resultOverTheMemoryLimitKeepsThePreviousOne();
    void memoryGrowsWithTheResult();
    void keepAndCrossValidationOverTheLimitAreRefused();

private:
    QTemporaryDir m_config;
};

void TestPreferences::initTestCase()
{
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("Prognos"));
    QCoreApplication::setApplicationName(QStringLiteral("PrognosPreferencesTest"));
}

void TestPreferences::init()
{
    QSettings().clear();
}

void TestPreferences::defaultsWithoutStoredValues()
{
    QCOMPARE(Preferences::maxFileMegabytes(), 50);
    QCOMPARE(Preferences::maxFileBytes(), qint64(50) * 1024 * 1024);
    QCOMPARE(Preferences::sessionMemoryMegabytes(), 500);
    QCOMPARE(Preferences::idleClearMinutes(), 120);
    MainWindow window;
    QCOMPARE(window.idleWatcher()->idleTime(), std::chrono::milliseconds(2h));
    QCOMPARE(window.idleWatcher()->warningTime(), std::chrono::milliseconds(5min));
    QVERIFY(window.openSample());
    QCOMPARE(window.currentSession()->session()->memoryLimit(), qint64(500) << 20);
}

void TestPreferences::dialogStoresUnderTheDocumentedKeys()
{
    MainWindow window;
    QVERIFY(window.openSample());
    PreferencesDialog dialog(&window);
    QCOMPARE(dialog.maxFileBox()->value(), 50);
    QVERIFY(dialog.idleClearCheck()->isChecked());
    connect(&dialog, &PreferencesDialog::preferencesChanged, &window,
            &MainWindow::applyPreferences);
    dialog.maxFileBox()->setValue(80);
    dialog.sessionMemoryBox()->setValue(250);
    dialog.idleClearCheck()->setChecked(false);
    dialog.accept();

    QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("limits/maxFileMegabytes")).toInt(), 80);
    QCOMPARE(settings.value(QStringLiteral("limits/sessionMemoryMegabytes")).toInt(), 250);
    QCOMPARE(settings.value(QStringLiteral("privacy/idleClearMinutes")).toInt(), 0);
    QCOMPARE(window.currentSession()->session()->memoryLimit(), qint64(250) << 20);
    QVERIFY(!window.idleWatcher()->isEnabled());

    PreferencesDialog again;
    QCOMPARE(again.maxFileBox()->value(), 80);
    QVERIFY(!again.idleClearCheck()->isChecked());
    QVERIFY(!again.idleClearBox()->isEnabled());
}

void TestPreferences::fileSizeLimitRefusesLargerFiles()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(dailyCsv(90000)); // 1.6 MB
    QVERIFY(file.size() > (qint64(3) << 20) / 2 && file.size() < (qint64(2) << 20));
    file.close();

    Preferences::setMaxFileMegabytes(1);
    MainWindow window;
    QVERIFY(!window.openFile(path));
    QCOMPARE(window.sessionCount(), 0);
    QVERIFY(takeRefusal(window).contains(QStringLiteral("1 MB")));

    Preferences::setMaxFileMegabytes(2);
    QVERIFY(window.openFile(path));
    QTRY_VERIFY_WITH_TIMEOUT(window.importPreview(), 20000);
    window.importPreview()->accept();
    QCOMPARE(window.sessionCount(), 1);
    QVERIFY(takeRefusal(window).isEmpty());
}

void TestPreferences::importOverTheMemoryLimitIsRefused()
{
    MainWindow window;
    QVERIFY(window.openBytes(dailyCsv(100), QStringLiteral("small")));
    QPointer<Session> kept = window.currentSession()->session();
    const qint64 small = kept->memoryBytes();
    QVERIFY(small > 0);

    // 1 MB per session; about 40,000 rows take more.
    Preferences::setSessionMemoryMegabytes(1);
    window.applyPreferences();
    QVERIFY(!window.openBytes(dailyCsv(40000), QStringLiteral("large")));
    QCOMPARE(window.sessionCount(), 1);
    QVERIFY(!kept.isNull());
    QCOMPARE(kept->memoryBytes(), small);
    QVERIFY(takeRefusal(window).contains(QStringLiteral("over the limit of 1.0 MB")));
}

void TestPreferences::resultOverTheMemoryLimitKeepsThePreviousOne()
{
    MainWindow window;
    QVERIFY(window.openBytes(dailyCsv(200), QStringLiteral("series")));
    SessionWidget *widget = window.currentSession();
    Session *session = widget->session();
    ProphetConfig config = session->config();
    config.uncertaintySamples = 0;
    session->setConfig(config);
    session->setHorizon({10, Horizon::Unit::Days});
    widget->startRun();
    QTRY_VERIFY_WITH_TIMEOUT(session->result().ok(), 30000);
    const std::size_t rows = session->result().forecast.size();
    QCOMPARE(rows, std::size_t(210));
    const qint64 withResult = session->memoryBytes();

    // A longer horizon makes a larger result; the limit leaves no room for it.
    session->setMemoryLimit(withResult + 1024);
    session->setHorizon({3000, Horizon::Unit::Days});
    QSignalSpy refused(widget, &SessionWidget::memoryLimitReached);
    widget->startRun();
    QVERIFY(refused.wait(30000));
    QVERIFY(refused.first().first().toString().contains(QStringLiteral("Preferences")));
    QVERIFY(takeRefusal(window).contains(QStringLiteral("over the limit")));
    QVERIFY(session->result().ok());
    QCOMPARE(session->result().forecast.size(), rows);
    QCOMPARE(session->memoryBytes(), withResult);
    QCOMPARE(window.sessionCount(), 1);
    QVERIFY(!widget->isRunning());
}

void TestPreferences::memoryGrowsWithTheResult()
{
    MainWindow window;
    QVERIFY(window.openBytes(dailyCsv(1000), QStringLiteral("series")));
    Session *session = window.currentSession()->session();
    const qint64 before = session->memoryBytes();
    // The import holds at least the dates and values of 1000 rows, twice (raw and cleaned).
    QVERIFY(before >= 2 * 1000 * qint64(sizeof(double) + sizeof(qint64)));
    ProphetConfig config = session->config();
    config.uncertaintySamples = 0;
    session->setConfig(config);
    window.currentSession()->startRun();
    QTRY_VERIFY_WITH_TIMEOUT(session->result().ok(), 30000);
    // yhat and its bounds for 1090 rows alone are 3 * 1090 doubles.
    QVERIFY(session->memoryBytes() - before >= 3 * 1090 * qint64(sizeof(double)));
}

void TestPreferences::keepAndCrossValidationOverTheLimitAreRefused()
{
    MainWindow window;
    QVERIFY(window.openBytes(dailyCsv(300), QStringLiteral("series")));
    Session *session = window.currentSession()->session();
    ProphetConfig config = session->config();
    config.uncertaintySamples = 0;
    session->setConfig(config);
    window.currentSession()->startRun();
    QTRY_VERIFY_WITH_TIMEOUT(session->result().ok(), 30000);

    // Keeping copies the forecast: refused when the copy does not fit, kept when it does.
    const qint64 held = session->memoryBytes();
    session->setMemoryLimit(held + 1024);
    QVERIFY(session->keepProblem().contains(QStringLiteral("over the limit")));
    QVERIFY(!session->keepCurrent(QStringLiteral("first")));
    QVERIFY(session->keptConfigurations().empty());
    QCOMPARE(session->memoryBytes(), held);
    session->setMemoryLimit(2 * held + 1024);
    QVERIFY(session->keepProblem().isEmpty());
    QVERIFY(session->keepCurrent(QStringLiteral("first")));
    QVERIFY(session->memoryBytes() > held);

    // A cross-validation of 100,000 rows does not fit in what is left.
    CrossValidationOutput output;
    output.status = Status::Ok;
    output.frame.ds.assign(100000, 0);
    output.frame.y.assign(100000, 1.0);
    output.frame.yhat.assign(100000, 1.0);
    session->setMemoryLimit(session->memoryBytes() + 1024);
    QVERIFY(
        session->crossValidationMemoryProblem(output).contains(QStringLiteral("over the limit")));
    session->setMemoryLimit(0);
    QVERIFY(session->crossValidationMemoryProblem(output).isEmpty());
}

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
