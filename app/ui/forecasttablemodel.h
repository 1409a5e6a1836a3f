#pragma once

#include "engine/forecast.h"
#include "engine/timeseries.h"

#include <QAbstractTableModel>

#include <vector>

namespace prognos {

/// The forecast frame as a read-only grid: ds, the actual y where there is one, then the
/// engine's columns in Prophet's order.
class ForecastTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit ForecastTableModel(QObject *parent = nullptr);

    /// Shows `forecast` with the actuals of `history` (both must outlive the model or the
    /// next call; pass nullptr to clear).
    void setForecast(const Forecast *forecast, const TimeSeries *history);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const Forecast *m_forecast = nullptr;
    std::vector<double> m_actual; ///< y by forecast row, NaN where there is none
};

} // namespace prognos
