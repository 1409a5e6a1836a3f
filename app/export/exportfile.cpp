#include "exportfile.h"

#include "privacy/writtenfiles.h"

#include <QFileInfo>

namespace prognos {

bool ExportFile::save(const QString &path, const QByteArray &bytes, QString &error)
{
    return save(
        path, [&bytes](QIODevice &device) { return device.write(bytes) == bytes.size(); }, error);
}

bool ExportFile::save(const QString &path, const std::function<bool(QIODevice &)> &fill,
                      QString &error)
{
    QSaveFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::WriteOnly)) {
        error = tr("Cannot write %1: %2").arg(name, file.errorString());
        return false;
    }
    if (!fill(file)) {
        file.cancelWriting();
        error = tr("Cannot write %1: %2").arg(name, file.errorString());
        return false;
    }
    if (!file.commit()) {
        error = tr("Cannot write %1: %2").arg(name, file.errorString());
        return false;
    }
    WrittenFiles::record(QFileInfo(path).absoluteFilePath().toStdString());
    return true;
}

} // namespace prognos
