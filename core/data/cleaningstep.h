#pragma once

#include "outlierdetector.h"
#include "valuetransform.h"

#include "engine/frequency.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace prognos {

/// One step of a cleaning recipe. Steps are values: a recipe is a list of them applied in
/// order to the untouched imported table, so removing a step simply re-runs the rest.
struct CleaningStep
{
    Q_DECLARE_TR_FUNCTIONS(CleaningStep)

public:
    enum class Kind {
        AggregateDuplicates, ///< one row per ds, combined with `aggregator`
        FillMissing,         ///< fill missing y with `fill`
        ExcludeOutliers,     ///< blank y of outlier rows; the rows stay
        Transform,           ///< log or log1p of y, cap and floor
        Resample,            ///< to the coarser `frequency`, combined with `aggregator`
        DateRange,           ///< keep from <= ds <= to
        SelectGroup,         ///< keep the rows of one group value
    };
    /// How several values become one. Missing values are ignored; a group of only missing
    /// values gives a missing value.
    enum class Aggregator { Mean, Median, Sum, Min, Max, First, Last };
    /// How missing y values are filled.
    enum class Fill {
        Leave,       ///< Prophet fits without them (recommended)
        Linear,      ///< straight line in time between the neighbouring values
        ForwardFill, ///< the last value before
        Zero,        ///< 0
    };

    Kind kind = Kind::FillMissing;
    Aggregator aggregator = Aggregator::Mean;
    Fill fill = Fill::Leave;
    ValueTransform::Kind transform = ValueTransform::Kind::Log;
    Frequency frequency;           ///< Resample target
    std::optional<Timestamp> from; ///< DateRange start (inclusive), open when unset
    std::optional<Timestamp> to;   ///< DateRange end (inclusive), open when unset
    QString groupValue;            ///< SelectGroup
    QList<int> rows;               ///< ExcludeOutliers: these data records; empty = detect
    double outlierThreshold = OutlierDetector::kDefaultThreshold;

    static CleaningStep aggregateDuplicates(Aggregator aggregator);
    static CleaningStep fillMissing(Fill fill);
    static CleaningStep excludeOutliers(const QList<int> &rows = {});
    static CleaningStep transformValues(ValueTransform::Kind transform);
    static CleaningStep resample(const Frequency &frequency, Aggregator aggregator);
    static CleaningStep dateRange(std::optional<Timestamp> from, std::optional<Timestamp> to);
    static CleaningStep selectGroup(const QString &value);

    /// A translated one-line description, e.g. "Aggregate duplicate dates: sum".
    QString describe() const;
    /// The translated name of an aggregator.
    static QString aggregatorName(Aggregator aggregator);
};

} // namespace prognos
