#include "exporttestdata.h"

#include "export/chartrenderer.h"
#include "export/forecastchart.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMap>
#include <QMimeData>
#include <QTest>
#include <QXmlStreamReader>

using namespace prognos;
using namespace prognos::testing;

class TestExportCharts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_data = makeReportData(); }
    void forecastChartHasItsSeries();
    void pngHasTheRequestedPixelSize_data();
    void pngHasTheRequestedPixelSize();
    void svgParsesWithOnePathPerSeries();
    void componentCharts();
    void copyToClipboardPutsImageAndSvg();

private:
    ReportData m_data;
};

void TestExportCharts::forecastChartHasItsSeries()
{
    const std::unique_ptr<QChart> chart = ForecastChart::forecast(m_data);
    const QList<QAbstractSeries *> series = chart->series();
    QCOMPARE(series.size(), 4);
    QCOMPARE(series[0]->type(), QAbstractSeries::SeriesTypeScatter);
    QCOMPARE(series[1]->type(), QAbstractSeries::SeriesTypeArea);
    QCOMPARE(series[2]->type(), QAbstractSeries::SeriesTypeLine);
    QCOMPARE(series[2]->name(), QStringLiteral("yhat"));
    QCOMPARE(series[3]->name(), QStringLiteral("forecast start"));
}

void TestExportCharts::pngHasTheRequestedPixelSize_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<qreal>("ratio");
    QTest::newRow("800x450 at 1") << QSize(800, 450) << 1.0;
    QTest::newRow("1600x900 at 2") << QSize(1600, 900) << 2.0;
    QTest::newRow("333x222 at 1.5") << QSize(333, 222) << 1.5;
}

void TestExportCharts::pngHasTheRequestedPixelSize()
{
    QFETCH(QSize, size);
    QFETCH(qreal, ratio);
    const std::unique_ptr<QChart> chart = ForecastChart::forecast(m_data);
    const QImage image = QImage::fromData(ChartRenderer::toPng(*chart, size, ratio), "PNG");
    QCOMPARE(image.size(), size);
    int dark = 0;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            dark += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
    }
    QVERIFY(dark > 50);
}

void TestExportCharts::svgParsesWithOnePathPerSeries()
{
    // QSvgGenerator writes each painter state as a <g> with the pen and brush, then the
    // shapes drawn with it.
    const std::unique_ptr<QChart> chart = ForecastChart::forecast(m_data);
    QXmlStreamReader xml(ChartRenderer::toSvg(*chart, QSize(900, 500)));
    QString stroke;
    QString fill;
    QMap<QString, int> paths; // by "stroke/fill"
    int points = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"g") {
            stroke = xml.attributes().value(QLatin1String("stroke")).toString();
            fill = xml.attributes().value(QLatin1String("fill")).toString();
        } else if (xml.name() == u"path") {
            ++paths[stroke + u'/' + fill];
        } else if (xml.name() == u"circle" && fill == u"#202020") {
            ++points;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(paths.value(QStringLiteral("#1f66c2/none")), 1); // yhat
    QCOMPARE(paths.value(QStringLiteral("none/#1f66c2")), 1); // the interval band
    QCOMPARE(paths.value(QStringLiteral("#c2411f/none")), 1); // forecast start
    // The actuals are points: Qt Charts draws each marker on its own.
    QCOMPARE(points, int(m_data.actuals.size()));
}

void TestExportCharts::componentCharts()
{
    for (const std::string &name : m_data.componentNames()) {
        const std::unique_ptr<QChart> chart = ForecastChart::component(m_data, name);
        QVERIFY2(chart, name.c_str());
        QVERIFY(!chart->series().isEmpty());
        QCOMPARE(ChartRenderer::toImage(*chart, QSize(400, 200)).size(), QSize(400, 200));
    }
    QVERIFY(!ForecastChart::component(m_data, "no such column"));
}

void TestExportCharts::copyToClipboardPutsImageAndSvg()
{
    const std::unique_ptr<QChart> chart = ForecastChart::forecast(m_data);
    ChartRenderer::copyToClipboard(*chart, QSize(600, 300), 2.0);
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    QVERIFY(mime);
    QVERIFY(mime->hasImage());
    QCOMPARE(qvariant_cast<QImage>(mime->imageData()).size(), QSize(600, 300));
    QVERIFY(mime->data(QStringLiteral("image/svg+xml")).contains("<svg"));
}

QTEST_MAIN(TestExportCharts)
#include "tst_exportcharts.moc"
