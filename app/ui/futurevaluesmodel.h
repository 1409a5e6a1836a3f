#pragma once

#include "futurevalues.h"

#include <QAbstractTableModel>

namespace prognos {

/// The future values as an editable grid: ds, then one column per needed value. Carried
/// values are shown in grey italics with a tooltip saying so; an edited or pasted value is
/// the user's own.
class FutureValuesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit FutureValuesModel(QObject *parent = nullptr);

    const FutureValues &values() const { return m_values; }
    /// Shows `values` (a model reset).
    void setValues(const FutureValues &values);
    /// Whether any shown value was carried forward.
    bool anyCarried() const;

    /// Pastes tab-, comma- or semicolon-separated `text` with its top-left cell at `at`
    /// (the ds column is skipped). On a value that is not a number nothing is changed,
    /// `error` names the cell and the text, and false is returned.
    bool paste(const QModelIndex &at, const QString &text, QString &error);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    /// The user changed values (by editing or pasting).
    void valuesEdited();

private:
    static bool readValue(const QString &text, double &value);

    FutureValues m_values;
};

} // namespace prognos
