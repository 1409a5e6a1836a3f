#include "pdfpagewriter.h"

#include "chartrenderer.h"

#include <QChart>

namespace prognos {

namespace {

constexpr double kMargin = 50; ///< points
constexpr double kGap = 6;     ///< between blocks, points
constexpr double kFooter = 24; ///< height kept for the page number, points
constexpr double kCellPadding = 3;

} // namespace

PdfPageWriter::PdfPageWriter(QIODevice &device, const QPageSize &pageSize, const QString &title)
    : m_writer(&device)
{
    m_writer.setResolution(72);
    m_writer.setPageSize(pageSize);
    m_writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
    m_writer.setTitle(title);
    m_writer.setCreator(QStringLiteral("Prognos"));
    m_bodyFont = QFont(QStringLiteral("Sans Serif"));
    m_bodyFont.setPointSizeF(10);
    m_subheadingFont = m_bodyFont;
    m_subheadingFont.setPointSizeF(12);
    m_subheadingFont.setBold(true);
    m_headingFont = m_bodyFont;
    m_headingFont.setPointSizeF(16);
    m_headingFont.setBold(true);

    m_painter = std::make_unique<QPainter>(&m_writer);
    const QSizeF page = pageSize.size(QPageSize::Point);
    m_content =
        QRectF(kMargin, kMargin, page.width() - 2 * kMargin, page.height() - 2 * kMargin - kFooter);
    m_y = m_content.top();
}

PdfPageWriter::~PdfPageWriter() = default;

double PdfPageWriter::textHeight(const QString &text, const QFont &font, double width) const
{
    m_painter->setFont(font);
    return m_painter->boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
}

void PdfPageWriter::ensureSpace(double height)
{
    if (m_y + height > m_content.bottom())
        newPage();
}

void PdfPageWriter::newPage()
{
    if (m_pageEmpty)
        return;
    drawFooter();
    m_writer.newPage();
    ++m_page;
    m_y = m_content.top();
    m_pageEmpty = true;
}

void PdfPageWriter::drawFooter()
{
    QFont font = m_bodyFont;
    font.setPointSizeF(8);
    m_painter->setFont(font);
    m_painter->setPen(Qt::darkGray);
    const QRectF footer(m_content.left(), m_content.bottom() + kFooter / 2, m_content.width(),
                        kFooter / 2);
    m_painter->drawText(footer, Qt::AlignHCenter | Qt::AlignBottom, tr("Page %1").arg(m_page));
    m_painter->setPen(Qt::black);
}

void PdfPageWriter::heading(const QString &text)
{
    const double height = textHeight(text, m_headingFont, m_content.width());
    // A heading never ends a page: keep room for a few lines after it.
    ensureSpace(height + 60);
    if (!m_pageEmpty)
        m_y += kGap * 2;
    m_painter->setFont(m_headingFont);
    m_painter->drawText(QRectF(m_content.left(), m_y, m_content.width(), height), Qt::TextWordWrap,
                        text);
    m_y += height + kGap;
    m_pageEmpty = false;
}

void PdfPageWriter::subheading(const QString &text)
{
    const double height = textHeight(text, m_subheadingFont, m_content.width());
    ensureSpace(height + 40);
    m_painter->setFont(m_subheadingFont);
    m_painter->drawText(QRectF(m_content.left(), m_y, m_content.width(), height), Qt::TextWordWrap,
                        text);
    m_y += height + kGap / 2;
    m_pageEmpty = false;
}

void PdfPageWriter::paragraph(const QString &text, bool emphasised)
{
    QFont font = m_bodyFont;
    if (emphasised) {
        font.setPointSizeF(12);
        font.setBold(true);
    }
    const double height = textHeight(text, font, m_content.width());
    ensureSpace(height);
    m_painter->setFont(font);
    m_painter->drawText(QRectF(m_content.left(), m_y, m_content.width(), height), Qt::TextWordWrap,
                        text);
    m_y += height + kGap;
    m_pageEmpty = false;
}

void PdfPageWriter::bulletList(const QStringList &items)
{
    constexpr double indent = 14;
    const double width = m_content.width() - indent;
    for (const QString &item : items) {
        const double height = textHeight(item, m_bodyFont, width);
        ensureSpace(height);
        m_painter->setFont(m_bodyFont);
        m_painter->drawText(QPointF(m_content.left() + 2, m_y + m_painter->fontMetrics().ascent()),
                            QStringLiteral("\u2022"));
        m_painter->drawText(QRectF(m_content.left() + indent, m_y, width, height), Qt::TextWordWrap,
                            item);
        m_y += height + kGap / 2;
        m_pageEmpty = false;
    }
    m_y += kGap / 2;
}

double PdfPageWriter::rowHeight(const QStringList &cells, const QList<double> &widths,
                                const QFont &font) const
{
    double height = 0;
    for (int i = 0; i < cells.size() && i < widths.size(); ++i)
        height = std::max(height, textHeight(cells[i], font, widths[i] - 2 * kCellPadding));
    return height + 2 * kCellPadding;
}

void PdfPageWriter::drawRow(const QStringList &cells, const QList<double> &widths,
                            const QFont &font)
{
    const double height = rowHeight(cells, widths, font);
    ensureSpace(height);
    m_painter->setFont(font);
    double x = m_content.left();
    for (int i = 0; i < cells.size() && i < widths.size(); ++i) {
        const QRectF cell(x, m_y, widths[i], height);
        m_painter->drawText(cell.adjusted(kCellPadding, kCellPadding, -kCellPadding, 0),
                            Qt::TextWordWrap, cells[i]);
        x += widths[i];
    }
    m_painter->setPen(QPen(Qt::lightGray, 0.5));
    m_painter->drawLine(QPointF(m_content.left(), m_y + height),
                        QPointF(m_content.right(), m_y + height));
    m_painter->setPen(Qt::black);
    m_y += height;
    m_pageEmpty = false;
}

void PdfPageWriter::table(const QStringList &header, const QList<QStringList> &rows,
                          double firstColumnShare)
{
    if (header.isEmpty())
        return;
    QList<double> widths;
    const double first =
        header.size() == 1 ? m_content.width() : m_content.width() * firstColumnShare;
    widths << first;
    for (int i = 1; i < header.size(); ++i)
        widths << (m_content.width() - first) / double(header.size() - 1);
    QFont bold = m_bodyFont;
    bold.setBold(true);
    ensureSpace(60);
    drawRow(header, widths, bold);
    for (const QStringList &row : rows) {
        if (m_y + rowHeight(row, widths, m_bodyFont) > m_content.bottom()) {
            // The row goes on a new page: repeat the header above it.
            newPage();
            drawRow(header, widths, bold);
        }
        drawRow(row, widths, m_bodyFont);
    }
    m_y += kGap;
}

void PdfPageWriter::chart(QChart &chart, double height)
{
    ensureSpace(height);
    const QRectF target(m_content.left(), m_y, m_content.width(), height);
    // Laid out larger than the target so that the chart's text comes out near 7 points.
    ChartRenderer::paint(chart, *m_painter, target, target.size() * 1.4);
    m_y += height + kGap;
    m_pageEmpty = false;
}

bool PdfPageWriter::finish()
{
    drawFooter();
    return m_painter->end();
}

} // namespace prognos
