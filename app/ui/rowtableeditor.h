#pragma once

#include <QWidget>

class QAbstractItemModel;
class QPushButton;
class QTableView;

namespace prognos {

/// An editable grid with Add and Remove buttons under it, for a model that implements
/// insertRows() and removeRows().
class RowTableEditor : public QWidget
{
    Q_OBJECT

public:
    /// Shows `model` (not owned); `what` names a row in the buttons' tooltips.
    RowTableEditor(QAbstractItemModel *model, const QString &what, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }

private:
    void removeSelected();

    QAbstractItemModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace prognos
