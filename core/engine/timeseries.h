#pragma once

#include "timestamp.h"

#include <map>
#include <string>
#include <vector>

namespace prognos {

/// A table as the engine consumes it: Prophet's data frame with `ds`, `y` and optional
/// `cap`, `floor`, regressor and condition columns. Rows may come in any order.
struct TimeSeries
{
    std::vector<Timestamp> ds;
    std::vector<double> y;     ///< NaN marks a missing value; empty for a future frame
    std::vector<double> cap;   ///< empty when absent
    std::vector<double> floor; ///< empty when absent
    /// Extra regressor and condition columns by name (conditions hold 0 or 1).
    std::map<std::string, std::vector<double>> columns;

    std::size_t size() const { return ds.size(); }
    bool hasCap() const { return !cap.empty(); }
    bool hasFloor() const { return !floor.empty(); }
};

} // namespace prognos
