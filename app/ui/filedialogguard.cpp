#include "filedialogguard.h"

#include <QFile>

namespace prognos {

namespace {

const QString kGroup = QStringLiteral("FileDialog");

} // namespace

FileDialogGuard::FileDialogGuard()
{
    QSettings settings(QSettings::UserScope, QStringLiteral("QtProject"));
    m_fileName = settings.fileName();
    m_existed = QFile::exists(m_fileName);
    settings.beginGroup(kGroup);
    for (const QString &key : settings.allKeys())
        m_fileDialogValues.emplace(key, settings.value(key));
}

FileDialogGuard::~FileDialogGuard()
{
    {
        QSettings settings(QSettings::UserScope, QStringLiteral("QtProject"));
        settings.remove(kGroup);
        settings.beginGroup(kGroup);
        for (const auto &[key, value] : m_fileDialogValues)
            settings.setValue(key, value);
        settings.endGroup();
        settings.sync();
    }
    if (!m_existed)
        QFile::remove(m_fileName);
}

} // namespace prognos
