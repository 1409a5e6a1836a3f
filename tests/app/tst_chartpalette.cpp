// A change of palette while charts are shown recolours their frames and keeps their series'
// own colours (issue #4: light and dark palettes).
#include "ui/appearance.h"
#include "ui/forecastchartview.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QScatterSeries>
#include <QtTest>

using namespace prognos;

class TestChartPalette : public QObject
{
    Q_OBJECT

private slots:
    void chartsFollowThePalette_data();
    void chartsFollowThePalette();
};

void TestChartPalette::chartsFollowThePalette_data()
{
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("second");
    QTest::newRow("light to dark")
        << int(Appearance::Palette::Light) << int(Appearance::Palette::Dark);
    QTest::newRow("dark to light")
        << int(Appearance::Palette::Dark) << int(Appearance::Palette::Light);
}

void TestChartPalette::chartsFollowThePalette()
{
    QFETCH(int, first);
    QFETCH(int, second);
    Appearance::apply(*qApp, Appearance::Palette(first));
    ForecastChartView view;
    view.resize(640, 400);
    view.show();
    const QPen forecastPen = view.forecastSeries()->pen();

    Appearance::apply(*qApp, Appearance::Palette(second));
    const QPalette palette = qApp->palette();
    QChart *chart = view.chart();
    QCOMPARE(chart->plotAreaBackgroundBrush().color(), palette.color(QPalette::Base));
    QCOMPARE(chart->legend()->labelColor(), palette.color(QPalette::Text));
    QVERIFY(!chart->axes().isEmpty());
    for (QAbstractAxis *axis : chart->axes()) {
        QCOMPARE(axis->labelsColor(), palette.color(QPalette::Text));
        QCOMPARE(axis->titleBrush().color(), palette.color(QPalette::Text));
    }
    QCOMPARE(view.forecastSeries()->pen(), forecastPen);
    const bool darkNow = second == int(Appearance::Palette::Dark);
    QCOMPARE(chart->plotAreaBackgroundBrush().color().lightness() < 128, darkNow);
    // The actuals' dots stand out from the plot in either palette.
    QCOMPARE(view.actualSeries()->color().lightness() > 128, darkNow);
}

QTEST_MAIN(TestChartPalette)
#include "tst_chartpalette.moc"
