#include "crossvalidationmetricsmodel.h"

#include "metricchartsview.h"

#include <QLocale>

namespace prognos {

CrossValidationMetricsModel::CrossValidationMetricsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CrossValidationMetricsModel::setMetrics(const MetricsTable &metrics,
                                             const std::optional<BaselineComparison> &baselines)
{
    beginResetModel();
    m_metrics = metrics;
    m_naiveRatio = baselines ? baselines->naiveRatio : MetricsTable{};
    m_seasonalRatio = baselines ? baselines->seasonalNaiveRatio : MetricsTable{};
    m_columns.clear();
    for (const auto &[name, values] : m_metrics.columns)
        m_columns.append(
            {QString::fromStdString(name),
             tr("Prophet's %1 over the rolling window").arg(QString::fromStdString(name)),
             &values});
    const struct
    {
        const MetricsTable *table;
        QString suffix;
        QString baseline;
    } ratios[] = {{&m_naiveRatio, tr("vs naive"), tr("the naive forecast (last value)")},
                  {&m_seasonalRatio, tr("vs seasonal naive"),
                   tr("the seasonal-naive forecast (value one season earlier)")}};
    for (const auto &ratio : ratios) {
        if (!ratio.table->ok() || ratio.table->horizon.size() != m_metrics.horizon.size())
            continue;
        for (const auto &[name, values] : ratio.table->columns) {
            const QString metric = QString::fromStdString(name);
            m_columns.append({metric + QLatin1Char(' ') + ratio.suffix,
                              tr("Prophet's %1 divided by the %1 of %2; below 1 Prophet does "
                                 "better.")
                                  .arg(metric, ratio.baseline),
                              &values});
        }
    }
    endResetModel();
}

void CrossValidationMetricsModel::clear()
{
    beginResetModel();
    m_metrics = {};
    m_naiveRatio = {};
    m_seasonalRatio = {};
    m_columns.clear();
    endResetModel();
}

int CrossValidationMetricsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_metrics.horizon.size());
}

int CrossValidationMetricsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_metrics.horizon.empty() ? 0 : 1 + int(m_columns.size());
}

QVariant CrossValidationMetricsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const std::size_t row = std::size_t(index.row());
    const double value = index.column() == 0 ? MetricChartsView::horizonValue(m_metrics, row)
                                             : (*m_columns[index.column() - 1].values)[row];
    switch (role) {
    case Qt::DisplayRole:
        return QLocale().toString(value, 'g', 6);
    case Qt::EditRole:
        return value;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant CrossValidationMetricsModel::headerData(int section, Qt::Orientation orientation,
                                                 int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        if (section == 0)
            return m_metrics.monthly ? tr("horizon (months)") : tr("horizon (days)");
        return m_columns[section - 1].title;
    }
    if (role == Qt::ToolTipRole && section > 0)
        return m_columns[section - 1].toolTip;
    return {};
}

} // namespace prognos
