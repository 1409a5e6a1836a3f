#include "csvwriter.h"

#include <charconv>
#include <cmath>

namespace prognos {

CsvWriter::CsvWriter(QChar delimiter, bool byteOrderMark)
    : m_delimiter(delimiter)
{
    if (byteOrderMark)
        m_data = QByteArray("\xEF\xBB\xBF");
}

void CsvWriter::separate()
{
    if (m_rowStarted)
        m_data += QString(m_delimiter).toUtf8();
    m_rowStarted = true;
}

void CsvWriter::addText(QStringView text)
{
    separate();
    m_data += escapeText(text, m_delimiter).toUtf8();
}

void CsvWriter::addNumber(double value)
{
    separate();
    m_data += formatNumber(value).toLatin1();
}

void CsvWriter::addTimestamp(Timestamp ts)
{
    separate();
    m_data += QByteArray::fromStdString(formatTimestamp(ts));
}

void CsvWriter::endRow()
{
    m_data += "\r\n";
    m_rowStarted = false;
}

QString CsvWriter::formatNumber(double value)
{
    if (std::isnan(value))
        return {};
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    char buffer[32];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    return ec == std::errc() ? QString::fromLatin1(buffer, end - buffer) : QString();
}

QString CsvWriter::escapeText(QStringView text, QChar delimiter)
{
    QString cell = text.toString();
    if (!cell.isEmpty() && QStringView(u"=+-@\t\r").contains(cell.front()))
        cell.prepend(u'\'');
    const bool quote = cell.contains(delimiter) || cell.contains(u'"') || cell.contains(u'\n') ||
                       cell.contains(u'\r') ||
                       (!cell.isEmpty() && (cell.front().isSpace() || cell.back().isSpace()));
    if (!quote)
        return cell;
    cell.replace(u'"', QStringLiteral("\"\""));
    return u'"' + cell + u'"';
}

QByteArray CsvWriter::write(const TimeSeries &series, QChar delimiter, bool byteOrderMark)
{
    CsvWriter writer(delimiter, byteOrderMark);
    writer.addText(u"ds");
    if (!series.y.empty())
        writer.addText(u"y");
    if (series.hasCap())
        writer.addText(u"cap");
    if (series.hasFloor())
        writer.addText(u"floor");
    for (const auto &column : series.columns)
        writer.addText(QString::fromStdString(column.first));
    writer.endRow();
    for (std::size_t i = 0; i < series.size(); ++i) {
        writer.addTimestamp(series.ds[i]);
        if (!series.y.empty())
            writer.addNumber(series.y[i]);
        if (series.hasCap())
            writer.addNumber(series.cap[i]);
        if (series.hasFloor())
            writer.addNumber(series.floor[i]);
        for (const auto &column : series.columns)
            writer.addNumber(column.second[i]);
        writer.endRow();
    }
    return writer.data();
}

} // namespace prognos
