#pragma once

#include "calendarspan.h"
#include "frequency.h"
#include "timeseries.h"

#include <vector>

namespace prognos {

/// The two simple forecasts every model should beat, made for cross-validation rows: each
/// row (ds, cutoff) is forecast from the history up to its cutoff only.
class BaselineForecast
{
public:
    /// The naive forecast: the last actual value at or before the cutoff. `history` must be
    /// sorted by ds and hold y on every row; `ds` and `cutoff` have one entry per row.
    static std::vector<double> naive(const TimeSeries &history, const std::vector<Timestamp> &ds,
                                     const std::vector<Timestamp> &cutoff);

    /// The seasonal-naive forecast: the actual value whole seasons before ds, at the latest
    /// such date at or before the cutoff. When the history has no row on that date the last
    /// value before it is used; when that date precedes the history, the naive forecast.
    static std::vector<double> seasonalNaive(const TimeSeries &history,
                                             const std::vector<Timestamp> &ds,
                                             const std::vector<Timestamp> &cutoff,
                                             const CalendarSpan &season);

    /// The season implied by a data frequency: 24 hours for steps under a day, 7 days for
    /// daily and business-day data, 52 weeks for weekly data and 12 months for monthly,
    /// quarterly and yearly data.
    static CalendarSpan defaultSeason(const Frequency &frequency);

    /// The season implied by the typical (median) spacing of sorted dates `ds`, by the same
    /// rule: under a day, under a week, under 28 days and longer steps.
    static CalendarSpan defaultSeason(const std::vector<Timestamp> &ds);
};

} // namespace prognos
