#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

class QWidget;

namespace prognos {

class Session;

/// Loads and saves a session's model settings as the settings file that prognos-cli reads
/// (Prophet's parameter names, plus `periods`, `freq` and the `cleaning` steps), through Qt's
/// own file dialog.
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

    /// The settings file's object for `session`; `cleaning` only when there are steps.
    static QJsonObject toJson(const Session &session);
    /// Applies a settings file's object to `session`: the model, the horizon and, when the
    /// object has a `cleaning` list, the cleaning steps (one step on the undo stack). Nothing
    /// is applied when `errors` gets an entry; ignored keys go to `warnings`.
    static bool apply(const QJsonObject &object, Session &session, QStringList &warnings,
                      QStringList &errors);

private:
    static QString askForPath(QWidget *parent, bool saving);
};

} // namespace prognos
