#include "seriestablemodel.h"

#include <QColor>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace prognos {

SeriesTableModel::SeriesTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SeriesTableModel::setTable(const SeriesTable *table, const QualityReport &report)
{
    beginResetModel();
    m_table = table;
    buildColumns();
    buildFlags(report);
    endResetModel();
}

void SeriesTableModel::buildColumns()
{
    m_columns.clear();
    if (!m_table)
        return;
    m_columns.push_back({tr("Row"), nullptr});
    m_columns.push_back({tr("ds"), nullptr});
    m_columns.push_back({tr("y"), &m_table->y});
    if (!m_table->cap.empty())
        m_columns.push_back({tr("cap"), &m_table->cap});
    if (!m_table->floor.empty())
        m_columns.push_back({tr("floor"), &m_table->floor});
    for (const auto &[name, values] : m_table->regressors)
        m_columns.push_back({QString::fromStdString(name), &values});
}

void SeriesTableModel::buildFlags(const QualityReport &report)
{
    m_flags.assign(m_table ? m_table->size() : 0, 0);
    m_outlierReasons.clear();
    if (!m_table)
        return;
    for (std::size_t i = 0; i < m_table->size(); ++i) {
        if (std::isnan(m_table->y[i]))
            m_flags[i] |= Missing;
        if (i < m_table->excluded.size() && m_table->excluded[i])
            m_flags[i] |= Excluded;
    }
    flagRecords(report.duplicateRows, Duplicate);
    for (const prognos::Outlier &outlier : report.outliers) {
        const int row = rowOfRecord(outlier.row);
        if (row < 0)
            continue;
        m_flags[std::size_t(row)] |= Outlier;
        m_outlierReasons.insert(row, outlier.reason);
    }
}

void SeriesTableModel::flagRecords(const QList<int> &records, RowFlag flag)
{
    for (int record : records) {
        const int row = rowOfRecord(record);
        if (row >= 0)
            m_flags[std::size_t(row)] |= flag;
    }
}

int SeriesTableModel::rowOfRecord(int sourceRow) const
{
    if (!m_table)
        return -1;
    const std::vector<int> &records = m_table->sourceRow;
    // Imported rows keep file order, so data record numbers ascend.
    const auto it = std::lower_bound(records.begin(), records.end(), sourceRow);
    if (it != records.end() && *it == sourceRow)
        return int(it - records.begin());
    const auto linear = std::find(records.begin(), records.end(), sourceRow);
    return linear == records.end() ? -1 : int(linear - records.begin());
}

quint8 SeriesTableModel::rowFlags(int row) const
{
    return row >= 0 && std::size_t(row) < m_flags.size() ? m_flags[std::size_t(row)] : 0;
}

int SeriesTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_table ? 0 : int(m_table->size());
}

int SeriesTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant SeriesTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(index.row(), index.column());
    case Qt::BackgroundRole:
        return background(index.row(), index.column());
    case Qt::ToolTipRole:
        return toolTip(index.row(), index.column());
    case Qt::TextAlignmentRole:
        return isValueColumn(index.column()) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                             : QVariant();
    default:
        return {};
    }
}

QVariant SeriesTableModel::displayValue(int row, int column) const
{
    const auto r = std::size_t(row);
    if (column == 0)
        return m_table->sourceRow[r];
    if (column == 1)
        return QString::fromStdString(formatTimestamp(m_table->ds[r]));
    const double value = (*m_columns[std::size_t(column)].values)[r];
    if (std::isnan(value))
        return column == 2 && (m_flags[r] & Excluded) ? tr("excluded") : tr("missing");
    return QLocale().toString(value, 'g', 12);
}

QVariant SeriesTableModel::background(int row, int column) const
{
    const quint8 flags = m_flags[std::size_t(row)];
    if (column == 2 && (flags & Excluded))
        return QColor(160, 160, 160, 110);
    if (column == 2 && (flags & Outlier))
        return QColor(230, 80, 60, 110);
    if (column == 2 && (flags & Missing))
        return QColor(240, 180, 40, 120);
    if (column == 1 && (flags & Duplicate))
        return QColor(150, 90, 210, 100);
    return {};
}

QVariant SeriesTableModel::toolTip(int row, int column) const
{
    const quint8 flags = m_flags[std::size_t(row)];
    if (column == 2 && (flags & Excluded))
        return tr("Excluded by a cleaning step; the fit does not use this value.");
    if (column == 2 && (flags & Outlier))
        return tr("Possible outlier: %1").arg(m_outlierReasons.value(row));
    if (column == 2 && (flags & Missing))
        return tr("Missing value: the fit skips this date, the forecast still covers it.");
    if (column == 1 && (flags & Duplicate))
        return tr("An earlier row has the same date.");
    return {};
}

QVariant SeriesTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < 0 || std::size_t(section) >= m_columns.size())
        return {};
    return m_columns[std::size_t(section)].title;
}

} // namespace prognos
