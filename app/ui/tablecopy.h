#pragma once

#include <QObject>
#include <QString>

class QAbstractItemView;
class QAction;

namespace prognos {

/// Copies the selected cells of a table view as tab-separated text, through
/// SensitiveClipboard, so that a copied table is marked sensitive like a copied chart.
class TableCopy : public QObject
{
    Q_OBJECT

public:
    /// The role a model answers with a cell's text for copying (numbers at full precision);
    /// cells without it are copied as displayed.
    static constexpr int kCopyRole = Qt::UserRole + 40;

    /// Adds a Copy action to `view`, with the Copy shortcut while the view has focus, and
    /// takes the Copy key from the view's own copy of the current cell, which is not marked.
    static QAction *install(QAbstractItemView *view);

    /// The selected cells, one line per row that has any, separated by tabs from the
    /// selection's first column to its last; unselected cells in between are empty.
    static QString selectionText(const QAbstractItemView &view);

    /// Puts selectionText() on the clipboard; false when nothing is selected.
    static bool copySelection(const QAbstractItemView &view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit TableCopy(QAbstractItemView *view);

    QAbstractItemView *m_view;
};

} // namespace prognos
