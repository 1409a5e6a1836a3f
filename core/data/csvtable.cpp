#include "csvtable.h"

#include "cellview.h"

#include <QCoreApplication>

#include <type_traits>

namespace prognos {

QString CsvTable::displayName(int column) const
{
    const QString &name = m_columnNames.at(column);
    if (!name.isEmpty())
        return name;
    return QCoreApplication::translate("prognos::CsvTable", "column %1").arg(column + 1);
}

QStringView CsvTable::cell(int row, int column) const
{
    if (column >= fieldCount(row))
        return {};
    const std::size_t k =
        static_cast<std::size_t>(m_rowFirstCell[static_cast<std::size_t>(row)] + column);
    const qsizetype begin = m_cellBegin[k];
    if (begin >= 0)
        return utf16Text().mid(begin, m_cellEnd[k] - begin);
    return QStringView(m_copies).mid(~begin, m_cellEnd[k] - ~begin);
}

void CsvTable::setAsciiBytes(const QByteArray &bytes, qsizetype from)
{
    m_text.clear();
    m_ascii = bytes;
    m_asciiFrom = from;
    m_utf16 = std::make_shared<Utf16Copy>();
}

QLatin1StringView CsvTable::asciiText() const
{
    return QLatin1StringView(m_ascii).sliced(m_asciiFrom);
}

QStringView CsvTable::utf16Text() const
{
    if (!m_utf16)
        return m_text;
    std::call_once(m_utf16->made, [this] { m_utf16->text = asciiText().toString(); });
    return m_utf16->text;
}

void CsvTable::appendField(QStringView text)
{
    const QChar *base = m_text.constData();
    if (!text.isEmpty() && text.data() >= base &&
        text.data() + text.size() <= base + m_text.size()) {
        pushCell(text.data() - base, text.data() - base + text.size());
        return;
    }
    appendCopy(text);
}

void CsvTable::appendCopy(QAnyStringView text)
{
    const qsizetype copy = m_copies.size();
    text.visit([this](auto view) {
        if constexpr (std::is_same_v<decltype(view), QUtf8StringView>)
            m_copies.append(view.toString());
        else
            m_copies.append(view);
    });
    pushCell(~copy, m_copies.size());
}

void CsvTable::reserve(qsizetype cells, qsizetype records)
{
    m_cellBegin.reserve(static_cast<std::size_t>(cells));
    m_cellEnd.reserve(static_cast<std::size_t>(cells));
    m_rowFirstCell.reserve(static_cast<std::size_t>(records));
    m_rowLine.reserve(static_cast<std::size_t>(records));
}

void CsvTable::appendRecords(const CsvTable &other, int lineOffset)
{
    const auto cellBase = static_cast<qsizetype>(m_cellEnd.size());
    const qsizetype copyBase = m_copies.size();
    m_copies.append(other.m_copies);
    if (copyBase == 0 || other.m_copies.isEmpty()) {
        // Offsets into the text stay as they are (copies, if any, are the first ones).
        m_cellBegin.insert(m_cellBegin.end(), other.m_cellBegin.begin(), other.m_cellBegin.end());
        m_cellEnd.insert(m_cellEnd.end(), other.m_cellEnd.begin(), other.m_cellEnd.end());
    } else {
        for (std::size_t k = 0; k < other.m_cellBegin.size(); ++k) {
            const qsizetype begin = other.m_cellBegin[k];
            const qsizetype end = other.m_cellEnd[k];
            if (begin >= 0)
                pushCell(begin, end);
            else
                pushCell(~(~begin + copyBase), end + copyBase);
        }
    }
    const std::size_t firstRow = m_rowFirstCell.size();
    m_rowFirstCell.insert(m_rowFirstCell.end(), other.m_rowFirstCell.begin(),
                          other.m_rowFirstCell.end());
    m_rowLine.insert(m_rowLine.end(), other.m_rowLine.begin(), other.m_rowLine.end());
    for (std::size_t r = firstRow; r < m_rowFirstCell.size(); ++r) {
        m_rowFirstCell[r] += cellBase;
        m_rowLine[r] += lineOffset;
    }
}

void CsvTable::dropLastRecord()
{
    const auto first = static_cast<std::size_t>(m_rowFirstCell.back());
    m_cellBegin.resize(first);
    m_cellEnd.resize(first);
    m_rowFirstCell.pop_back();
    m_rowLine.pop_back();
}

void CsvTable::finish(bool firstRecordIsHeader)
{
    m_columnNames.clear();
    if (firstRecordIsHeader && rowCount() > 0) {
        for (int c = 0; c < fieldCount(0); ++c)
            m_columnNames.append(cellText(0, c).trimmed());
        // The header's cells stay in the offsets; only the row index forgets them.
        m_rowFirstCell.erase(m_rowFirstCell.begin());
        m_rowLine.erase(m_rowLine.begin());
        return;
    }
    int width = 0;
    for (int r = 0; r < rowCount(); ++r)
        width = std::max(width, fieldCount(r));
    for (int c = 0; c < width; ++c)
        m_columnNames.append(
            QCoreApplication::translate("prognos::CsvTable", "column %1").arg(c + 1));
}

int CsvTable::dropEmptyTrailingColumns()
{
    int dropped = 0;
    while (!m_columnNames.isEmpty() && m_columnNames.back().isEmpty()) {
        const int column = columnCount() - 1;
        for (int r = 0; r < rowCount(); ++r) {
            if (!isBlank(cellView(r, column)))
                return dropped;
        }
        m_columnNames.removeLast();
        ++dropped;
    }
    return dropped;
}

} // namespace prognos
