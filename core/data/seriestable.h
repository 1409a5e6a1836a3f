#pragma once

#include "engine/timeseries.h"

#include <QString>

#include <map>
#include <string>
#include <vector>

namespace prognos {

/// The rows of an imported file that have a usable date, as read, in file order; and, after
/// cleaning, the rows as the steps left them.
///
/// Every row remembers the data record it came from (`sourceRow`, 1-based) so that findings
/// and exclusions can name it. Missing values are NaN.
struct SeriesTable
{
    std::vector<int> sourceRow; ///< data record number, 1-based; 0 for rows made by cleaning
    std::vector<Timestamp> ds;
    std::vector<double> y;
    std::vector<double> cap;   ///< empty when there is no cap column
    std::vector<double> floor; ///< empty when there is no floor column
    std::map<std::string, std::vector<double>> regressors;
    std::vector<QString> group; ///< empty when there is no group column
    std::vector<bool> excluded; ///< y was blanked by an outlier step
    QString groupColumn;

    std::size_t size() const { return ds.size(); }
    bool empty() const { return ds.empty(); }

    /// Appends the row `row` of `other` (which has the same columns).
    void appendRow(const SeriesTable &other, std::size_t row);
    /// An empty table with the same columns.
    SeriesTable emptyCopy() const;
    /// The rows in ascending ds order (stable, so equal dates keep their file order).
    SeriesTable sortedByDs() const;
    /// The engine's data frame: rows sorted by ds; cap, floor and regressors carried along.
    TimeSeries toTimeSeries() const;
};

} // namespace prognos
