#include "qualitypanel.h"

#include <QHeaderView>
#include <QPlainTextEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace prognos {

QualityPanel::QualityPanel(QWidget *parent)
    : QWidget(parent)
{
    createLayout();
    connect(m_list, &QTreeWidget::itemActivated, this, &QualityPanel::handleActivated);
    connect(m_list, &QTreeWidget::itemClicked, this, &QualityPanel::handleActivated);
}

void QualityPanel::createLayout()
{
    m_summary = new QPlainTextEdit(this);
    m_summary->setReadOnly(true);
    m_summary->setMaximumHeight(8 * fontMetrics().height());
    m_summary->setToolTip(tr("What the quality check found, one sentence per finding."));
    m_list = new QTreeWidget(this);
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Row"), tr("Column"), tr("Value"), tr("Reason")});
    m_list->header()->setStretchLastSection(true);
    m_list->setToolTip(tr("Click a finding to show its row in the data grid."));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->setStretch(0, 0);
}

void QualityPanel::setFindings(const ImportFindings &findings, const QualityReport &report)
{
    m_list->clear();
    const QStringList summary = report.summary();
    m_summary->setPlainText(summary.isEmpty() ? tr("No problems found.")
                                              : summary.join(QLatin1Char('\n')));

    int count = 0;
    for (const ImportFinding &finding : findings) {
        if (++count > kMaxEntriesPerKind)
            break;
        addEntry(finding.row, finding.column, finding.rawValue, finding.reason);
    }
    addRows(report.missingRows, tr("y"), tr("Missing value"));
    addRows(report.duplicateRows, tr("ds"), tr("Date repeats an earlier row"));
    for (int i = 0; i < std::min<int>(report.outliers.size(), kMaxEntriesPerKind); ++i) {
        const Outlier &outlier = report.outliers.at(i);
        addEntry(outlier.row, tr("y"), QLocale().toString(outlier.value, 'g', 10),
                 tr("Possible outlier: %1").arg(outlier.reason));
    }
    for (int i = 0; i < std::min<int>(report.gaps.size(), kMaxEntriesPerKind); ++i) {
        const DateGap &gap = report.gaps.at(i);
        addEntry(gap.rowAfter, tr("ds"), QString(),
                 tr("%n expected date(s) missing before this row", nullptr, gap.missingDates));
    }
    m_list->resizeColumnToContents(0);
    m_list->resizeColumnToContents(1);
}

void QualityPanel::addRows(const QList<int> &rows, const QString &column, const QString &reason)
{
    for (int i = 0; i < std::min<int>(rows.size(), kMaxEntriesPerKind); ++i)
        addEntry(rows.at(i), column, QString(), reason);
}

void QualityPanel::addEntry(int row, const QString &column, const QString &value,
                            const QString &reason)
{
    auto *item = new QTreeWidgetItem(m_list);
    item->setData(0, Qt::DisplayRole, row > 0 ? QVariant(row) : QVariant(QString()));
    item->setData(0, Qt::UserRole, row);
    item->setText(1, column);
    item->setText(2, value);
    item->setText(3, reason);
    item->setToolTip(3, reason);
}

int QualityPanel::entryCount() const
{
    return m_list->topLevelItemCount();
}

void QualityPanel::handleActivated(QTreeWidgetItem *item)
{
    const int row = item ? item->data(0, Qt::UserRole).toInt() : 0;
    if (row > 0)
        emit recordActivated(row);
}

} // namespace prognos
