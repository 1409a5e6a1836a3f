#pragma once

#include "engine/holidayevent.h"
#include "spectablemodel.h"

#include <vector>

namespace prognos {

/// The user's holidays as Prophet's holidays table: one editable row per occurrence with the
/// columns holiday, ds, lower_window, upper_window and prior_scale (empty: the model's
/// holidays_prior_scale). Edits that cannot be read (a date that is not YYYY-MM-DD, a window
/// that is not a whole number) are refused and leave the cell as it was.
class HolidayTableModel : public SpecTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Date, LowerWindow, UpperWindow, PriorScale, ColumnCount };

    explicit HolidayTableModel(QObject *parent = nullptr);

    const std::vector<HolidayEvent> &holidays() const { return m_rows; }
    /// Replaces every row (a model reset).
    void setHolidays(std::vector<HolidayEvent> holidays);
    /// Appends a row named `name` on `day` (days since 1970-01-01).
    void appendHoliday(const QString &name, std::int64_t day);
    /// Removes the rows in `rows` (any order).
    void removeHolidays(QList<int> rows);

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    int rows() const override { return int(m_rows.size()); }
    int columns() const override { return ColumnCount; }
    QVariant cell(int row, int column) const override;
    bool setCell(int row, int column, const QString &text) override;
    void insertNewRow(int row) override;
    void eraseRows(int row, int count) override;

private:
    std::vector<HolidayEvent> m_rows;
};

} // namespace prognos
