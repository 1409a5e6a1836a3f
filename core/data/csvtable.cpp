#include "csvtable.h"

#include <QCoreApplication>

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
    const qsizetype begin = k == 0 ? 0 : m_cellEnd[k - 1];
    return QStringView(m_cellText).mid(begin, m_cellEnd[k] - begin);
}

int CsvTable::fieldCount(int row) const
{
    const std::size_t r = static_cast<std::size_t>(row);
    const qsizetype next =
        r + 1 < m_rowFirstCell.size() ? m_rowFirstCell[r + 1] : qsizetype(m_cellEnd.size());
    return static_cast<int>(next - m_rowFirstCell[r]);
}

void CsvTable::appendField(QStringView text)
{
    m_cellText.append(text);
    m_cellEnd.push_back(m_cellText.size());
}

void CsvTable::beginRecord(int line)
{
    m_rowFirstCell.push_back(static_cast<qsizetype>(m_cellEnd.size()));
    m_rowLine.push_back(line);
}

void CsvTable::dropLastRecord()
{
    const qsizetype first = m_rowFirstCell.back();
    m_cellEnd.resize(static_cast<std::size_t>(first));
    m_cellText.truncate(first == 0 ? 0 : m_cellEnd.back());
    m_rowFirstCell.pop_back();
    m_rowLine.pop_back();
}

void CsvTable::finish(bool firstRecordIsHeader)
{
    m_columnNames.clear();
    if (firstRecordIsHeader && rowCount() > 0) {
        for (int c = 0; c < fieldCount(0); ++c)
            m_columnNames.append(cell(0, c).trimmed().toString());
        // The header's cells stay in m_cellText; only the index forgets them.
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
            if (!cell(r, column).trimmed().isEmpty())
                return dropped;
        }
        m_columnNames.removeLast();
        ++dropped;
    }
    return dropped;
}

} // namespace prognos
