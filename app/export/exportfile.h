#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSaveFile>
#include <QString>

#include <functional>

namespace prognos {

/// Writes one export to the path the user chose, atomically through QSaveFile: either the
/// whole file appears or the old one stays. No other file is created. Each committed file is
/// recorded in WrittenFiles (core/privacy) for the privacy status window.
class ExportFile
{
    Q_DECLARE_TR_FUNCTIONS(ExportFile)

public:
    /// Writes `bytes` to `path`; false with a translated message in `error` on failure.
    static bool save(const QString &path, const QByteArray &bytes, QString &error);

    /// Opens `path`, lets `fill` write into the device (returning false on its own failure)
    /// and commits. Used by writers that stream, such as QPdfWriter.
    static bool save(const QString &path, const std::function<bool(QIODevice &)> &fill,
                     QString &error);
};

} // namespace prognos
