#pragma once

#include "data/importfinding.h"
#include "data/qualityreport.h"

#include <QWidget>

class QPlainTextEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace prognos {

/// The issues list of a session: import findings and the quality report's row-level
/// problems, each with row, column, raw value and reason. Activating an entry asks the grid
/// to show its row.
class QualityPanel : public QWidget
{
    Q_OBJECT

public:
    /// At most this many entries per kind of finding; the summary gives the full count.
    static constexpr int kMaxEntriesPerKind = 500;

    explicit QualityPanel(QWidget *parent = nullptr);

    void setFindings(const ImportFindings &findings, const QualityReport &report);
    int entryCount() const;

signals:
    /// The user picked a finding about data record `sourceRow` (1-based).
    void recordActivated(int sourceRow);

private:
    void createLayout();
    void addEntry(int row, const QString &column, const QString &value, const QString &reason);
    void addRows(const QList<int> &rows, const QString &column, const QString &reason);
    void handleActivated(QTreeWidgetItem *item);

    QPlainTextEdit *m_summary = nullptr;
    QTreeWidget *m_list = nullptr;
};

} // namespace prognos
