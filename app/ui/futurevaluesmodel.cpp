#include "futurevaluesmodel.h"

#include "data/numberparser.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace prognos {

FutureValuesModel::FutureValuesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void FutureValuesModel::setValues(const FutureValues &values)
{
    beginResetModel();
    m_values = values;
    endResetModel();
}

bool FutureValuesModel::anyCarried() const
{
    for (const std::vector<bool> &column : m_values.carried) {
        for (bool carried : column) {
            if (carried)
                return true;
        }
    }
    return false;
}

bool FutureValuesModel::readValue(const QString &text, double &value)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        value = std::nan("");
        return true;
    }
    return NumberParser::parse(trimmed, QLatin1Char('.'), value) && std::isfinite(value);
}

bool FutureValuesModel::paste(const QModelIndex &at, const QString &text, QString &error)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    const int top = std::max(0, at.row());
    const int left = std::max(1, at.column());
    std::vector<std::tuple<int, int, double>> cells;
    for (int i = 0; i < lines.size() && top + i < rowCount(); ++i) {
        QString line = lines[i];
        line.remove(QLatin1Char('\r'));
        const QChar delimiter = line.contains(QLatin1Char('\t'))  ? QLatin1Char('\t')
                                : line.contains(QLatin1Char(';')) ? QLatin1Char(';')
                                                                  : QLatin1Char(',');
        const QStringList fields = line.split(delimiter);
        for (int j = 0; j < fields.size() && left + j < columnCount(); ++j) {
            double value = 0;
            if (!readValue(fields[j], value)) {
                error =
                    tr("Pasted row %1, column %2: \"%3\" is not a number.")
                        .arg(i + 1)
                        .arg(headerData(left + j, Qt::Horizontal).toString(), fields[j].trimmed());
                return false;
            }
            cells.emplace_back(top + i, left + j, value);
        }
    }
    if (cells.empty())
        return true;
    for (const auto &[row, column, value] : cells) {
        m_values.values[std::size_t(column - 1)][std::size_t(row)] = value;
        m_values.carried[std::size_t(column - 1)][std::size_t(row)] = false;
    }
    emit dataChanged(index(top, left), index(rowCount() - 1, columnCount() - 1));
    emit valuesEdited();
    return true;
}

int FutureValuesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_values.ds.size());
}

int FutureValuesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_values.names.empty() ? 0 : int(m_values.columnCount()) + 1;
}

QVariant FutureValuesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const auto row = std::size_t(index.row());
    if (index.column() == 0) {
        if (role == Qt::DisplayRole)
            return QString::fromStdString(formatTimestamp(m_values.ds[row]));
        return {};
    }
    const auto column = std::size_t(index.column() - 1);
    const double value = m_values.values[column][row];
    const bool carried = m_values.carried[column][row];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return std::isfinite(value) ? QString::number(value, 'g', 15) : QString();
    case Qt::ForegroundRole:
        return carried ? QVariant(QPalette().brush(QPalette::Disabled, QPalette::Text))
                       : QVariant();
    case Qt::FontRole:
        if (carried) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (!std::isfinite(value))
            return tr("Missing: enter a value; the forecast cannot run without it.");
        return carried ? tr("Carried forward from the last known value; edit it if you know "
                            "better.")
                       : tr("Entered by you.");
    default:
        return {};
    }
}

bool FutureValuesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() == 0 || role != Qt::EditRole)
        return false;
    double number = 0;
    if (!readValue(value.toString(), number))
        return false;
    const auto column = std::size_t(index.column() - 1);
    m_values.values[column][std::size_t(index.row())] = number;
    m_values.carried[column][std::size_t(index.row())] = false;
    emit dataChanged(index, index);
    emit valuesEdited();
    return true;
}

Qt::ItemFlags FutureValuesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() > 0)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant FutureValuesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < 0 || section >= columnCount())
        return {};
    const QString name = section == 0
                             ? QStringLiteral("ds")
                             : QString::fromStdString(m_values.names[std::size_t(section - 1)]);
    if (role == Qt::DisplayRole)
        return name;
    if (role != Qt::ToolTipRole)
        return {};
    if (name == QLatin1String("ds"))
        return tr("The horizon's dates.");
    if (name == QLatin1String("cap"))
        return tr("The most the series can reach on each future date (logistic growth): the "
                  "trend levels off below it.");
    if (name == QLatin1String("floor"))
        return tr("The least the series can fall to on each future date (logistic growth).");
    return tr("The value of %1 on each future date; the forecast adds its effect.").arg(name);
}

} // namespace prognos
