#include "holidays/countries/countries.h"

#include <algorithm>
#include <initializer_list>
#include <string>

namespace prognos::holidays::countries {

void china(HolidayYear &year)
{
    // Chinese New Year, the Dragon Boat and Mid-Autumn festivals come from the tables.
    year.add("New Year's Day", year.date(1, 1));
    year.add("Tomb-Sweeping Day", year.date(4, 4));
    year.add("Tomb-Sweeping Day", year.date(4, 5));
    year.add("Labor Day", year.date(5, 1));
    year.add("National Day", year.date(10, 1));
}

void hongKong(HolidayYear &year)
{
    // Lunar New Year, Ching Ming, the Buddha's birthday, Tuen Ng, Mid-Autumn and Chung Yeung
    // (with their substitute days) come from the tables. A rule-based holiday on a Sunday
    // gives way to "The day following ..." on the next free day; so do Easter Monday when it
    // meets Ching Ming and National Day when it meets the Mid-Autumn Festival.
    const auto addOrFollowing = [&year](const std::string &name, const std::string &following,
                                        std::int64_t day,
                                        std::initializer_list<const char *> yieldsTo = {}) {
        const bool taken = std::any_of(yieldsTo.begin(), yieldsTo.end(),
                                       [&](const char *other) { return year.has(other, day); });
        if (HolidayYear::weekdayOf(day) != Sunday && !taken) {
            year.add(name, day);
            return;
        }
        auto next = day + 1;
        while (year.isHoliday(next))
            ++next;
        year.add(following, next);
    };
    const auto addFixed = [&addOrFollowing](const std::string &name, std::int64_t day) {
        addOrFollowing(name, "The day following " + name, day);
    };

    addOrFollowing("The first day of January", "The day following the first day of January",
                   year.date(1, 1));
    year.add("Good Friday", year.easter(-2));
    year.add("The day following Good Friday", year.easter(-1));
    addOrFollowing("Easter Monday", "The day following Easter Monday", year.easter(1),
                   {"Ching Ming Festival", "The day following Ching Ming Festival"});
    addFixed("Labour Day", year.date(5, 1));
    addFixed("Hong Kong Special Administrative Region Establishment Day", year.date(7, 1));
    if (year.year() == 2015)
        year.add("The 70th anniversary day of the victory of the Chinese people's war of "
                 "resistance against Japanese aggression",
                 year.date(9, 3));
    addOrFollowing(
        "National Day", "The day following National Day", year.date(10, 1),
        {"Chinese Mid-Autumn Festival", "The day following the Chinese Mid-Autumn Festival"});

    // Christmas Day stays on a Sunday; the two weekdays after it are holidays too.
    const auto christmas = year.date(12, 25);
    year.add("Christmas Day", christmas);
    const auto firstWeekday =
        HolidayYear::weekdayOf(christmas + 1) == Sunday ? christmas + 2 : christmas + 1;
    year.add("The first weekday after Christmas Day", firstWeekday);
    if (HolidayYear::weekdayOf(christmas) == Sunday)
        year.add("The second weekday after Christmas Day", christmas + 2);
}

} // namespace prognos::holidays::countries
