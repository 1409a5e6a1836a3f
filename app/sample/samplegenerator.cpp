#include "samplegenerator.h"

#include "engine/timestamp.h"
#include "holidays/holidaycalendar.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numbers>
#include <random>
#include <set>

namespace prognos {

namespace {

constexpr int kFirstYear = 2021;
constexpr int kDays = 1277; // 2021-01-01 to 2024-06-30
constexpr int kTrendChangeDay = 700;
// Days (counted from the first) left empty, with a two-day gap, and days with a wrong value.
constexpr int kMissingDays[] = {45, 46, 310, 611, 902, 1150};
constexpr int kHighOutlierDays[] = {150, 777, 1200};
constexpr int kLowOutlierDays[] = {480, 1010};

bool contains(const auto &days, int day)
{
    return std::find(std::begin(days), std::end(days), day) != std::end(days);
}

// Box–Muller on the raw output of mt19937_64, which the standard fixes bit for bit.
class NormalSource
{
public:
    explicit NormalSource(std::uint64_t seed)
        : m_engine(seed)
    {}

    double next()
    {
        const double u1 = (static_cast<double>(m_engine() >> 11) + 0.5) * 0x1.0p-53;
        const double u2 = (static_cast<double>(m_engine() >> 11) + 0.5) * 0x1.0p-53;
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
    }

private:
    std::mt19937_64 m_engine;
};

std::set<std::int64_t> holidayDays()
{
    std::set<std::int64_t> days;
    for (const HolidayEvent &event : HolidayCalendar::holidays("US", kFirstYear, kFirstYear + 3))
        days.insert(event.day);
    return days;
}

double trend(int day)
{
    const double base = 200.0 + 0.12 * day;
    if (day <= kTrendChangeDay)
        return base;
    return base - 0.09 * (day - kTrendChangeDay); // growth slows to a quarter
}

double seasonality(std::int64_t dayNumber, int day)
{
    static constexpr double kWeekly[7] = {4, 6, 5, 8, 15, -18, -20}; // Monday .. Sunday
    const double yearPhase = 2.0 * std::numbers::pi * day / 365.25;
    const double yearly = 25.0 * std::sin(yearPhase - 1.2) + 8.0 * std::cos(2.0 * yearPhase);
    return kWeekly[CivilTime::weekday(dayNumber)] + yearly;
}

} // namespace

std::string SampleGenerator::csv(std::uint64_t seed)
{
    NormalSource noise(seed);
    const std::set<std::int64_t> holidays = holidayDays();
    const std::int64_t firstDay = CivilTime::daysFromCivil(kFirstYear, 1, 1);

    std::string text = "ds,y\n";
    for (int day = 0; day < kDays; ++day) {
        const std::int64_t dayNumber = firstDay + day;
        double y = trend(day) + seasonality(dayNumber, day) + 6.0 * noise.next();
        if (holidays.contains(dayNumber))
            y += 60.0;
        if (contains(kHighOutlierDays, day))
            y *= 2.5;
        if (contains(kLowOutlierDays, day))
            y *= 0.2;
        const bool missing = contains(kMissingDays, day);

        const CivilTime date = CivilTime::fromDays(dayNumber);
        char line[64];
        if (missing)
            std::snprintf(line, sizeof line, "%04d-%02d-%02d,\n", date.year, date.month, date.day);
        else
            std::snprintf(line, sizeof line, "%04d-%02d-%02d,%.2f\n", date.year, date.month,
                          date.day, y);
        text += line;
    }
    return text;
}

} // namespace prognos
