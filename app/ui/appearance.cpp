#include "appearance.h"

#include "chartpalette.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace prognos {

namespace {

const char *const kPaletteKey = "appearance/palette";

QPalette darkPalette()
{
    QPalette palette;
    const QColor window(45, 47, 52);
    const QColor base(32, 33, 37);
    const QColor text(225, 227, 230);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::Highlight, QColor(66, 133, 214));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(110, 170, 240));
    palette.setColor(QPalette::PlaceholderText, QColor(140, 140, 140));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(120, 120, 120));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(120, 120, 120));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(120, 120, 120));
    return palette;
}

} // namespace

Appearance::Palette Appearance::storedPalette()
{
    const int value = QSettings().value(kPaletteKey, int(Palette::System)).toInt();
    if (value < int(Palette::System) || value > int(Palette::Dark))
        return Palette::System;
    return Palette(value);
}

void Appearance::storePalette(Palette palette)
{
    QSettings().setValue(kPaletteKey, int(palette));
}

void Appearance::apply(QApplication &app, Palette palette)
{
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    switch (palette) {
    case Palette::System:
        app.setPalette(QPalette()); // back to the platform's palette
        break;
    case Palette::Light:
        app.setPalette(app.style()->standardPalette());
        break;
    case Palette::Dark:
        app.setPalette(darkPalette());
        break;
    }
    ChartPalette::applyToOpenCharts(app);
}

QString Appearance::displayName(Palette palette)
{
    switch (palette) {
    case Palette::System:
        return tr("System");
    case Palette::Light:
        return tr("Light");
    case Palette::Dark:
        return tr("Dark");
    }
    return {};
}

} // namespace prognos
