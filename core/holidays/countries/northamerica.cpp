#include "holidays/countries/commonrules.h"
#include "holidays/countries/countries.h"

namespace prognos::holidays::countries {

namespace {

/// New Year's Day on the nearest weekday, including 31 December when next year's New Year's
/// Day is a Saturday (United States, Canada).
void addNewYearNearestWeekday(HolidayYear &year)
{
    addWithNearestWeekday(year, "New Year's Day", year.date(1, 1));
    const auto nextNewYear = year.date(year.year() + 1, 1, 1);
    if (HolidayYear::weekdayOf(nextNewYear) == Saturday)
        year.add("New Year's Day (Observed)", nextNewYear - 1);
}

} // namespace

void unitedStates(HolidayYear &year)
{
    addNewYearNearestWeekday(year);
    year.add("Martin Luther King Jr. Day", year.nthWeekday(1, Monday, 3));
    year.add("Washington's Birthday", year.nthWeekday(2, Monday, 3));
    year.add("Memorial Day", year.nthWeekday(5, Monday, -1));
    addWithNearestWeekday(year, "Independence Day", year.date(7, 4));
    year.add("Labor Day", year.nthWeekday(9, Monday, 1));
    year.add("Columbus Day", year.nthWeekday(10, Monday, 2));
    addWithNearestWeekday(year, "Veterans Day", year.date(11, 11));
    year.add("Thanksgiving", year.nthWeekday(11, Thursday, 4));
    addWithNearestWeekday(year, "Christmas Day", year.date(12, 25));
}

void canada(HolidayYear &year)
{
    addNewYearNearestWeekday(year);
    year.add("Good Friday", year.easter(-2));
    year.add("Victoria Day", HolidayYear::onOrBefore(year.date(5, 24), Monday));
    addWithNextMonday(year, "Canada Day", year.date(7, 1));
    year.add("Labour Day", year.nthWeekday(9, Monday, 1));
    year.add("Thanksgiving", year.nthWeekday(10, Monday, 2));
    year.add("Remembrance Day", year.date(11, 11));

    // Boxing Day on a weekend, or on the Monday that observes a Sunday Christmas, moves to
    // the next free weekday and then only the observed day is listed.
    const auto christmas = year.date(12, 25);
    addWithNearestWeekday(year, "Christmas Day", christmas);
    if (HolidayYear::weekdayOf(christmas) == Sunday)
        year.add("Boxing Day (Observed)", christmas + 2);
    else if (HolidayYear::isWeekend(christmas + 1))
        year.add("Boxing Day (Observed)", HolidayYear::nextMonday(christmas + 1));
    else
        year.add("Boxing Day", christmas + 1);
}

} // namespace prognos::holidays::countries
