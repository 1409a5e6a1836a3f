#pragma once

#include "engine/timeseries.h"

#include <QStringList>

#include <map>
#include <string>
#include <vector>

namespace prognos {

/// The values the forecast needs on the horizon's dates besides ds: cap and floor for
/// logistic growth, each regressor and each seasonality condition. A value not given by the
/// user is filled by carrying the column's last known value forward and marked as carried.
struct FutureValues
{
    std::vector<Timestamp> ds;               ///< the horizon's dates
    std::vector<std::string> names;          ///< the columns, in the order shown
    std::vector<std::vector<double>> values; ///< [column][row]; NaN where nothing is known
    std::vector<std::vector<bool>> carried;  ///< [column][row]: filled from the last value

    std::size_t columnCount() const { return names.size(); }
    /// The column called `name`, or -1.
    int columnOf(const std::string &name) const;

    /// New values for `dates` and `columns`: what `previous` held for the same date and column is
    /// kept (given or carried), the rest carries `lastKnown[name]` (NaN when unknown).
    static FutureValues rebuild(const FutureValues &previous, const std::vector<Timestamp> &dates,
                                const std::vector<std::string> &columns,
                                const std::map<std::string, double> &lastKnown);

    /// Problems that stop a run: missing or non-finite values, a cap not above the floor.
    QStringList problems() const;

    /// The values as a future frame: ds, then cap, floor and the other columns.
    TimeSeries toTimeSeries() const;
};

} // namespace prognos
