#include "tablecopy.h"

#include "sensitiveclipboard.h"

#include <QAbstractItemView>
#include <QAction>
#include <QItemSelectionModel>
#include <QKeyEvent>

#include <algorithm>
#include <map>

namespace prognos {

namespace {

QString cellText(const QModelIndex &index)
{
    const QVariant copy = index.data(TableCopy::kCopyRole);
    QString text = copy.isValid() ? copy.toString() : index.data(Qt::DisplayRole).toString();
    // A tab or line break inside a cell would split it.
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

} // namespace

TableCopy::TableCopy(QAbstractItemView *view)
    : QObject(view)
    , m_view(view)
{
    view->installEventFilter(this);
}

bool TableCopy::eventFilter(QObject *watched, QEvent *event)
{
    // The Copy key reaches the view itself when the action's shortcut does not take it (the
    // window not yet active, for instance): copy here, never through the view.
    if (watched == m_view && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy)) {
        copySelection(*m_view);
        return true;
    }
    return QObject::eventFilter(watched, event);
}

QAction *TableCopy::install(QAbstractItemView *view)
{
    new TableCopy(view);
    auto *action = new QAction(tr("&Copy"), view);
    action->setObjectName(QStringLiteral("copy_cells"));
    action->setShortcut(QKeySequence::Copy);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(action, &QAction::triggered, view, [view] { copySelection(*view); });
    view->addAction(action);
    return action;
}

QString TableCopy::selectionText(const QAbstractItemView &view)
{
    const QItemSelectionModel *selection = view.selectionModel();
    if (!selection)
        return {};
    QModelIndexList indexes = selection->selectedIndexes();
    if (indexes.isEmpty())
        return {};
    int firstColumn = indexes.first().column();
    int lastColumn = firstColumn;
    std::map<int, std::map<int, QString>> rows;
    for (const QModelIndex &index : std::as_const(indexes)) {
        firstColumn = std::min(firstColumn, index.column());
        lastColumn = std::max(lastColumn, index.column());
        rows[index.row()][index.column()] = cellText(index);
    }
    QString text;
    for (const auto &[row, cells] : rows) {
        for (int column = firstColumn; column <= lastColumn; ++column) {
            if (column > firstColumn)
                text += QLatin1Char('\t');
            const auto it = cells.find(column);
            if (it != cells.end())
                text += it->second;
        }
        text += QLatin1Char('\n');
    }
    return text;
}

bool TableCopy::copySelection(const QAbstractItemView &view)
{
    const QString text = selectionText(view);
    if (text.isEmpty())
        return false;
    SensitiveClipboard::setText(text);
    return true;
}

} // namespace prognos
