#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QStringList>

#include <memory>

class QChart;

namespace prognos {

/// Lays out a flowing document on QPdfWriter pages: headings, paragraphs, lists, tables and
/// charts (as vectors) from top to bottom, starting a new page when the next block does not
/// fit, with the page number in the footer of each page. Coordinates are in points.
class PdfPageWriter
{
    Q_DECLARE_TR_FUNCTIONS(PdfPageWriter)

public:
    PdfPageWriter(QIODevice &device, const QPageSize &pageSize, const QString &title);
    ~PdfPageWriter();

    void heading(const QString &text);
    void subheading(const QString &text);
    void paragraph(const QString &text, bool emphasised = false);
    void bulletList(const QStringList &items);
    /// Rows of cells under a header row; the first column gets `firstColumnShare` of the
    /// width, the others share the rest.
    void table(const QStringList &header, const QList<QStringList> &rows,
               double firstColumnShare = 0.3);
    /// The chart, `height` points tall over the full text width, drawn as vectors.
    void chart(QChart &chart, double height);
    /// Starts a new page (a no-op on a fresh, empty page).
    void newPage();
    /// Finishes the document; false when the PDF could not be written.
    bool finish();

    double textWidth() const { return m_content.width(); }

private:
    double textHeight(const QString &text, const QFont &font, double width) const;
    void ensureSpace(double height);
    void drawFooter();
    double rowHeight(const QStringList &cells, const QList<double> &widths,
                     const QFont &font) const;
    void drawRow(const QStringList &cells, const QList<double> &widths, const QFont &font);

    QPdfWriter m_writer;
    std::unique_ptr<QPainter> m_painter;
    QRectF m_content; ///< the printable area inside the margins, in points
    double m_y = 0;   ///< top of the next block
    int m_page = 1;
    bool m_pageEmpty = true;
    QFont m_bodyFont;
    QFont m_headingFont;
    QFont m_subheadingFont;
};

} // namespace prognos
