#pragma once

#include "engine/holidayevent.h"

#include <QWidget>

#include <vector>

class QPushButton;
class QTableView;

namespace prognos {

class HolidayTableModel;

/// The user's own holidays (Prophet's holidays table) in an editable grid, with buttons to
/// add and remove rows and to import a CSV file with Prophet's columns.
class UserHolidaysEditor : public QWidget
{
    Q_OBJECT

public:
    explicit UserHolidaysEditor(QWidget *parent = nullptr);

    std::vector<HolidayEvent> holidays() const;
    void setHolidays(const std::vector<HolidayEvent> &holidays);
    /// The date a new row starts on (days since 1970-01-01), e.g. the data's last date.
    void setDefaultDay(std::int64_t day) { m_defaultDay = day; }

    /// Replaces the rows by the holidays in CSV `bytes`; on a problem keeps the rows, sets
    /// `error` (row, column and raw value) and returns false.
    bool importCsv(const QByteArray &bytes, QString &error);

    QTableView *view() const { return m_view; }
    HolidayTableModel *model() const { return m_model; }

signals:
    void edited();

private:
    void askAndImport();

    HolidayTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_import = nullptr;
    std::int64_t m_defaultDay = 0;
};

} // namespace prognos
