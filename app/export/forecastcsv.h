#pragma once

#include "reportdata.h"

#include <QByteArray>

namespace prognos {

/// The CSV exports: RFC 4180, numbers in their shortest round-trip form (CsvWriter), so that
/// reading a file back gives the same bits.
class ForecastCsv
{
public:
    /// ds, y (the actual value, empty where there is none) and Prophet's prediction columns
    /// in Prophet's order. Without `withComponents` only ds, y, yhat, yhat_lower,
    /// yhat_upper, trend and, when present, cap and floor are written.
    static QByteArray forecast(const ReportData &data, bool withComponents = true);

    /// The cross-validation rows, as `prognos-cli cv --folds` writes them
    /// (CrossValidationCsv::predictions).
    static QByteArray cvPredictions(const CrossValidationFrame &frame);

    /// The metrics by horizon, with the baselines' ratios when given, as `prognos-cli cv -o`
    /// writes them (CrossValidationCsv::metrics).
    static QByteArray cvMetrics(const MetricsTable &metrics,
                                const BaselineComparison *baselines = nullptr);

private:
    static bool isBasicColumn(const std::string &name);
};

} // namespace prognos
