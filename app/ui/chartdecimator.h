#pragma once

#include "engine/timestamp.h"

#include <QList>
#include <QPointF>

#include <vector>

namespace prognos {

/// Turns engine columns into chart points: the x of a point is the date on the chart's
/// QDateTimeAxis, and long series keep, per bucket of neighbouring rows, the first, the
/// lowest, the highest and the last point, so that every peak stays visible.
class ChartDecimator
{
public:
    /// Above this many rows a series is decimated for display.
    static constexpr int kMaxPoints = 4000;

    /// The axis value of a naive date: QDateTimeAxis shows local time, so the wall clock of
    /// `ds` is read as local time (at the day's UTC offset). GUI thread only.
    static qreal toAxis(Timestamp ds);

    /// Points (ds[i], values[i]) for the rows `first` to `last` (exclusive), NaN values left
    /// out, decimated to about kMaxPoints.
    static QList<QPointF> points(const std::vector<Timestamp> &ds,
                                 const std::vector<double> &values, std::size_t first = 0,
                                 std::size_t last = std::size_t(-1));

private:
    static void appendBucket(const std::vector<Timestamp> &ds, const std::vector<double> &values,
                             std::size_t begin, std::size_t end, QList<QPointF> &out);
};

} // namespace prognos
