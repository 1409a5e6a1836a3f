#pragma once

#include "engine/regressorspec.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace prognos {

/// Extra regressors (Prophet's add_regressor) as an editable grid: the data column each one
/// reads, its prior scale and mode (empty: the model's) and whether it is standardized.
class RegressorTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, PriorScale, Mode, Standardize, ColumnCount };

    explicit RegressorTableModel(QObject *parent = nullptr);

    const std::vector<RegressorSpec> &regressors() const { return m_rows; }
    void setRegressors(std::vector<RegressorSpec> regressors);
    /// The data columns a new row may read; the first unused one is taken.
    void setColumns(const QStringList &columns) { m_columns = columns; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

signals:
    void regressorsEdited();

private:
    std::vector<RegressorSpec> m_rows;
    QStringList m_columns;
};

} // namespace prognos
