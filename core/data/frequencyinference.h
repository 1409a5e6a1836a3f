#pragma once

#include "inferredfrequency.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace prognos {

/// Finds the frequency of a set of dates, for the quality report and the engine's future dates.
///
/// The dates are sorted and duplicates ignored. Dates that all fall on the first, the last or
/// one given day of the month and step by whole months are monthly (or quarterly, yearly);
/// otherwise the most common step is the period: N seconds, minutes or hours, N days, weeks
/// (keeping the weekday) or business days (a daily series that never has a Saturday or Sunday).
/// The series is regular when at least 95 % of the steps are whole multiples of the period.
class FrequencyInference
{
    Q_DECLARE_TR_FUNCTIONS(FrequencyInference)

public:
    /// Infers the frequency of `dates` (any order, duplicates allowed).
    static InferredFrequency infer(std::vector<Timestamp> dates);

    /// How many expected dates of `frequency` lie strictly between `from` and `to`.
    static int missingBetween(const Frequency &frequency, Timestamp from, Timestamp to);

    /// A translated description such as "weekly, on Monday"; `sample`, one date of the series,
    /// gives the weekday or the day of month when known.
    static QString describe(const Frequency &frequency, std::optional<Timestamp> sample = {});

    /// The English weekday name of a day number (0 = Monday).
    static QString weekdayName(int weekday);
};

} // namespace prognos
