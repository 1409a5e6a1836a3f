#pragma once

#include <QCoreApplication>
#include <QString>

class QApplication;

namespace prognos {

/// The palette preference (System, Light or Dark) on the Fusion style. It is one of the few
/// preferences kept in QSettings, under the key `appearance/palette`.
class Appearance
{
    Q_DECLARE_TR_FUNCTIONS(Appearance)

public:
    enum class Palette { System, Light, Dark };

    /// The stored preference; System when none is stored.
    static Palette storedPalette();
    static void storePalette(Palette palette);

    /// Sets the Fusion style and the palette on `app`; charts already shown take its colours.
    static void apply(QApplication &app, Palette palette);

    /// The name shown in the View menu.
    static QString displayName(Palette palette);
};

} // namespace prognos
