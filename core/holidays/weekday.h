#pragma once

namespace prognos::holidays {

/// Day of the week, numbered as CivilTime::weekday() numbers it.
enum Weekday : int { Monday = 0, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday };

} // namespace prognos::holidays
