#pragma once

#include "holidays/holidayyear.h"

namespace prognos::holidays::countries {

/// Christmas Day and Boxing Day (25 and 26 December) as in the United Kingdom and much of
/// the Commonwealth: when either falls on a weekend, "(Observed)" days follow on 27 December
/// (Christmas) and 28 December (Boxing Day).
void addChristmasAndBoxingDay(HolidayYear &year, const char *christmas = "Christmas Day",
                              const char *boxingDay = "Boxing Day");

/// `name` on `day`, plus "`name` (Observed)" on the next Monday when `day` is on a weekend.
void addWithNextMonday(HolidayYear &year, const char *name, std::int64_t day);

/// `name` on `day`, plus "`name` (Observed)" on the nearest weekday (Saturday to Friday,
/// Sunday to Monday) when `day` is on a weekend.
void addWithNearestWeekday(HolidayYear &year, const char *name, std::int64_t day);

/// `name` on `day`, plus "`name` (Observed)" on the Monday after when `day` is a Sunday.
void addWithSundayToMonday(HolidayYear &year, const char *name, std::int64_t day);

/// The Dutch royal birthday as kept in the Netherlands and Aruba: Queen's Day on 30 April
/// until 2013, King's Day on 27 April from 2014, each moved to the Saturday before when it
/// falls on a Sunday.
void addRoyalDay(HolidayYear &year, const char *queensDay, const char *kingsDay);

} // namespace prognos::holidays::countries
