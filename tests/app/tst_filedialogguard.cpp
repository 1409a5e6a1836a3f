// Qt's file dialog leaves no trace (issue #7): what QFileDialog saves in QtProject.conf (last
// directory, history) is undone once the dialog is gone.
#include "ui/filedialogguard.h"

#include <QFile>
#include <QFileDialog>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace prognos;

class TestFileDialogGuard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    }

    void withoutTheGuardTheDialogWrites()
    {
        // The control: Qt's dialog does record its directory, which is why the guard exists.
        const QString secret = m_data.filePath(QStringLiteral("control-marker-folder"));
        QVERIFY(QDir().mkpath(secret));
        const QString conf =
            QSettings(QSettings::UserScope, QStringLiteral("QtProject")).fileName();
        {
            QFileDialog dialog(nullptr, QStringLiteral("Open"));
            dialog.setOption(QFileDialog::DontUseNativeDialog);
            dialog.setDirectory(secret);
        }
        QFile file(conf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("control-marker-folder"));
        file.close();
        QVERIFY(QFile::remove(conf));
    }

    void dialogLeavesNoFileBehind()
    {
        const QString secret = m_data.filePath(QStringLiteral("secret-marker-folder"));
        QVERIFY(QDir().mkpath(secret));
        const QString conf =
            QSettings(QSettings::UserScope, QStringLiteral("QtProject")).fileName();
        QVERIFY(conf.startsWith(m_config.path()));
        QVERIFY(!QFile::exists(conf));
        {
            const FileDialogGuard guard;
            QFileDialog dialog(nullptr, QStringLiteral("Open"));
            dialog.setOption(QFileDialog::DontUseNativeDialog);
            dialog.setDirectory(secret);
            dialog.show();
            QCoreApplication::processEvents();
            dialog.close();
        }
        QVERIFY2(!QFile::exists(conf), "QtProject.conf must not appear");
    }

    void existingSettingsAreKeptAsTheyWere()
    {
        const QString secret = m_data.filePath(QStringLiteral("another-marker-folder"));
        QVERIFY(QDir().mkpath(secret));
        {
            QSettings settings(QSettings::UserScope, QStringLiteral("QtProject"));
            settings.setValue(QStringLiteral("Other/keep"), 42);
            settings.setValue(QStringLiteral("FileDialog/viewMode"), QStringLiteral("Detail"));
        }
        {
            const FileDialogGuard guard;
            QFileDialog dialog(nullptr, QStringLiteral("Open"));
            dialog.setOption(QFileDialog::DontUseNativeDialog);
            dialog.setDirectory(secret);
        }
        QSettings settings(QSettings::UserScope, QStringLiteral("QtProject"));
        QCOMPARE(settings.value(QStringLiteral("Other/keep")).toInt(), 42);
        QCOMPARE(settings.value(QStringLiteral("FileDialog/viewMode")).toString(),
                 QStringLiteral("Detail"));
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY2(!text.contains("marker-folder"), text.constData());
    }

private:
    QTemporaryDir m_config;
    QTemporaryDir m_data;
};

QTEST_MAIN(TestFileDialogGuard)
#include "tst_filedialogguard.moc"
