#include "rowtableeditor.h"

#include <QAbstractItemModel>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace prognos {

RowTableEditor::RowTableEditor(QAbstractItemModel *model, const QString &what, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QTableView(this))
{
    m_view->setModel(model);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setMinimumHeight(100);
    m_add = new QPushButton(tr("Add"), this);
    m_add->setToolTip(tr("Add a %1.").arg(what));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setToolTip(tr("Remove the selected %1.").arg(what));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this,
            [this] { m_model->insertRows(m_model->rowCount(), 1); });
    connect(m_remove, &QPushButton::clicked, this, &RowTableEditor::removeSelected);
}

void RowTableEditor::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedIndexes())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (int row : std::as_const(rows))
        m_model->removeRows(row, 1);
}

} // namespace prognos
