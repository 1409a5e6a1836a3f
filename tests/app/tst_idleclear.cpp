// Idle auto-clear (issue #7), with short injected durations: after the idle time without
// input every session is wiped through closeSession, a warning comes first, and any input
// during the warning cancels it. File > Clear All Data Now does the same at once.
#include "ui/idlewatcher.h"
#include "ui/mainwindow.h"
#include "ui/session.h"
#include "ui/sessionwidget.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace prognos;
using namespace std::chrono_literals;

class TestIdleClear : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void warnsThenClearsEverySession();
    void inputDuringTheWarningCancelsIt();
    void zeroIdleTimeTurnsItOff();
    void clearAllDataNowClosesEverySession();

private:
    QTemporaryDir m_config;
};

void TestIdleClear::initTestCase()
{
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
}

void TestIdleClear::warnsThenClearsEverySession()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openSample());
    QVERIFY(window.openSample());
    QPointer<Session> first = window.sessionAt(0)->session();
    QPointer<Session> second = window.sessionAt(1)->session();
    QSignalSpy warning(window.idleWatcher(), &IdleWatcher::warningStarted);
    QSignalSpy timedOut(window.idleWatcher(), &IdleWatcher::idleTimedOut);
    window.idleWatcher()->setDurations(600ms, 300ms);

    QVERIFY(warning.wait(5000));
    QCOMPARE(warning.first().first().value<std::chrono::milliseconds>(), 300ms);
    QVERIFY(window.isIdleWarningVisible());
    QCOMPARE(window.sessionCount(), 2);
    QCOMPARE(timedOut.count(), 0);

    QVERIFY(timedOut.wait(5000));
    QCOMPARE(window.sessionCount(), 0);
    QVERIFY(first.isNull());
    QVERIFY(second.isNull());
    QVERIFY(!window.isIdleWarningVisible());
}

void TestIdleClear::inputDuringTheWarningCancelsIt()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openSample());
    QSignalSpy warning(window.idleWatcher(), &IdleWatcher::warningStarted);
    QSignalSpy cancelled(window.idleWatcher(), &IdleWatcher::warningCancelled);
    QSignalSpy timedOut(window.idleWatcher(), &IdleWatcher::idleTimedOut);
    window.idleWatcher()->setDurations(2000ms, 1000ms); // input comes well within the warning

    QVERIFY(warning.wait(5000));
    QVERIFY(window.isIdleWarningVisible());
    QTest::keyClick(window.currentSession(), Qt::Key_Shift);
    QCOMPARE(cancelled.count(), 1);
    QVERIFY(!window.isIdleWarningVisible());
    QVERIFY(!window.idleWatcher()->isWarning());
    QCOMPARE(window.sessionCount(), 1);

    // The count starts again: a new warning comes, and a mouse move cancels that one too.
    QVERIFY(warning.wait(5000));
    QCOMPARE(timedOut.count(), 0);
    QTest::mouseMove(window.currentSession(), QPoint(20, 20));
    QCOMPARE(cancelled.count(), 2);
    QCOMPARE(timedOut.count(), 0);
    QCOMPARE(window.sessionCount(), 1);
}

void TestIdleClear::zeroIdleTimeTurnsItOff()
{
    MainWindow window;
    QVERIFY(window.openSample());
    QSignalSpy warning(window.idleWatcher(), &IdleWatcher::warningStarted);
    window.idleWatcher()->setDurations(0ms, 0ms);
    QVERIFY(!window.idleWatcher()->isEnabled());
    QVERIFY(!warning.wait(500));
    QCOMPARE(window.sessionCount(), 1);
}

void TestIdleClear::clearAllDataNowClosesEverySession()
{
    MainWindow window;
    QVERIFY(window.openSample());
    QVERIFY(window.openSample());
    QPointer<Session> session = window.currentSession()->session();
    QAction *clearAll = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text() == MainWindow::tr("Clear &All Data Now"))
            clearAll = action;
    }
    QVERIFY(clearAll);
    QVERIFY(clearAll->isEnabled());
    clearAll->trigger();
    QCOMPARE(window.sessionCount(), 0);
    QVERIFY(session.isNull());
    QVERIFY(!clearAll->isEnabled());
}

QTEST_MAIN(TestIdleClear)
#include "tst_idleclear.moc"
