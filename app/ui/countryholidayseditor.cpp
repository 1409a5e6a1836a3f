#include "countryholidayseditor.h"

#include "countryholidaymodel.h"

#include "holidays/holidaycalendar.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace prognos {

CountryHolidaysEditor::CountryHolidaysEditor(QWidget *parent)
    : QWidget(parent)
    , m_model(new CountryHolidayModel(this))
    , m_view(new QTableView(this))
    , m_note(new QLabel(this))
{
    m_view->setObjectName(QStringLiteral("countryHolidaysTable"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setMinimumHeight(160);
    m_view->setToolTip(tr("The chosen country's holidays over the data and the horizon. "
                          "Uncheck one to leave it out of the model; give it a window when "
                          "the days around it are affected too."));
    m_note->setObjectName(QStringLiteral("countryHolidaysNote"));
    m_note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addWidget(m_note);
    connect(m_model, &CountryHolidayModel::overridesEdited, this, &CountryHolidaysEditor::edited);
}

void CountryHolidaysEditor::setCountry(const std::string &country, Timestamp first, Timestamp last,
                                       const std::vector<CountryHolidayOverride> &overrides)
{
    m_model->setCountry(country, first, last, overrides);
    const int lastYear = CivilTime::fromTimestamp(last).year;
    m_view->resizeColumnToContents(CountryHolidayModel::Enabled);
    m_view->resizeColumnToContents(CountryHolidayModel::Name);
    QString note;
    if (country.empty()) {
        note = tr("Choose a country above to list its holidays.");
    } else if (const auto until = HolidayCalendar::tabulatedUntil(country);
               until && *until < lastYear) {
        note = tr("The calendar tabulates this country's lunar and other non-rule holidays "
                  "only until %1: their dates after %1 are missing from this list and from "
                  "the model.")
                   .arg(*until);
    }
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

std::vector<CountryHolidayOverride> CountryHolidaysEditor::overrides() const
{
    return m_model->overrides();
}

QStringList CountryHolidaysEditor::enabledNames() const
{
    QStringList names;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex enabled = m_model->index(row, CountryHolidayModel::Enabled);
        if (enabled.data(Qt::CheckStateRole).toInt() == Qt::Checked)
            names.append(m_model->index(row, CountryHolidayModel::Name).data().toString());
    }
    return names;
}

} // namespace prognos
