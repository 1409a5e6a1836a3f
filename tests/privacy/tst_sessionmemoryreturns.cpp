// Memory returns (issue #7): 100 sessions opened in the window, fitted and closed, one after
// the other; the resident memory afterwards is within 10 MB of what it was after the first.
#include "ui/mainwindow.h"
#include "ui/session.h"
#include "ui/sessionwidget.h"

#include <QFile>
#include <QSignalSpy>
#include <QtTest>

#include <cmath>

using namespace prognos;

namespace {

constexpr int kSessions = 100;
constexpr qint64 kToleranceBytes = 10 * 1024 * 1024;

/// Resident set size of this process, from /proc/self/statm.
qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.value(1).toLongLong() * 4096;
}

/// 300 days of a weekly pattern on a trend, different for each session.
QByteArray seriesCsv(int session)
{
    QByteArray csv("ds,y\n");
    const QDate start(2022, 1, 1);
    for (int day = 0; day < 300; ++day) {
        const double y = 100 + session + 0.2 * day + 8 * std::sin(day * 2 * M_PI / 7);
        csv += start.addDays(day).toString(Qt::ISODate).toLatin1() + ',' +
               QByteArray::number(y, 'f', 4) + '\n';
    }
    return csv;
}

} // namespace

class TestSessionMemoryReturns : public QObject
{
    Q_OBJECT

private slots:
    void hundredSessionsGiveTheirMemoryBack();

private:
    void openFitAndClose(MainWindow &window, int index);
};

void TestSessionMemoryReturns::openFitAndClose(MainWindow &window, int index)
{
    QVERIFY(window.openBytes(seriesCsv(index), QStringLiteral("session %1").arg(index)));
    SessionWidget *session = window.currentSession();
    ProphetConfig config = session->session()->config();
    config.uncertaintySamples = 0; // fast: point forecasts
    session->session()->setConfig(config);
    session->session()->setHorizon({30, Horizon::Unit::Days});
    QSignalSpy chart(session, &SessionWidget::chartUpdated);
    session->startRun();
    QVERIFY(chart.wait(30000));
    QVERIFY(session->session()->result().ok());
    session->showPage(SessionWidget::Page::Components);
    QCoreApplication::processEvents();
    window.closeSession(0);
    QCOMPARE(window.sessionCount(), 0);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

void TestSessionMemoryReturns::hundredSessionsGiveTheirMemoryBack()
{
#if !defined(__linux__)
    QSKIP("Resident memory is read from /proc/self/statm (Linux).");
#endif
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    openFitAndClose(window, 0);
    const qint64 afterFirst = residentBytes();
    QVERIFY(afterFirst > 0);
    for (int i = 1; i < kSessions; ++i) {
        openFitAndClose(window, i);
        if (QTest::currentTestFailed())
            return;
    }
    const qint64 afterAll = residentBytes();
    qInfo("resident after the first session: %.1f MB, after %d: %.1f MB",
          double(afterFirst) / 1048576, kSessions, double(afterAll) / 1048576);
    QVERIFY2(afterAll - afterFirst <= kToleranceBytes,
             qPrintable(QStringLiteral("resident memory grew by %1 MB")
                            .arg(double(afterAll - afterFirst) / 1048576, 0, 'f', 1)));
}

QTEST_MAIN(TestSessionMemoryReturns)
#include "tst_sessionmemoryreturns.moc"
