#include "ui/importpreviewdialog.h"
#include "ui/mainwindow.h"
#include "ui/session.h"
#include "ui/sessionwidget.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

using namespace prognos;

namespace {

Timestamp day(int year, int month, int dayOfMonth)
{
    return QDate(1970, 1, 1).daysTo(QDate(year, month, dayOfMonth)) * kMsPerDay;
}

// Every date reads both ways except 12/12/2021.
const QByteArray kAmbiguous = "ds,y\n03/04/2021,1\n05/06/2021,2\n07/08/2021,3\n01/02/2021,4\n"
                              "12/12/2021,5\n";

void choose(ImportPreviewDialog *dialog, const char *box, const QVariant &data)
{
    auto *combo = dialog->findChild<QComboBox *>(QString::fromLatin1(box));
    QVERIFY(combo);
    const int index = combo->findData(data);
    QVERIFY(index > 0);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isImporting(), 20000);
    QSignalSpy reimported(dialog, &ImportPreviewDialog::reimported);
    combo->setCurrentIndex(index);
    // The import runs on the thread pool and reports back through the event loop (and may
    // read the other numeric columns in a second import).
    QVERIFY(dialog->isImporting());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isImporting(), 20000);
    QVERIFY(reimported.count() >= 1);
}

QPushButton *openButton(ImportPreviewDialog *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

} // namespace

class TestImportPreview : public QObject
{
    Q_OBJECT

private slots:
    void ambiguousDatesAreCalledOutAndOverridden();
    void ambiguousNumbersAreCalledOutAndOverridden();
    void readingChoicesAndRolesAreOverridden();
    void cancelDiscardsTheImport();
    void cancelStopsABigImport();
};

void TestImportPreview::ambiguousDatesAreCalledOutAndOverridden()
{
    MainWindow window;
    QVERIFY(window.openBytes(kAmbiguous, QStringLiteral("dates"), MainWindow::Import::WithPreview));
    QTRY_VERIFY_WITH_TIMEOUT(window.importPreview(), 20000);
    ImportPreviewDialog *dialog = window.importPreview();
    QCOMPARE(window.sessionCount(), 0);
    QCOMPARE(dialog->result().status, ImportResult::Status::NeedsDecision);
    QCOMPARE(dialog->ambiguousRows(), QList<int>({1, 2, 3, 4}));
    auto *questions = dialog->findChild<QLabel *>(QStringLiteral("import_questions"));
    QVERIFY(!questions->isHidden());
    QVERIFY(questions->text().contains(QStringLiteral("1, 2, 3, 4")));
    QVERIFY(questions->text().contains(QStringLiteral("2021-04-03")));
    QVERIFY(questions->text().contains(QStringLiteral("2021-03-04")));
    QVERIFY(!openButton(dialog)->isEnabled());
    auto *rows = dialog->findChild<QTableWidget *>(QStringLiteral("import_rows"));
    QCOMPARE(rows->rowCount(), 5);
    QCOMPARE(rows->item(0, 0)->text(), QStringLiteral("03/04/2021"));
    QVERIFY(rows->item(0, 0)->background().style() != Qt::NoBrush);
    QVERIFY(rows->item(4, 0)->background().style() == Qt::NoBrush);

    choose(dialog, "import_date_format", int(DateFormat::MonthDayYear));
    QVERIFY(dialog->result().ok());
    QCOMPARE(dialog->result().series.ds,
             std::vector<Timestamp>({day(2021, 3, 4), day(2021, 5, 6), day(2021, 7, 8),
                                     day(2021, 1, 2), day(2021, 12, 12)}));

    choose(dialog, "import_date_format", int(DateFormat::DayMonthYear));
    QVERIFY(dialog->result().ok());
    const std::vector<Timestamp> dayFirst = {day(2021, 4, 3), day(2021, 6, 5), day(2021, 8, 7),
                                             day(2021, 2, 1), day(2021, 12, 12)};
    QCOMPARE(dialog->result().series.ds, dayFirst);
    QVERIFY(questions->isHidden());
    QVERIFY(openButton(dialog)->isEnabled());

    openButton(dialog)->click();
    QCOMPARE(window.sessionCount(), 1);
    QCOMPARE(window.currentSession()->session()->import().series.ds, dayFirst);
    QCOMPARE(window.currentSession()->session()->import().series.y,
             std::vector<double>({1, 2, 3, 4, 5}));
    QTRY_VERIFY(!window.importPreview());
}

void TestImportPreview::ambiguousNumbersAreCalledOutAndOverridden()
{
    // "1,234" is 1.234 with a decimal comma and 1234 with a thousands separator.
    const QByteArray csv = "ds;y\n2024-01-01;1,234\n2024-01-02;2,500\n2024-01-03;7\n"
                           "2024-01-04;3,750\n";
    MainWindow window;
    QVERIFY(window.openBytes(csv, QStringLiteral("numbers"), MainWindow::Import::WithPreview));
    QTRY_VERIFY_WITH_TIMEOUT(window.importPreview(), 20000);
    ImportPreviewDialog *dialog = window.importPreview();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isImporting(), 20000);
    QCOMPARE(dialog->result().status, ImportResult::Status::NeedsDecision);
    QCOMPARE(dialog->ambiguousNumberRows(), QList<int>({1, 2, 4}));
    auto *questions = dialog->findChild<QLabel *>(QStringLiteral("import_questions"));
    QVERIFY(!questions->isHidden());
    QVERIFY(questions->text().contains(QStringLiteral("1, 2, 4")));
    QVERIFY(questions->text().contains(QStringLiteral("1.234 with a decimal comma and 1234")));
    QVERIFY(!openButton(dialog)->isEnabled());

    choose(dialog, "import_decimal_mark", QChar(u','));
    QVERIFY(dialog->result().ok());
    QCOMPARE(dialog->result().series.y, std::vector<double>({1.234, 2.5, 7, 3.75}));
    QVERIFY(dialog->ambiguousNumberRows().isEmpty());
    choose(dialog, "import_decimal_mark", QChar(u'.'));
    QVERIFY(dialog->result().ok());
    QCOMPARE(dialog->result().series.y, std::vector<double>({1234, 2500, 7, 3750}));
    QVERIFY(questions->isHidden());
    dialog->reject();
}

void TestImportPreview::readingChoicesAndRolesAreOverridden()
{
    const QByteArray csv = "Datum;Umsatz;Preis\n2024-01-01;1,5;10\n2024-01-02;2,5;11\n"
                           "2024-01-03;3,25;12\n";
    MainWindow window;
    QVERIFY(window.openBytes(csv, QStringLiteral("de"), MainWindow::Import::WithPreview));
    QTRY_VERIFY_WITH_TIMEOUT(window.importPreview(), 20000);
    ImportPreviewDialog *dialog = window.importPreview();
    // The other numeric column is read too, in a second import.
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isImporting(), 20000);
    QVERIFY(dialog->result().ok());
    QCOMPARE(dialog->settings().roles.regressors, QStringList({QStringLiteral("Preis")}));
    QCOMPARE(dialog->result().series.regressors.at("Preis"), std::vector<double>({10, 11, 12}));
    auto *delimiter = dialog->findChild<QComboBox *>(QStringLiteral("import_delimiter"));
    QCOMPARE(delimiter->currentIndex(), 0);
    QCOMPARE(delimiter->itemText(0), QStringLiteral("Automatic: semicolon"));
    QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("import_decimal_mark"))->itemText(0),
             QStringLiteral("Automatic: comma"));
    QCOMPARE(dialog->result().series.y, std::vector<double>({1.5, 2.5, 3.25}));

    // y from another column.
    choose(dialog, "import_y", QStringLiteral("Preis"));
    QCOMPARE(dialog->settings().roles.y, QStringLiteral("Preis"));
    QCOMPARE(dialog->result().series.y, std::vector<double>({10, 11, 12}));

    // A wrong delimiter: one column, nothing to open, said at the top.
    choose(dialog, "import_delimiter", QChar(u','));
    QVERIFY(!dialog->result().ok());
    QVERIFY(!openButton(dialog)->isEnabled());
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("import_questions"))->isHidden());
    choose(dialog, "import_delimiter", QChar(u';'));
    QVERIFY(dialog->result().ok());
    QCOMPARE(dialog->result().series.y, std::vector<double>({10, 11, 12}));
    dialog->accept();
    QCOMPARE(window.sessionCount(), 1);
    QCOMPARE(window.currentSession()->session()->table().y, std::vector<double>({10, 11, 12}));
    QCOMPARE(window.currentSession()->session()->table().regressors.at("Umsatz"),
             std::vector<double>({1.5, 2.5, 3.25}));
}

void TestImportPreview::cancelDiscardsTheImport()
{
    MainWindow window;
    QVERIFY(window.openBytes(kAmbiguous, QStringLiteral("dates"), MainWindow::Import::WithPreview));
    QTRY_VERIFY_WITH_TIMEOUT(window.importPreview(), 20000);
    ImportPreviewDialog *dialog = window.importPreview();
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
    QVERIFY(dialog->result().csv.table.rowCount() == 0);
    QCOMPARE(dialog->findChild<QTableWidget *>(QStringLiteral("import_rows"))->rowCount(), 0);
    QTRY_VERIFY(!window.importPreview());
    QCOMPARE(window.sessionCount(), 0);
}

void TestImportPreview::cancelStopsABigImport()
{
    // About 14 MB: far more than the few instructions between starting and cancelling.
    QByteArray csv = "ds,y\n";
    const QDate start(1900, 1, 1);
    for (int i = 0; i < 600000; ++i) {
        csv += start.addDays(i % 40000).toString(Qt::ISODate).toLatin1() + ',' +
               QByteArray::number(i % 977) + '\n';
    }
    MainWindow window;
    QVERIFY(window.openBytes(csv, QStringLiteral("big"), MainWindow::Import::WithPreview));
    // openBytes returned while the import runs on the thread pool.
    QVERIFY(window.isImporting());
    window.cancelImport();
    QVERIFY(!window.isImporting());
    QVERIFY(QThreadPool::globalInstance()->waitForDone(60000));
    QCoreApplication::processEvents();
    QVERIFY(!window.importPreview());
    QCOMPARE(window.sessionCount(), 0);

    // The same file, not cancelled, ends in the preview; the event loop turns meanwhile.
    int turnsWhileImporting = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, &window, [&] {
        if (window.isImporting())
            ++turnsWhileImporting;
    });
    ticker.start(0);
    QVERIFY(window.openBytes(csv, QStringLiteral("big"), MainWindow::Import::WithPreview));
    QTRY_VERIFY_WITH_TIMEOUT(window.importPreview(), 60000);
    ticker.stop();
    QVERIFY(turnsWhileImporting > 0);
    QCOMPARE(window.importPreview()->result().series.size(), std::size_t(600000));
    window.importPreview()->reject();
    QCOMPARE(window.sessionCount(), 0);
}

QTEST_MAIN(TestImportPreview)
#include "tst_importpreview.moc"
