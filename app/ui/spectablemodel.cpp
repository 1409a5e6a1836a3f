#include "spectablemodel.h"

namespace prognos {

SpecTableModel::SpecTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int SpecTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : rows();
}

int SpecTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columns();
}

QVariant SpecTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::EditRole))
        return {};
    return cell(index.row(), index.column());
}

bool SpecTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    if (!setCell(index.row(), index.column(), value.toString().trimmed()))
        return false;
    emit dataChanged(index, index);
    emit edited();
    return true;
}

Qt::ItemFlags SpecTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return QAbstractTableModel::flags(index);
    return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
}

bool SpecTableModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > rowCount() || count < 1)
        return false;
    beginInsertRows({}, row, row + count - 1);
    for (int i = 0; i < count; ++i)
        insertNewRow(row);
    endInsertRows();
    emit edited();
    return true;
}

bool SpecTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > rowCount())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    eraseRows(row, count);
    endRemoveRows();
    emit edited();
    return true;
}

} // namespace prognos
