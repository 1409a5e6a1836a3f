#include "regressortablemodel.h"

#include <algorithm>

namespace prognos {

RegressorTableModel::RegressorTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RegressorTableModel::setRegressors(std::vector<RegressorSpec> regressors)
{
    beginResetModel();
    m_rows = std::move(regressors);
    endResetModel();
}

int RegressorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RegressorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RegressorTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::EditRole))
        return {};
    const RegressorSpec &r = m_rows[std::size_t(index.row())];
    switch (index.column()) {
    case Name:
        return QString::fromStdString(r.name);
    case PriorScale:
        return r.priorScale ? QVariant(*r.priorScale) : QVariant(QString());
    case Mode:
        return r.mode ? QString::fromUtf8(toString(*r.mode).data()) : QString();
    case Standardize:
        return QString::fromUtf8(toString(r.standardize).data());
    default:
        return {};
    }
}

bool RegressorTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    RegressorSpec &r = m_rows[std::size_t(index.row())];
    const QString text = value.toString().trimmed();
    bool ok = true;
    switch (index.column()) {
    case Name:
        r.name = text.toStdString();
        break;
    case PriorScale:
        if (text.isEmpty())
            r.priorScale.reset();
        else
            r.priorScale = text.toDouble(&ok);
        break;
    case Mode:
        r.mode = modeFromString(text.toStdString());
        ok = text.isEmpty() || r.mode.has_value();
        break;
    case Standardize: {
        const auto standardize = standardizeFromString(text.toStdString());
        ok = standardize.has_value();
        if (ok)
            r.standardize = *standardize;
        break;
    }
    default:
        return false;
    }
    if (!ok)
        return false;
    emit dataChanged(index, index);
    emit regressorsEdited();
    return true;
}

Qt::ItemFlags RegressorTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return QAbstractTableModel::flags(index);
    return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
}

QVariant RegressorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char *const names[] = {"column", "prior_scale", "mode", "standardize"};
    if (role == Qt::DisplayRole && section >= 0 && section < ColumnCount)
        return QString::fromLatin1(names[section]);
    if (role != Qt::ToolTipRole)
        return {};
    switch (section) {
    case Name:
        return tr("The data column whose values explain part of y; the forecast needs its "
                  "future values (Future tab).");
    case PriorScale:
        return tr("How large its effect may be; empty uses Holiday strength, as Prophet does.");
    case Mode:
        return tr("additive (adds a fixed amount per unit) or multiplicative (a share of the "
                  "trend); empty uses Seasonality mode.");
    case Standardize:
        return tr("Whether the column is scaled to mean 0 and deviation 1 before fitting; "
                  "auto does it unless the column holds only 0 and 1.");
    }
    return {};
}

bool RegressorTableModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > rowCount() || count < 1)
        return false;
    beginInsertRows({}, row, row + count - 1);
    for (int i = 0; i < count; ++i) {
        RegressorSpec spec;
        for (const QString &column : std::as_const(m_columns)) {
            const bool used = std::any_of(m_rows.begin(), m_rows.end(), [&](const auto &r) {
                return r.name == column.toStdString();
            });
            if (!used) {
                spec.name = column.toStdString();
                break;
            }
        }
        m_rows.insert(m_rows.begin() + row, spec);
    }
    endInsertRows();
    emit regressorsEdited();
    return true;
}

bool RegressorTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > rowCount())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_rows.erase(m_rows.begin() + row, m_rows.begin() + row + count);
    endRemoveRows();
    emit regressorsEdited();
    return true;
}

} // namespace prognos
