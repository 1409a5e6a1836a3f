#pragma once

#include "engine/performancemetrics.h"

#include <QAbstractTableModel>

#include <optional>

namespace prognos {

/// The metrics of a cross-validation by horizon, as a table: the horizon, each metric, then
/// each metric compared with the naive and the seasonal-naive baseline (the model's value
/// divided by the baseline's; below 1 the model does better).
class CrossValidationMetricsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit CrossValidationMetricsModel(QObject *parent = nullptr);

    /// Shows copies of `metrics` and, when given, the baselines' ratios.
    void setMetrics(const MetricsTable &metrics,
                    const std::optional<BaselineComparison> &baselines);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Column
    {
        QString title;
        QString toolTip;
        const std::vector<double> *values = nullptr;
    };

    MetricsTable m_metrics;
    MetricsTable m_naiveRatio;
    MetricsTable m_seasonalRatio;
    QList<Column> m_columns; ///< after the horizon
};

} // namespace prognos
