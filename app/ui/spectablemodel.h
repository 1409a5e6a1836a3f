#pragma once

#include <QAbstractTableModel>

namespace prognos {

/// The common part of the settings' editable tables (user holidays, custom seasonalities,
/// regressors): a flat list of rows whose cells are read and edited as text. A subclass holds
/// the rows and says how a cell reads and how an edit is taken; an edit that cannot be read is
/// refused and leaves the cell as it was.
class SpecTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

signals:
    /// A row was added, removed or changed by the user.
    void edited();

protected:
    explicit SpecTableModel(QObject *parent = nullptr);

    virtual int rows() const = 0;
    virtual int columns() const = 0;
    /// What cell (`row`, `column`) shows and offers for editing.
    virtual QVariant cell(int row, int column) const = 0;
    /// Takes `text` (trimmed) into cell (`row`, `column`); false when it cannot be read.
    virtual bool setCell(int row, int column, const QString &text) = 0;
    /// Puts a new row, filled as the table suggests it, at `row`.
    virtual void insertNewRow(int row) = 0;
    /// Removes the rows from `row` to `row + count - 1`.
    virtual void eraseRows(int row, int count) = 0;
};

} // namespace prognos
