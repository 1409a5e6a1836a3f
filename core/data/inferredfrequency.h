#pragma once

#include "engine/frequency.h"

#include <QString>

namespace prognos {

/// The spacing found in a series of dates.
struct InferredFrequency
{
    bool regular = false; ///< every step is a whole number of `frequency` steps
    Frequency frequency;  ///< meaningful when regular
    int steps = 0;        ///< number of steps between consecutive distinct dates
    int exactSteps = 0;   ///< steps of exactly one period (the others are gaps)
    int missingDates = 0; ///< expected dates absent inside the span (sum over the gaps)
    QString description;  ///< e.g. "weekly, on Monday", "monthly, first of month", "irregular"
};

} // namespace prognos
