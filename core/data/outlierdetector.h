#pragma once

#include "inferredfrequency.h"
#include "outlier.h"
#include "seriestable.h"

#include <QCoreApplication>
#include <QList>

namespace prognos {

/// Flags single values far from their neighbourhood, robustly and explainably.
///
/// Method ("rolling median and MAD"): the series, sorted by ds, is split into a trend (centred
/// rolling median over one seasonal period, at least 7 values), a seasonal level (the median
/// residual of the same weekday, hour of day or month, when the frequency has such a period
/// and at least two periods of data) and a residual. The residual's spread is the median
/// absolute deviation scaled by 1.4826, a consistent estimator of the standard deviation for
/// normal data (Rousseeuw & Croux 1993). A value is an outlier when its residual is more
/// than `threshold` such deviations from the median residual. The spread is never taken
/// below 10 % of the series' own robust spread (1.4826 × MAD of y), so that a nearly
/// deterministic series does not flag rounding-level wiggles. Missing values are skipped.
class OutlierDetector
{
    Q_DECLARE_TR_FUNCTIONS(OutlierDetector)

public:
    /// The default threshold in robust standard deviations.
    static constexpr double kDefaultThreshold = 5.0;

    /// Finds the outliers of `series` (any order) with its inferred frequency.
    static QList<Outlier> detect(const SeriesTable &series, const InferredFrequency &frequency,
                                 double threshold = kDefaultThreshold);

    /// The method's name, as the quality report shows it.
    static QString methodName(double threshold = kDefaultThreshold);
};

} // namespace prognos
