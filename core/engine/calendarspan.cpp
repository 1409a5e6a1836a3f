#include "calendarspan.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <utility>

namespace prognos {

namespace {

constexpr double kNominalMonthDays = 30.4375;

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
        text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
        text.remove_suffix(1);
    return text;
}

std::optional<CalendarSpan::Unit> unitFromText(std::string_view text)
{
    using Unit = CalendarSpan::Unit;
    if (text == "M")
        return Unit::Months; // pandas' month; a lower-case m would be read as minutes there
    std::string lower(text);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    static const std::array<std::pair<std::string_view, Unit>, 14> names = {{
        {"h", Unit::Hours},
        {"hour", Unit::Hours},
        {"hours", Unit::Hours},
        {"d", Unit::Days},
        {"day", Unit::Days},
        {"days", Unit::Days},
        {"w", Unit::Weeks},
        {"week", Unit::Weeks},
        {"weeks", Unit::Weeks},
        {"mo", Unit::Months},
        {"mon", Unit::Months},
        {"month", Unit::Months},
        {"months", Unit::Months},
        {"mos", Unit::Months},
    }};
    for (const auto &[name, unit] : names) {
        if (lower == name)
            return unit;
    }
    return std::nullopt;
}

std::string formatCount(double count)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.10g", count);
    return buffer;
}

} // namespace

std::optional<CalendarSpan> CalendarSpan::parse(std::string_view text)
{
    text = trimmed(text);
    double count = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), count);
    if (error != std::errc() || end == text.data())
        return std::nullopt;
    const std::optional<Unit> unit =
        unitFromText(trimmed(text.substr(static_cast<std::size_t>(end - text.data()))));
    if (!unit || !std::isfinite(count) || count < 0)
        return std::nullopt;
    if (*unit == Unit::Months && count != std::floor(count))
        return std::nullopt;
    return CalendarSpan{count, *unit};
}

bool CalendarSpan::isPositive() const
{
    if (!std::isfinite(count) || count <= 0)
        return false;
    return unit != Unit::Months || count == std::floor(count);
}

Timestamp CalendarSpan::nominalMs() const
{
    double unitMs = 0;
    switch (unit) {
    case Unit::Hours:
        unitMs = double(kMsPerHour);
        break;
    case Unit::Days:
        unitMs = double(kMsPerDay);
        break;
    case Unit::Weeks:
        unitMs = 7.0 * double(kMsPerDay);
        break;
    case Unit::Months:
        unitMs = kNominalMonthDays * double(kMsPerDay);
        break;
    }
    return static_cast<Timestamp>(std::llround(count * unitMs));
}

CalendarSpan CalendarSpan::scaled(double factor) const
{
    const double product = count * factor;
    if (unit != Unit::Months || product == std::floor(product))
        return {product, unit};
    return days(product * kNominalMonthDays);
}

Timestamp CalendarSpan::addTo(Timestamp t, long times, int anchorDay) const
{
    if (unit != Unit::Months)
        return t + static_cast<Timestamp>(times) * nominalMs();

    const CivilTime civil = CivilTime::fromTimestamp(t);
    const std::int64_t monthIndex = std::int64_t(civil.year) * 12 + (civil.month - 1) +
                                    std::int64_t(times) * std::llround(count);
    const int year = static_cast<int>(monthIndex >= 0 ? monthIndex / 12 : (monthIndex - 11) / 12);
    const int month = static_cast<int>(monthIndex - std::int64_t(year) * 12) + 1;
    const int wanted = anchorDay > 0 ? anchorDay : civil.day;
    const int day = std::min(wanted, CivilTime::daysInMonth(year, month));
    const Timestamp timeOfDay =
        t - CivilTime::daysFromCivil(civil.year, civil.month, civil.day) * kMsPerDay;
    return CivilTime::daysFromCivil(year, month, day) * kMsPerDay + timeOfDay;
}

std::string CalendarSpan::toString() const
{
    static const char *const singular[] = {"hour", "day", "week", "month"};
    const std::string name = singular[static_cast<int>(unit)];
    return formatCount(count) + " " + (count == 1 ? name : name + "s");
}

} // namespace prognos
