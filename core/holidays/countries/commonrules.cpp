#include "holidays/countries/commonrules.h"

namespace prognos::holidays::countries {

void addChristmasAndBoxingDay(HolidayYear &year, const char *christmas, const char *boxingDay)
{
    const auto christmasDay = year.date(12, 25);
    year.add(christmas, christmasDay);
    year.add(boxingDay, christmasDay + 1);
    if (HolidayYear::isWeekend(christmasDay))
        year.addObserved(christmas, christmasDay, christmasDay + 2);
    if (HolidayYear::isWeekend(christmasDay + 1))
        year.addObserved(boxingDay, christmasDay + 1, christmasDay + 3);
}

void addWithNextMonday(HolidayYear &year, const char *name, std::int64_t day)
{
    year.add(name, day);
    year.addObserved(name, day, HolidayYear::nextMonday(day));
}

void addWithNearestWeekday(HolidayYear &year, const char *name, std::int64_t day)
{
    year.add(name, day);
    year.addObserved(name, day, HolidayYear::nearestWeekday(day));
}

void addWithSundayToMonday(HolidayYear &year, const char *name, std::int64_t day)
{
    year.add(name, day);
    if (HolidayYear::weekdayOf(day) == Sunday)
        year.addObserved(name, day, day + 1);
}

void addRoyalDay(HolidayYear &year, const char *queensDay, const char *kingsDay)
{
    const bool king = year.year() >= 2014;
    const auto day = king ? year.date(4, 27) : year.date(4, 30);
    const auto kept = HolidayYear::weekdayOf(day) == Sunday ? day - 1 : day;
    year.add(king ? kingsDay : queensDay, kept);
}

} // namespace prognos::holidays::countries
