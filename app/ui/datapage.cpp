#include "datapage.h"

#include "cleaningpanel.h"
#include "holidaymarkers.h"
#include "qualitypanel.h"
#include "rawchartview.h"
#include "seriestablemodel.h"
#include "session.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace prognos {

DataPage::DataPage(QWidget *parent)
    : QWidget(parent)
{
    createWidgets();
    createLayout();
    connect(m_showHolidays, &QCheckBox::toggled, m_chart, &RawChartView::setHolidaysVisible);
}

void DataPage::createWidgets()
{
    m_chart = new RawChartView(this);
    m_showHolidays = new QCheckBox(tr("Show holidays"), this);
    m_showHolidays->setObjectName(QStringLiteral("show_holidays"));
    m_showHolidays->setToolTip(tr("Mark the dates of the model's holidays (its country and "
                                  "your own) on the chart; hover a mark for its name."));
    m_grid = new QTableView(this);
    m_grid->verticalHeader()->hide();
    m_grid->verticalHeader()->setDefaultSectionSize(m_grid->fontMetrics().height() + 6);
    m_grid->horizontalHeader()->setDefaultSectionSize(120);
    m_grid->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_grid->setAlternatingRowColors(true);
    m_gridModel = new SeriesTableModel(this);
    m_grid->setModel(m_gridModel);
    m_quality = new QualityPanel(this);
    m_cleaning = new CleaningPanel(this);
}

void DataPage::createLayout()
{
    auto *chartBox = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_chart, 1);
    auto *options = new QHBoxLayout;
    options->addStretch(1);
    options->addWidget(m_showHolidays);
    chartLayout->addLayout(options);

    auto *side = new QSplitter(Qt::Vertical, this);
    side->addWidget(m_quality);
    side->addWidget(m_cleaning);
    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(m_grid);
    bottom->addWidget(side);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);
    auto *page = new QSplitter(Qt::Vertical, this);
    page->addWidget(chartBox);
    page->addWidget(bottom);
    page->setStretchFactor(0, 1);
    page->setStretchFactor(1, 1);
    page->setSizes({420, 380});
    m_chart->setMinimumHeight(260);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(page);
}

void DataPage::setSession(Session *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_cleaning->setSession(session);
    if (!m_session) {
        m_gridModel->setTable(nullptr, {});
        m_chart->clearData();
        return;
    }
    connect(m_session, &Session::cleaningChanged, this, &DataPage::refresh);
    connect(m_session, &Session::settingsChanged, this, &DataPage::refreshHolidays);
    refresh();
}

void DataPage::refresh()
{
    if (!m_session)
        return;
    const bool cleaning = !m_session->pipeline().steps().isEmpty();
    m_gridModel->setTable(&m_session->table(), m_session->quality());
    m_grid->resizeColumnToContents(1);
    m_quality->setFindings(m_session->import().findings, m_session->quality());
    m_chart->setData(m_session->import().series, m_session->rawQuality(), m_session->cleaned(),
                     cleaning);
    refreshHolidays();
}

void DataPage::refreshHolidays()
{
    if (!m_session)
        return;
    const QualityReport &raw = m_session->rawQuality();
    m_chart->setHolidays(holidayMarkers(m_session->config(), raw.first, raw.last));
}

bool DataPage::showRecord(int sourceRow)
{
    const int row = m_gridModel->rowOfRecord(sourceRow);
    if (row < 0)
        return false;
    const QModelIndex index = m_gridModel->index(row, 2);
    m_grid->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_grid->setCurrentIndex(index);
    return true;
}

} // namespace prognos
