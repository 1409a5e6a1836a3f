#pragma once

#include <QCoreApplication>

class QWidget;

namespace prognos {

class Session;

/// Loads and saves a session's model settings as the settings file that prognos-cli reads
/// (Prophet's parameter names, plus `periods` and `freq`), through Qt's own file dialog.
class ModelSettingsFile
{
    Q_DECLARE_TR_FUNCTIONS(ModelSettingsFile)

public:
    /// Asks for a file and writes the settings of `session` to it; false when cancelled or
    /// the file cannot be written (the user has been told).
    static bool save(QWidget *parent, const Session &session);
    /// Asks for a file and applies its settings to `session`; false when cancelled or the
    /// file is unusable (the user has been told). Ignored keys are reported.
    static bool load(QWidget *parent, Session &session);

private:
    static QString askForPath(QWidget *parent, bool saving);
};

} // namespace prognos
