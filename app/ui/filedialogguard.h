#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

#include <map>

namespace prognos {

/// Keeps Qt's file dialogs from leaving traces: QFileDialog stores its last directory and
/// history in Qt's shared settings (QtProject.conf) when it is destroyed. Create a guard
/// before the dialog (so it is destroyed after it); the guard puts that file back as it was,
/// or removes it if it did not exist.
class FileDialogGuard
{
public:
    FileDialogGuard();
    ~FileDialogGuard();

    FileDialogGuard(const FileDialogGuard &) = delete;
    FileDialogGuard &operator=(const FileDialogGuard &) = delete;

private:
    QString m_fileName;
    bool m_existed = false;
    std::map<QString, QVariant> m_fileDialogValues;
};

} // namespace prognos
