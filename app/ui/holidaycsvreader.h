#pragma once

#include "engine/holidayevent.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <vector>

namespace prognos {

/// Reads a holidays table from CSV text held in memory, with Prophet's columns: `holiday`
/// and `ds` (YYYY-MM-DD) required, `lower_window`, `upper_window` (whole numbers, 0 when
/// absent) and `prior_scale` (empty: the model's holidays_prior_scale) optional. Columns
/// are found by name in the header, in any order; other columns are ignored.
class HolidayCsvReader
{
    Q_DECLARE_TR_FUNCTIONS(HolidayCsvReader)

public:
    /// Reads `bytes` into `holidays`. On failure returns false and sets `error` to one
    /// sentence naming the row, the column and the raw value (or the missing column);
    /// `holidays` is then left empty.
    static bool read(const QByteArray &bytes, std::vector<HolidayEvent> &holidays, QString &error);
};

} // namespace prognos
