#pragma once

#include "engine/seasonalityspec.h"

#include <QAbstractTableModel>

#include <vector>

namespace prognos {

/// Custom seasonalities (Prophet's add_seasonality) as an editable grid: name, period in
/// days, Fourier order, prior scale and mode (empty: the model's), condition column.
class SeasonalityTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Period, FourierOrder, PriorScale, Mode, Condition, ColumnCount };

    explicit SeasonalityTableModel(QObject *parent = nullptr);

    const std::vector<SeasonalitySpec> &seasonalities() const { return m_rows; }
    void setSeasonalities(std::vector<SeasonalitySpec> seasonalities);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    /// Appends rows of a monthly seasonality (period 30.5 days, order 5) to start from.
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

signals:
    void seasonalitiesEdited();

private:
    std::vector<SeasonalitySpec> m_rows;
};

} // namespace prognos
