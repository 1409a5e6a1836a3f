#include "chartrenderer.h"

#include <QBuffer>
#include <QChart>
#include <QClipboard>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QMimeData>
#include <QPainter>
#include <QSvgGenerator>

namespace prognos {

void ChartRenderer::paint(QChart &chart, QPainter &painter, const QRectF &target,
                          const QSizeF &layoutSize)
{
    // A scene of its own, only for the time of the drawing: the chart goes back to its
    // owner afterwards.
    QGraphicsScene scene;
    scene.addItem(&chart);
    const QRectF area(QPointF(0, 0), layoutSize.isEmpty() ? target.size() : layoutSize);
    chart.setGeometry(area);
    if (QGraphicsLayout *layout = chart.layout())
        layout->activate();
    QCoreApplication::sendPostedEvents();
    scene.setSceneRect(area);
    scene.render(&painter, target, area, Qt::IgnoreAspectRatio);
    scene.removeItem(&chart);
}

QImage ChartRenderer::toImage(QChart &chart, const QSize &pixelSize, qreal devicePixelRatio)
{
    QImage image(pixelSize, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paint(chart, painter, QRectF(QPointF(0, 0), QSizeF(pixelSize) / devicePixelRatio));
    painter.end();
    return image;
}

QByteArray ChartRenderer::toPng(QChart &chart, const QSize &pixelSize, qreal devicePixelRatio)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    toImage(chart, pixelSize, devicePixelRatio).save(&buffer, "PNG");
    return bytes;
}

QByteArray ChartRenderer::toSvg(QChart &chart, const QSize &size, const QString &title)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(title.isEmpty() ? chart.title() : title);
    QPainter painter(&generator);
    painter.setRenderHint(QPainter::Antialiasing);
    paint(chart, painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    return bytes;
}

QMimeData *ChartRenderer::mimeData(QChart &chart, const QSize &pixelSize, qreal devicePixelRatio)
{
    auto *mime = new QMimeData;
    mime->setImageData(toImage(chart, pixelSize, devicePixelRatio));
    const QSize logical = (QSizeF(pixelSize) / devicePixelRatio).toSize();
    mime->setData(QStringLiteral("image/svg+xml"), toSvg(chart, logical));
    return mime;
}

void ChartRenderer::copyToClipboard(QChart &chart, const QSize &pixelSize, qreal devicePixelRatio)
{
    QGuiApplication::clipboard()->setMimeData(mimeData(chart, pixelSize, devicePixelRatio));
}

} // namespace prognos
