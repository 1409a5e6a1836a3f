#pragma once

namespace prognos {

/// The forecast horizon as the user gives it: an amount of a calendar unit.
struct Horizon
{
    enum class Unit { Steps, Days, Weeks, Months, Years };
    int amount = 90;
    Unit unit = Unit::Days;
};

} // namespace prognos
