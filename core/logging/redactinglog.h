#pragma once

#include <QString>
#include <QtGlobal>

namespace prognos {

/// The application's Qt message handler. Messages keep their category (one per module,
/// such as `prognos.ui`) and type; in release builds, and whenever the environment variable
/// PROGNOS_LOG_REDACT is set, their text is redacted first: quoted strings, anything
/// path-like (with a slash or backslash, a leading `~`, or a file name with an extension)
/// and numbers are replaced by placeholders, so that no data value, file name or path
/// reaches a log even if a message carries one by mistake.
class RedactingLog
{
public:
    /// Where formatted lines go; standard error unless a test gives its own.
    using Sink = void (*)(const QString &line);

    /// Installs the handler for the whole process. `sink` null writes to standard error.
    static void install(Sink sink = nullptr);

    /// Whether install() redacts: a release build, or PROGNOS_LOG_REDACT set.
    static bool redacts();

    /// `message` with quoted strings replaced by `"…"`, path-like words by `<path>` and
    /// numbers by `#`.
    static QString redact(const QString &message);

    /// The line written for a message: "category: type: text".
    static QString format(QtMsgType type, const char *category, const QString &text);
};

} // namespace prognos
