#pragma once

#include "engine/seasonalityspec.h"
#include "spectablemodel.h"

#include <vector>

namespace prognos {

/// Custom seasonalities (Prophet's add_seasonality) as an editable grid: name, period in
/// days, Fourier order, prior scale and mode (empty: the model's), condition column.
class SeasonalityTableModel : public SpecTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Period, FourierOrder, PriorScale, Mode, Condition, ColumnCount };

    explicit SeasonalityTableModel(QObject *parent = nullptr);

    const std::vector<SeasonalitySpec> &seasonalities() const { return m_rows; }
    void setSeasonalities(std::vector<SeasonalitySpec> seasonalities);

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    /// Appends rows of a monthly seasonality (period 30.5 days, order 5) to start from.

protected:
    int rows() const override { return int(m_rows.size()); }
    int columns() const override { return ColumnCount; }
    QVariant cell(int row, int column) const override;
    bool setCell(int row, int column, const QString &text) override;
    void insertNewRow(int row) override;
    void eraseRows(int row, int count) override;

private:
    std::vector<SeasonalitySpec> m_rows;
};

} // namespace prognos
