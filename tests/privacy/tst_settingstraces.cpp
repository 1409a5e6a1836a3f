// After a whole workflow in the window — a file opened through File > Open, the forecast
// run, the model settings saved through their dialog, the preferences and the palette
// changed, the privacy status shown, every tab closed — the QSettings file holds only the
// preferences, and neither it nor Qt's QtProject.conf holds a data value, a file name or a
// path of the session (issue #7).
#include "ui/importpreviewdialog.h"
#include "ui/mainwindow.h"
#include "ui/preferencesdialog.h"
#include "ui/privacystatusdialog.h"
#include "ui/session.h"
#include "ui/sessionwidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QFileDialog>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

using namespace prognos;

namespace {

/// The first action of `window` that `matches`.
QAction *findAction(QWidget &window, const std::function<bool(QAction *)> &matches)
{
    for (QAction *action : window.findChildren<QAction *>()) {
        if (matches(action))
            return action;
    }
    return nullptr;
}

/// Runs `answer` on the modal dialog of type T once it is shown, then triggers `action`.
template <typename T>
bool answerDialog(QAction *action, const std::function<void(T *)> &answer)
{
    bool answered = false;
    QTimer::singleShot(0, [&] {
        QTRY_VERIFY(qobject_cast<T *>(QApplication::activeModalWidget()));
        answer(qobject_cast<T *>(QApplication::activeModalWidget()));
        answered = true;
    });
    action->trigger();
    return answered;
}

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestSettingsTraces : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void settingsHoldOnlyPreferences();

private:
    QTemporaryDir m_config;
    QTemporaryDir m_data;
};

void TestSettingsTraces::initTestCase()
{
    QVERIFY(m_config.isValid() && m_data.isValid());
    qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("Prognos"));
    QCoreApplication::setApplicationName(QStringLiteral("Prognos"));
}

void TestSettingsTraces::settingsHoldOnlyPreferences()
{
    const QString folderName = QStringLiteral("TraceFolderQzxv");
    const QString fileName = QStringLiteral("TraceFileWkjq.csv");
    const QString settingsName = QStringLiteral("TraceSettingsPmbn.json");
    const QString columnName = QStringLiteral("TraceColumnYhgf");
    QVERIFY(QDir(m_data.path()).mkdir(folderName));
    const QString folder = m_data.filePath(folderName);
    const QString path = folder + QLatin1Char('/') + fileName;
    QStringList values;
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("ds," + columnName.toLatin1() + '\n');
        for (int day = 0; day < 200; ++day) {
            const QString value = QString::number(7301.25 + day * 1.0625 + (day % 7) * 3.5, 'f', 4);
            if (day % 50 == 7)
                values.append(value);
            file.write(QDate(2023, 1, 1).addDays(day).toString(Qt::ISODate).toLatin1() + ',' +
                       value.toLatin1() + '\n');
        }
    }

    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *open = findAction(window, [](QAction *action) {
            return action->shortcut() == QKeySequence(QKeySequence::Open);
        });
        QVERIFY(open);
        QVERIFY(answerDialog<QFileDialog>(open, [&](QFileDialog *dialog) {
            dialog->setDirectory(folder);
            dialog->selectFile(path);
            static_cast<QDialog *>(dialog)->accept();
        }));
        QTRY_VERIFY_WITH_TIMEOUT(window.importPreview(), 20000);
        window.importPreview()->accept();
        QCOMPARE(window.sessionCount(), 1);

        SessionWidget *session = window.currentSession();
        QSignalSpy chart(session, &SessionWidget::chartUpdated);
        session->startRun();
        QVERIFY(chart.wait(30000));

        QAction *saveSettings = findAction(window, [](QAction *action) {
            return action->text()
                .remove(QLatin1Char('&'))
                .startsWith(QStringLiteral("Save Model Settings"));
        });
        QVERIFY(saveSettings);
        QVERIFY(answerDialog<QFileDialog>(saveSettings, [&](QFileDialog *dialog) {
            dialog->setDirectory(folder);
            dialog->selectFile(folder + QLatin1Char('/') + settingsName);
            static_cast<QDialog *>(dialog)->accept();
        }));
        QVERIFY(QFile::exists(folder + QLatin1Char('/') + settingsName));

        QAction *preferences = findAction(
            window, [](QAction *action) { return action->menuRole() == QAction::PreferencesRole; });
        QVERIFY(preferences);
        QVERIFY(answerDialog<PreferencesDialog>(preferences, [](PreferencesDialog *dialog) {
            dialog->maxFileBox()->setValue(64);
            dialog->sessionMemoryBox()->setValue(700);
            dialog->idleClearCheck()->setChecked(false);
            dialog->paletteBox()->setCurrentIndex(2);
            dialog->accept();
        }));
        window.showPrivacyStatus()->close();
        window.clearAllSessions();
        window.close();
    }

    const QString conf = QSettings().fileName();
    QVERIFY(conf.startsWith(m_config.path()));
    QSettings settings;
    QStringList keys = settings.allKeys();
    keys.sort();
    QCOMPARE(keys, QStringList({QStringLiteral("appearance/palette"),
                                QStringLiteral("limits/maxFileMegabytes"),
                                QStringLiteral("limits/sessionMemoryMegabytes"),
                                QStringLiteral("privacy/idleClearMinutes")}));
    QCOMPARE(settings.value(QStringLiteral("limits/maxFileMegabytes")).toInt(), 64);
    QCOMPARE(settings.value(QStringLiteral("privacy/idleClearMinutes")).toInt(), 0);

    const QString qtProject =
        QSettings(QSettings::UserScope, QStringLiteral("QtProject")).fileName();
    QStringList secrets = values;
    secrets << folderName << fileName << settingsName << columnName << m_data.path()
            << QStringLiteral("TraceFile") << QStringLiteral("TraceSettings");
    int filesSeen = 0;
    QDirIterator it(m_config.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        QVERIFY2(file == conf || file == qtProject, qPrintable(file));
        const QByteArray text = contentsOf(file);
        for (const QString &secret : secrets)
            QVERIFY2(!text.contains(secret.toUtf8()),
                     qPrintable(secret + QStringLiteral(" in ") + file));
        ++filesSeen;
    }
    QVERIFY(filesSeen >= 1);
}

QTEST_MAIN(TestSettingsTraces)
#include "tst_settingstraces.moc"
