#include "regressortablemodel.h"

#include <algorithm>

namespace prognos {

RegressorTableModel::RegressorTableModel(QObject *parent)
    : SpecTableModel(parent)
{}

void RegressorTableModel::setRegressors(std::vector<RegressorSpec> regressors)
{
    beginResetModel();
    m_rows = std::move(regressors);
    endResetModel();
}

QVariant RegressorTableModel::cell(int row, int column) const
{
    const RegressorSpec &r = m_rows[std::size_t(row)];
    switch (column) {
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

bool RegressorTableModel::setCell(int row, int column, const QString &text)
{
    RegressorSpec &r = m_rows[std::size_t(row)];
    bool ok = true;
    switch (column) {
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
    return ok;
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

void RegressorTableModel::insertNewRow(int row)
{
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

void RegressorTableModel::eraseRows(int row, int count)
{
    m_rows.erase(m_rows.begin() + row, m_rows.begin() + row + count);
}

} // namespace prognos
