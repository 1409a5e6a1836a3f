#include "modelsettingsfile.h"

#include "cleaningcommand.h"
#include "filedialogguard.h"
#include "session.h"
#include "uilogging.h"

#include "privacy/writtenfiles.h"
#include "settings/pipelinejson.h"
#include "settings/settingsjson.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageBox>
#include <QSaveFile>
#include <QUndoStack>

namespace prognos {

QString ModelSettingsFile::askForPath(QWidget *parent, bool saving)
{
    // Qt's own dialog: the native ones add the file to the desktop's recent lists. The guard,
    // destroyed after the dialog, undoes what the dialog saves in QtProject.conf.
    const FileDialogGuard guard;
    QFileDialog dialog(parent, saving ? tr("Save Model Settings") : tr("Load Model Settings"));
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setAcceptMode(saving ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    dialog.setFileMode(saving ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    dialog.setNameFilters({tr("Settings files (*.json)"), tr("All files (*)")});
    dialog.setDefaultSuffix(QStringLiteral("json"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().first();
}

bool ModelSettingsFile::save(QWidget *parent, const Session &session)
{
    const QString path = askForPath(parent, true);
    if (path.isEmpty())
        return false;
    const QJsonObject object = toJson(session);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(object).toJson()) < 0 ||
        !file.commit()) {
        QMessageBox::warning(parent, tr("Cannot save the settings"), file.errorString());
        return false;
    }
    WrittenFiles::record(QFileInfo(path).absoluteFilePath().toStdString());
    qCInfo(lcUi) << "model settings saved";
    return true;
}

bool ModelSettingsFile::load(QWidget *parent, Session &session)
{
    const QString path = askForPath(parent, false);
    if (path.isEmpty())
        return false;
    QFile file(path);
    QJsonParseError parseError;
    const QJsonDocument document = file.open(QIODevice::ReadOnly)
                                       ? QJsonDocument::fromJson(file.readAll(), &parseError)
                                       : QJsonDocument();
    if (!document.isObject()) {
        QMessageBox::warning(parent, tr("Cannot load the settings"),
                             tr("The file is not a settings file (a JSON object)."));
        return false;
    }
    QStringList warnings, errors;
    if (!apply(document.object(), session, warnings, errors)) {
        QMessageBox::warning(parent, tr("Cannot load the settings"),
                             errors.join(QLatin1Char('\n')));
        return false;
    }
    if (!warnings.isEmpty())
        QMessageBox::information(
            parent, tr("Settings loaded"),
            tr("Some settings were not used:\n%1").arg(warnings.join(QLatin1Char('\n'))));
    qCInfo(lcUi) << "model settings loaded";
    return true;
}

QJsonObject ModelSettingsFile::toJson(const Session &session)
{
    QJsonObject object = SettingsJson::writeModel(session.config());
    object.insert(QStringLiteral("periods"), session.periods());
    object.insert(QStringLiteral("freq"),
                  QString::fromStdString(session.frequency().toPandasAlias()));
    if (!session.pipeline().steps().isEmpty())
        object.insert(QStringLiteral("cleaning"), PipelineJson::writeCleaning(session.pipeline()));
    return object;
}

bool ModelSettingsFile::apply(const QJsonObject &object, Session &session, QStringList &warnings,
                              QStringList &errors)
{
    const ProphetConfig config = SettingsJson::readModel(object, warnings, errors);
    const HorizonSettings horizon = SettingsJson::readHorizon(object, errors);
    const bool hasCleaning = object.contains(QLatin1String("cleaning"));
    const CleaningPipeline cleaning =
        PipelineJson::readCleaning(object.value(QLatin1String("cleaning")).toArray(), errors);
    if (!errors.isEmpty())
        return false;
    session.setConfig(config);
    if (horizon.periods > 0)
        session.setHorizon({horizon.periods, Horizon::Unit::Steps});
    if (hasCleaning &&
        PipelineJson::writeCleaning(cleaning) != PipelineJson::writeCleaning(session.pipeline()))
        session.undoStack()->push(
            new CleaningCommand(&session, session.pipeline(), cleaning, tr("Load cleaning steps")));
    return true;
}

} // namespace prognos
