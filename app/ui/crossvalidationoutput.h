#pragma once

#include "engine/crossvalidation.h"
#include "engine/performancemetrics.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace prognos {

/// What a cross-validation run produced: the folds, their predictions, the metrics by
/// horizon and the baselines' metrics, with the settings that made them.
struct CrossValidationOutput
{
    Status status = Status::Failed;
    QString message; ///< why it failed, for the user
    QStringList warnings;
    ProphetConfig config;     ///< the model settings every cutoff was fitted with
    CrossValidationConfig cv; ///< the spans as the user gave them
    MetricsOptions metricsOptions;
    CutoffPlan plan;     ///< the spans in force and the cutoffs
    CalendarSpan season; ///< season of the seasonal-naive baseline
    CrossValidationFrame frame;
    MetricsTable metrics;
    std::optional<BaselineComparison> baselines;
    qint64 elapsedMs = 0;
    bool ok() const { return status == Status::Ok; }
};

} // namespace prognos
