#pragma once

#include <QString>

#include <cstddef>

namespace prognos {

/// One value that stands out from the rest of the series.
struct Outlier
{
    std::size_t index = 0; ///< position in the SeriesTable that was examined
    int row = 0;           ///< data record, 1-based
    double value = 0.0;
    double expected = 0.0; ///< trend plus seasonal level at that date
    double score = 0.0;    ///< distance from expected in robust standard deviations
    QString reason;        ///< e.g. "about 99× the median (101)"
};

} // namespace prognos
