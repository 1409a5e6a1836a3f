#pragma once

#include <QByteArray>
#include <QImage>
#include <QRectF>
#include <QSize>

class QChart;
class QMimeData;
class QPainter;

namespace prognos {

/// Draws a QChart without a window: into any painter (PDF pages), a QImage (PNG) or
/// QSvgGenerator (SVG, as vectors). Needs a QApplication; the offscreen platform will do.
class ChartRenderer
{
public:
    /// Lays the chart out at `layoutSize` (the size of `target` when empty) and paints it,
    /// scaled, into `target`. A larger layout size gives smaller text.
    static void paint(QChart &chart, QPainter &painter, const QRectF &target,
                      const QSizeF &layoutSize = QSizeF());

    /// The chart as an image of exactly `pixelSize` pixels at `devicePixelRatio` (2 for a
    /// sharp image on a HiDPI screen: the chart is laid out at pixelSize / ratio).
    static QImage toImage(QChart &chart, const QSize &pixelSize, qreal devicePixelRatio = 1.0);
    /// toImage() as PNG bytes.
    static QByteArray toPng(QChart &chart, const QSize &pixelSize, qreal devicePixelRatio = 1.0);

    /// The chart as an SVG document of `size` (in SVG user units), drawn as vector paths.
    static QByteArray toSvg(QChart &chart, const QSize &size, const QString &title = QString());

    /// The chart as clipboard data: an image (toImage()) and SVG of the same logical size.
    /// The caller owns the result.
    static QMimeData *mimeData(QChart &chart, const QSize &pixelSize, qreal devicePixelRatio = 1.0);
    /// Puts mimeData() on the clipboard.
    static void copyToClipboard(QChart &chart, const QSize &pixelSize,
                                qreal devicePixelRatio = 1.0);
};

} // namespace prognos
