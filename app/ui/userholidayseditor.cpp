#include "userholidayseditor.h"

#include "filedialogguard.h"
#include "holidaycsvreader.h"
#include "holidaytablemodel.h"
#include "uilogging.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace prognos {

UserHolidaysEditor::UserHolidaysEditor(QWidget *parent)
    : QWidget(parent)
    , m_model(new HolidayTableModel(this))
    , m_view(new QTableView(this))
{
    m_view->setObjectName(QStringLiteral("holidaysTable"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setMinimumHeight(120);
    m_view->setToolTip(tr("Your own holidays and events, one row per date. Each name gets its "
                          "own effect, learned from its past dates and applied to its future "
                          "ones. Double-click a cell to edit it."));
    m_add = new QPushButton(tr("Add"), this);
    m_add->setToolTip(tr("Add a holiday row on the data's last date."));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setToolTip(tr("Remove the selected rows."));
    m_import = new QPushButton(tr("Import…"), this);
    m_import->setToolTip(tr("Replace the rows by a CSV file with Prophet's columns holiday, "
                            "ds, lower_window, upper_window and prior_scale."));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_import);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this,
            [this] { m_model->appendHoliday(tr("holiday"), m_defaultDay); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        QList<int> rows;
        for (const QModelIndex &index : m_view->selectionModel()->selectedIndexes())
            rows.append(index.row());
        m_model->removeHolidays(rows);
    });
    connect(m_import, &QPushButton::clicked, this, &UserHolidaysEditor::askAndImport);
    connect(m_model, &HolidayTableModel::edited, this, &UserHolidaysEditor::edited);
}

std::vector<HolidayEvent> UserHolidaysEditor::holidays() const
{
    return m_model->holidays();
}

void UserHolidaysEditor::setHolidays(const std::vector<HolidayEvent> &holidays)
{
    m_model->setHolidays(holidays);
}

bool UserHolidaysEditor::importCsv(const QByteArray &bytes, QString &error)
{
    std::vector<HolidayEvent> holidays;
    if (!HolidayCsvReader::read(bytes, holidays, error))
        return false;
    m_model->setHolidays(std::move(holidays));
    qCInfo(lcUi) << "holidays imported";
    emit edited();
    return true;
}

void UserHolidaysEditor::askAndImport()
{
    QString path;
    {
        // Qt's own dialog, which leaves no trace in the desktop's recent files.
        const FileDialogGuard guard;
        QFileDialog dialog(this, tr("Import Holidays"));
        dialog.setOption(QFileDialog::DontUseNativeDialog);
        dialog.setFileMode(QFileDialog::ExistingFile);
        dialog.setNameFilters({tr("CSV files (*.csv *.tsv *.txt)"), tr("All files (*)")});
        if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
            return;
        path = dialog.selectedFiles().first();
    }
    QFile file(path);
    QString error;
    if (!file.open(QIODevice::ReadOnly))
        error = file.errorString();
    else if (importCsv(file.readAll(), error))
        return;
    QMessageBox::warning(this, tr("Cannot import the holidays"), error);
}

} // namespace prognos
