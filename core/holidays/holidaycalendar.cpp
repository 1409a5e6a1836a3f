#include "holidays/holidaycalendar.h"

#include "holidays/countryrules.h"
#include "holidays/holidayyear.h"
#include "holidays/tabulatedholiday.h"

#include <algorithm>

namespace prognos {

namespace {

using holidays::CountryInfo;

const CountryInfo *findCountry(std::string_view code)
{
    const auto &table = holidays::countryTable();
    const auto it = std::find_if(table.begin(), table.end(),
                                 [code](const CountryInfo &info) { return info.code == code; });
    return it == table.end() ? nullptr : &*it;
}

bool hasTables(std::string_view canonical)
{
    const auto *begin = holidays::kTabulatedHolidays;
    const auto *end = begin + holidays::kTabulatedHolidayCount;
    return std::any_of(begin, end, [canonical](const holidays::TabulatedHoliday &holiday) {
        return canonical == holiday.country;
    });
}

void addTabulated(std::string_view canonical, holidays::HolidayYear &year)
{
    if (year.year() < holidays::kFirstTabulatedYear || year.year() > holidays::kLastTabulatedYear)
        return;
    const std::uint32_t first = static_cast<std::uint32_t>(year.year()) * 10000 + 101;
    const std::uint32_t last = static_cast<std::uint32_t>(year.year()) * 10000 + 1231;
    for (std::size_t i = 0; i < holidays::kTabulatedHolidayCount; ++i) {
        const auto &holiday = holidays::kTabulatedHolidays[i];
        if (canonical != holiday.country)
            continue;
        const auto *end = holiday.dates + holiday.count;
        for (const auto *it = std::lower_bound(holiday.dates, end, first); it != end && *it <= last;
             ++it) {
            const int value = static_cast<int>(*it);
            year.add(holiday.name, year.date(value / 10000, value / 100 % 100, value % 100));
        }
    }
}

} // namespace

std::vector<std::string> HolidayCalendar::countryCodes()
{
    std::vector<std::string> codes;
    for (const auto &info : holidays::countryTable())
        codes.emplace_back(info.code);
    return codes;
}

std::string HolidayCalendar::countryName(std::string_view code)
{
    const auto *info = findCountry(code);
    return info ? std::string(info->name) : std::string();
}

std::string HolidayCalendar::canonicalCode(std::string_view code)
{
    const auto *info = findCountry(code);
    return info ? std::string(info->canonical) : std::string();
}

bool HolidayCalendar::isKnown(std::string_view code)
{
    return findCountry(code) != nullptr;
}

std::vector<HolidayEvent> HolidayCalendar::holidays(std::string_view code, int year)
{
    const auto *info = findCountry(code);
    if (!info)
        return {};
    holidays::HolidayYear filled(year);
    // Tables first, so that rules can see (and yield to) lunar holidays of the same year.
    addTabulated(info->canonical, filled);
    info->rules(filled);

    std::vector<HolidayEvent> events;
    for (auto &[day, name] : filled.entries()) {
        HolidayEvent event;
        event.name = std::move(name);
        event.day = day;
        events.push_back(std::move(event));
    }
    return events;
}

std::vector<HolidayEvent> HolidayCalendar::holidays(std::string_view code, int firstYear,
                                                    int lastYear)
{
    std::vector<HolidayEvent> events;
    for (int year = firstYear; year <= lastYear; ++year) {
        auto ofYear = holidays(code, year);
        std::move(ofYear.begin(), ofYear.end(), std::back_inserter(events));
    }
    return events;
}

CountryHolidayProvider HolidayCalendar::provider()
{
    return [](const std::string &country, int year) { return holidays(country, year); };
}

std::optional<int> HolidayCalendar::tabulatedFrom(std::string_view code)
{
    const auto *info = findCountry(code);
    if (!info || !hasTables(info->canonical))
        return std::nullopt;
    return holidays::kFirstTabulatedYear;
}

std::optional<int> HolidayCalendar::tabulatedUntil(std::string_view code)
{
    const auto *info = findCountry(code);
    if (!info || !hasTables(info->canonical))
        return std::nullopt;
    return holidays::kLastTabulatedYear;
}

bool HolidayCalendar::isComplete(std::string_view code, int year)
{
    if (!isKnown(code))
        return false;
    const auto from = tabulatedFrom(code);
    const auto until = tabulatedUntil(code);
    return !until || (year >= *from && year <= *until);
}

} // namespace prognos
