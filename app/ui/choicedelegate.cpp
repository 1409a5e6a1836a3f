#include "choicedelegate.h"

#include <QComboBox>

namespace prognos {

ChoiceDelegate::ChoiceDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                      const QModelIndex &index) const
{
    auto *box = new QComboBox(parent);
    box->addItems(m_choices);
    box->setToolTip(
        index.model()->headerData(index.column(), Qt::Horizontal, Qt::ToolTipRole).toString());
    return box;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *box = static_cast<QComboBox *>(editor);
    const QString current = index.data(Qt::EditRole).toString();
    if (box->findText(current) < 0)
        box->addItem(current);
    box->setCurrentIndex(box->findText(current));
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                  const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentText(), Qt::EditRole);
}

} // namespace prognos
