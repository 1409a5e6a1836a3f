#pragma once

#include "engine/timestamp.h"

namespace prognos {

/// A date read from a cell.
struct ParsedDate
{
    Timestamp wallClock = 0; ///< the date and time as written (local wall-clock time)
    bool hasOffset = false;  ///< whether the text carried a UTC offset
    int offsetMinutes = 0;   ///< the offset east of UTC, e.g. +120 for "+02:00"
};

} // namespace prognos
