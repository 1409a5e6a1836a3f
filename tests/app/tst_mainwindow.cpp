#include "ui/importpreviewdialog.h"
#include "ui/mainwindow.h"
#include "ui/qualitypanel.h"
#include "ui/seriestablemodel.h"
#include "ui/session.h"
#include "ui/sessionwidget.h"

#include <QMimeData>
#include <QPointer>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace prognos;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void startsWithoutSessions();
    void opensTheSampleInATab();
    void closingATabDestroysTheSession();
    void qualityFindingJumpsToItsRow();
    void droppedFileOpensATab();
};

void TestMainWindow::startsWithoutSessions()
{
    MainWindow window;
    QCOMPARE(window.sessionCount(), 0);
    QVERIFY(!window.currentSession());
}

void TestMainWindow::opensTheSampleInATab()
{
    MainWindow window;
    QVERIFY(window.openSample());
    QCOMPARE(window.sessionCount(), 1);
    SessionWidget *session = window.currentSession();
    QVERIFY(session);
    QVERIFY(session->gridModel()->rowCount() > 3 * 365);
    QVERIFY(session->qualityPanel()->entryCount() > 0);
}

void TestMainWindow::closingATabDestroysTheSession()
{
    MainWindow window;
    QVERIFY(window.openSample());
    QVERIFY(window.openSample());
    QPointer<Session> first = window.currentSession()->session();
    window.closeSession(1);
    QVERIFY(first.isNull());
    QCOMPARE(window.sessionCount(), 1);
    QPointer<Session> second = window.currentSession()->session();
    window.close();
    QVERIFY(second.isNull());
    QCOMPARE(window.sessionCount(), 0);
}

void TestMainWindow::qualityFindingJumpsToItsRow()
{
    MainWindow window;
    QVERIFY(window.openSample());
    SessionWidget *session = window.currentSession();
    const QList<int> missing = session->session()->quality().missingRows;
    QVERIFY(!missing.isEmpty());
    emit session->qualityPanel()->recordActivated(missing.last());
    const QModelIndex current = session->gridView()->currentIndex();
    QCOMPARE(current.row(), session->gridModel()->rowOfRecord(missing.last()));
    QVERIFY(session->gridModel()->rowFlags(current.row()) & SeriesTableModel::Missing);
}

void TestMainWindow::droppedFileOpensATab()
{
    // The test writes its own small file; the application itself never writes one.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("drop.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("ds,y\n2024-01-01,1\n2024-01-02,2\n2024-01-03,3\n");
    file.close();

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPoint centre = window.rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    // The file is read off the GUI thread, then shown in the import preview.
    QTRY_VERIFY_WITH_TIMEOUT(window.importPreview(), 20000);
    QCOMPARE(window.sessionCount(), 0);
    window.importPreview()->accept();
    QCOMPARE(window.sessionCount(), 1);
    QCOMPARE(window.currentSession()->gridModel()->rowCount(), 3);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
