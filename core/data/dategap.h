#pragma once

#include "engine/timestamp.h"

namespace prognos {

/// A stretch of expected dates with no row.
struct DateGap
{
    int rowBefore = 0;  ///< data record of the last row before the gap
    int rowAfter = 0;   ///< data record of the first row after it
    Timestamp from = 0; ///< ds of the row before
    Timestamp to = 0;   ///< ds of the row after
    int missingDates = 0;
};

} // namespace prognos
