#pragma once

#include <QByteArray>
#include <QString>

class QMimeData;

namespace prognos {

/// The only way the application puts the user's data on the clipboard. Copies are marked as
/// sensitive where the platform has a convention for it, so that clipboard managers keep them
/// out of their history, and are cleared on quit if the clipboard still holds them (issue #7).
class SensitiveClipboard
{
public:
    /// The marker of this platform: KDE's password-manager hint (honoured by Klipper and
    /// other Linux clipboard managers), Windows' ExcludeClipboardContentFromMonitorProcessing,
    /// or macOS's org.nspasteboard.ConcealedType.
    static QString markerFormat();
    /// The value the marker is set to.
    static QByteArray markerValue();

    /// Adds the platform's markers to `mime`.
    static void markSensitive(QMimeData &mime);
    /// Marks `mime` and puts it on the clipboard, which takes ownership.
    static void set(QMimeData *mime);
    /// Puts `text` on the clipboard, marked.
    static void setText(const QString &text);

    /// True while this application owns the clipboard, or (where the platform cannot tell)
    /// while it holds the last copy made through set().
    static bool ownsClipboard();
    /// Clears the clipboard if ownsClipboard(); leaves anything another application copied
    /// since. Returns whether it cleared.
    static bool clearIfOwned();

private:
    static QByteArray &lastToken();
};

} // namespace prognos
