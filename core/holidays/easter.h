#pragma once

#include <cstdint>

namespace prognos::holidays {

/// Western (Gregorian) Easter Sunday of `year`, as days since 1970-01-01.
///
/// Uses the anonymous Gregorian computus (Meeus/Jones/Butcher), valid for every year of the
/// Gregorian calendar.
std::int64_t westernEaster(int year);

/// Orthodox Easter Sunday of `year`, as days since 1970-01-01 of the Gregorian calendar.
///
/// Computes the Julian-calendar date with Meeus's Julian computus and converts it to the
/// Gregorian calendar (the Julian calendar lags by 13 days from 1900 to 2099, and by one day
/// more each century year not divisible by 400 after that).
std::int64_t orthodoxEaster(int year);

} // namespace prognos::holidays
