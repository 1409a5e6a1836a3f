#pragma once

#include <QStringList>
#include <QStyledItemDelegate>

namespace prognos {

/// Edits a cell with a drop-down of fixed choices (the text written into the model).
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ChoiceDelegate(QObject *parent = nullptr);

    /// The texts offered; an empty text stands for "the default".
    void setChoices(const QStringList &choices) { m_choices = choices; }
    const QStringList &choices() const { return m_choices; }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    QStringList m_choices;
};

} // namespace prognos
