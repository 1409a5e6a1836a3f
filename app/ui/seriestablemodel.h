#pragma once

#include "data/qualityreport.h"
#include "data/seriestable.h"

#include <QAbstractTableModel>

#include <vector>

namespace prognos {

/// The session's imported rows as a grid: the data record, ds, y, then cap, floor and the
/// regressors when present. Missing, duplicated, outlier and excluded values are coloured and
/// explained in a tooltip. The model reads the table in place, so a million rows cost no copy.
class SeriesTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /// What is special about a row, as bit flags.
    enum RowFlag : quint8 {
        Missing = 1,
        Duplicate = 2,
        Outlier = 4,
        Excluded = 8,
    };

    explicit SeriesTableModel(QObject *parent = nullptr);

    /// Shows `table` (which must outlive the model or the next call) with `report`'s flags.
    void setTable(const SeriesTable *table, const QualityReport &report);

    /// The grid row of data record `sourceRow`, or -1.
    int rowOfRecord(int sourceRow) const;
    quint8 rowFlags(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Column
    {
        QString title;
        const std::vector<double> *values = nullptr; ///< null for the record and ds columns
    };

    void buildColumns();
    void buildFlags(const QualityReport &report);
    void flagRecords(const QList<int> &records, RowFlag flag);
    QVariant displayValue(int row, int column) const;
    QVariant background(int row, int column) const;
    QVariant toolTip(int row, int column) const;
    bool isValueColumn(int column) const { return column >= 2; }

    const SeriesTable *m_table = nullptr;
    std::vector<Column> m_columns;
    std::vector<quint8> m_flags;
    QHash<int, QString> m_outlierReasons; ///< by grid row
};

} // namespace prognos
