#pragma once

#include "timestamp.h"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace prognos {

/// The output of a prediction: Prophet's `predict()` frame, rows sorted by ds, with the same
/// column names and order as Python Prophet 1.3.0 (ds, trend, [cap], [floor], yhat_lower,
/// yhat_upper, trend_lower, trend_upper, each component with _lower and _upper in sorted
/// order, yhat).
struct Forecast
{
    std::vector<Timestamp> ds;
    std::vector<std::pair<std::string, std::vector<double>>> columns; ///< without ds

    std::size_t size() const { return ds.size(); }
    /// The column of that name, or nullptr.
    const std::vector<double> *column(std::string_view name) const;
    std::vector<double> *column(std::string_view name);
    /// Column names in order, starting with "ds".
    std::vector<std::string> columnNames() const;
};

} // namespace prognos
