#pragma once

class QApplication;
class QChart;
class QPalette;

namespace prognos {

/// Colours of a chart's frame (background, plot area, titles, axes, grid and legend) taken
/// from a widget palette. Series keep their own pens and brushes, so that a chart set up with
/// custom colours can follow a change between the light and the dark palette while it is
/// shown, which QChart::setTheme cannot do without resetting those colours.
class ChartPalette
{
public:
    /// The dark chart theme for a new `chart` when `palette` is dark; call it before the chart's
    /// series and axes get their own colours, which the theme would reset.
    static void applyTheme(QChart *chart, const QPalette &palette);

    /// Gives `chart`'s frame the colours of `palette`.
    static void apply(QChart *chart, const QPalette &palette);

    /// Applies the application's palette to the chart of every chart view of `app`.
    static void applyToOpenCharts(const QApplication &app);
};

} // namespace prognos
