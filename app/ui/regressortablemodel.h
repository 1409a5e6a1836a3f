#pragma once

#include "engine/regressorspec.h"
#include "spectablemodel.h"

#include <QStringList>

#include <vector>

namespace prognos {

/// Extra regressors (Prophet's add_regressor) as an editable grid: the data column each one
/// reads, its prior scale and mode (empty: the model's) and whether it is standardized.
class RegressorTableModel : public SpecTableModel
{
    Q_OBJECT

public:
    enum Column { Name, PriorScale, Mode, Standardize, ColumnCount };

    explicit RegressorTableModel(QObject *parent = nullptr);

    const std::vector<RegressorSpec> &regressors() const { return m_rows; }
    void setRegressors(std::vector<RegressorSpec> regressors);
    /// The data columns a new row may read; the first unused one is taken.
    void setColumns(const QStringList &columns) { m_columns = columns; }

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    int rows() const override { return int(m_rows.size()); }
    int columns() const override { return ColumnCount; }
    QVariant cell(int row, int column) const override;
    bool setCell(int row, int column, const QString &text) override;
    void insertNewRow(int row) override;
    void eraseRows(int row, int count) override;

private:
    std::vector<RegressorSpec> m_rows;
    QStringList m_columns;
};

} // namespace prognos
