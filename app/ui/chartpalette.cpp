#include "chartpalette.h"

#include "forecastchartview.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QPalette>
#include <QWidget>

namespace prognos {

namespace {

/// `a` moved towards `b` by `share` (0 to 1).
QColor blend(const QColor &a, const QColor &b, double share)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * share),
                            float(a.greenF() + (b.greenF() - a.greenF()) * share),
                            float(a.blueF() + (b.blueF() - a.blueF()) * share));
}

} // namespace

void ChartPalette::applyTheme(QChart *chart, const QPalette &palette)
{
    if (palette.color(QPalette::Window).lightness() < 128)
        chart->setTheme(QChart::ChartThemeDark);
}

void ChartPalette::apply(QChart *chart, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    chart->setBackgroundBrush(palette.color(QPalette::Window).lighter(102));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundBrush(base);
    chart->setPlotAreaBackgroundVisible(true);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    const QColor grid = blend(base, text, 0.18);
    const QColor minorGrid = blend(base, text, 0.08);
    const QColor line = blend(base, text, 0.45);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(minorGrid);
        axis->setLinePenColor(line);
    }
}

void ChartPalette::applyToOpenCharts(const QApplication &app)
{
    const QPalette palette = app.palette();
    for (QWidget *widget : QApplication::allWidgets()) {
        if (auto *view = qobject_cast<QChartView *>(widget); view && view->chart())
            apply(view->chart(), palette);
        if (auto *forecast = qobject_cast<ForecastChartView *>(widget))
            forecast->colourActuals(palette);
    }
}

} // namespace prognos
