#include "forecasttablemodel.h"

#include "tablecopy.h"

#include "data/csvwriter.h"
#include "engine/timeseries.h"

#include <QLocale>

#include <cmath>
#include <unordered_map>

namespace prognos {

ForecastTableModel::ForecastTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ForecastTableModel::setForecast(const Forecast *forecast, const TimeSeries *history)
{
    beginResetModel();
    m_forecast = forecast;
    m_actual.clear();
    if (forecast && history) {
        std::unordered_map<Timestamp, double> actual;
        for (std::size_t i = 0; i < history->size(); ++i)
            actual[history->ds[i]] = history->y[i];
        m_actual.assign(forecast->size(), std::nan(""));
        for (std::size_t i = 0; i < forecast->size(); ++i) {
            const auto it = actual.find(forecast->ds[i]);
            if (it != actual.end())
                m_actual[i] = it->second;
        }
    }
    endResetModel();
}

int ForecastTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_forecast ? 0 : int(m_forecast->size());
}

int ForecastTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_forecast ? 0 : int(m_forecast->columns.size()) + 2;
}

QVariant ForecastTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::TextAlignmentRole && index.column() > 0)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != TableCopy::kCopyRole)
        return {};
    const auto row = std::size_t(index.row());
    if (index.column() == 0)
        return QString::fromStdString(formatTimestamp(m_forecast->ds[row]));
    const double value = index.column() == 1
                             ? m_actual[row]
                             : m_forecast->columns[std::size_t(index.column() - 2)].second[row];
    if (std::isnan(value))
        return QString();
    // Copies carry every digit, as the CSV export writes them.
    return role == TableCopy::kCopyRole ? CsvWriter::formatNumber(value)
                                        : QLocale().toString(value, 'f', 3);
}

QVariant ForecastTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal || !m_forecast)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return tr("ds");
    if (section == 1)
        return tr("y");
    if (section - 2 < int(m_forecast->columns.size()))
        return QString::fromStdString(m_forecast->columns[std::size_t(section - 2)].first);
    return {};
}

} // namespace prognos
