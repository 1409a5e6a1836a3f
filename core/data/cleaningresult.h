#pragma once

#include "seriestable.h"
#include "valuetransform.h"

#include <QList>
#include <QStringList>

namespace prognos {

/// The outcome of a cleaning recipe.
struct CleaningResult
{
    bool ok = false;
    QString error;            ///< names the step that failed and why
    SeriesTable table;        ///< the cleaned rows, sorted by ds
    TimeSeries series;        ///< the same rows as the engine's data frame
    ValueTransform transform; ///< invert yhat, yhat_lower and yhat_upper with this
    QStringList log;          ///< one line per step: what it did, with rows
    QList<int> excludedRows;  ///< data records whose y an outlier step blanked
};

} // namespace prognos
