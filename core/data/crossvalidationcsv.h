#pragma once

#include "engine/crossvalidationframe.h"
#include "engine/performancemetrics.h"

#include <QByteArray>

namespace prognos {

/// The cross-validation as CSV (through CsvWriter: RFC 4180, numbers in their shortest
/// round-trip form), written the same by `prognos-cli cv` and the desktop app's exports.
class CrossValidationCsv
{
public:
    /// The per-cutoff predictions: ds, y, yhat, yhat_lower, yhat_upper, cutoff, naive,
    /// seasonal_naive (empty cells where the frame has no intervals or baselines).
    static QByteArray predictions(const CrossValidationFrame &frame);

    /// The metrics by horizon: horizon_days (horizon_months for calendar-month spans), one
    /// column per metric, then with `baselines` each metric's ratio to the naive
    /// (`<metric>_vs_naive`) and seasonal-naive (`<metric>_vs_seasonal_naive`) forecasts.
    static QByteArray metrics(const MetricsTable &metrics,
                              const BaselineComparison *baselines = nullptr);
};

} // namespace prognos
