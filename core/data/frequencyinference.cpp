#include "frequencyinference.h"

#include <algorithm>
#include <map>
#include <optional>

namespace prognos {

namespace {

using Unit = Frequency::Unit;

constexpr double kRegularShare = 0.95;

Timestamp timeOfDay(Timestamp ts)
{
    return ts - dayNumber(ts) * kMsPerDay;
}

int monthIndex(Timestamp ts)
{
    const CivilTime c = CivilTime::fromTimestamp(ts);
    return c.year * 12 + c.month - 1;
}

int monthsPerStep(const Frequency &f)
{
    switch (f.unit) {
    case Unit::MonthStart:
    case Unit::MonthEnd:
    case Unit::Month:
        return f.count;
    case Unit::QuarterStart:
    case Unit::QuarterEnd:
    case Unit::Quarter:
        return 3 * f.count;
    case Unit::YearStart:
    case Unit::YearEnd:
    case Unit::Year:
        return 12 * f.count;
    default:
        return 0;
    }
}

template <typename T>
T mode(const std::vector<T> &values)
{
    std::map<T, int> counts;
    for (const T v : values)
        ++counts[v];
    return std::max_element(counts.begin(), counts.end(),
                            [](const auto &a, const auto &b) { return a.second < b.second; })
        ->first;
}

/// Step 1: dates anchored in the month (first, last or one day) and one per month at most.
std::optional<Frequency> monthly(const std::vector<Timestamp> &dates)
{
    bool first = true;
    bool last = true;
    int maxDay = 0;
    for (const Timestamp ts : dates) {
        const CivilTime c = CivilTime::fromTimestamp(ts);
        first = first && c.day == 1;
        last = last && c.day == CivilTime::daysInMonth(c.year, c.month);
        maxDay = std::max(maxDay, c.day);
        if (timeOfDay(ts) != timeOfDay(dates.front()))
            return std::nullopt;
    }
    bool sameDay = true;
    std::vector<int> steps;
    for (std::size_t i = 0; i < dates.size(); ++i) {
        const CivilTime c = CivilTime::fromTimestamp(dates[i]);
        sameDay = sameDay && c.day == std::min(maxDay, CivilTime::daysInMonth(c.year, c.month));
        if (i > 0)
            steps.push_back(monthIndex(dates[i]) - monthIndex(dates[i - 1]));
    }
    if (!(first || last || sameDay) || *std::min_element(steps.begin(), steps.end()) < 1)
        return std::nullopt;
    const int m = mode(steps);
    bool quarterStart = true;
    bool quarterEnd = true;
    bool january = true;
    bool december = true;
    for (const Timestamp ts : dates) {
        const int month = CivilTime::fromTimestamp(ts).month;
        quarterStart = quarterStart && month % 3 == 1;
        quarterEnd = quarterEnd && month % 3 == 0;
        january = january && month == 1;
        december = december && month == 12;
    }
    Frequency f;
    if (m % 12 == 0 && (first ? january : last ? december : true)) {
        f.unit = first ? Unit::YearStart : last ? Unit::YearEnd : Unit::Year;
        f.count = m / 12;
    } else if (m % 3 == 0 && (first ? quarterStart : last ? quarterEnd : true)) {
        f.unit = first ? Unit::QuarterStart : last ? Unit::QuarterEnd : Unit::Quarter;
        f.count = m / 3;
    } else {
        f.unit = first ? Unit::MonthStart : last ? Unit::MonthEnd : Unit::Month;
        f.count = m;
    }
    return f;
}

/// Step 2: a fixed step (seconds to weeks) or business days.
std::optional<Frequency> fixedStep(const std::vector<Timestamp> &dates)
{
    std::vector<Timestamp> steps;
    bool sameTime = true;
    bool weekend = false;
    bool fridayToMonday = false;
    for (std::size_t i = 0; i < dates.size(); ++i) {
        sameTime = sameTime && timeOfDay(dates[i]) == timeOfDay(dates.front());
        weekend = weekend || CivilTime::weekday(dayNumber(dates[i])) >= 5;
        if (i == 0)
            continue;
        steps.push_back(dates[i] - dates[i - 1]);
        fridayToMonday = fridayToMonday || (CivilTime::weekday(dayNumber(dates[i - 1])) == 4 &&
                                            steps.back() == 3 * kMsPerDay);
    }
    const Timestamp s = mode(steps);
    Frequency f;
    if (sameTime && s % kMsPerDay == 0) {
        const int days = static_cast<int>(s / kMsPerDay);
        if (days == 1 && !weekend && fridayToMonday) {
            f.unit = Unit::BusinessDay;
        } else if (days % 7 == 0) {
            f.unit = Unit::Week;
            f.count = days / 7;
        } else {
            f.unit = Unit::Day;
            f.count = days;
        }
    } else if (s % kMsPerHour == 0) {
        f.unit = Unit::Hour;
        f.count = static_cast<int>(s / kMsPerHour);
    } else if (s % kMsPerMinute == 0) {
        f.unit = Unit::Minute;
        f.count = static_cast<int>(s / kMsPerMinute);
    } else if (s % kMsPerSecond == 0) {
        f.unit = Unit::Second;
        f.count = static_cast<int>(s / kMsPerSecond);
    } else {
        return std::nullopt;
    }
    return f;
}

int weekdaysBetween(Timestamp from, Timestamp to)
{
    int count = 0;
    for (std::int64_t d = dayNumber(from) + 1; d <= dayNumber(to); ++d)
        count += CivilTime::weekday(d) < 5;
    return count;
}

/// Number of periods from `a` to `b`, or -1 when `b` is not on the grid that starts at `a`.
std::int64_t periodsBetween(const Frequency &f, Timestamp a, Timestamp b)
{
    if (const int months = monthsPerStep(f); months > 0) {
        const int diff = monthIndex(b) - monthIndex(a);
        if (diff % months != 0 || timeOfDay(a) != timeOfDay(b))
            return -1;
        return diff / months;
    }
    if (f.unit == Unit::BusinessDay) {
        if (timeOfDay(a) != timeOfDay(b) || CivilTime::weekday(dayNumber(b)) >= 5 ||
            b - a > 3650 * kMsPerDay)
            return -1;
        const int days = weekdaysBetween(a, b);
        return days % f.count == 0 ? days / f.count : -1;
    }
    const auto step = static_cast<Timestamp>(f.nominalStepMs());
    return (b - a) % step == 0 ? (b - a) / step : -1;
}

} // namespace

InferredFrequency FrequencyInference::infer(std::vector<Timestamp> dates)
{
    InferredFrequency result;
    std::sort(dates.begin(), dates.end());
    dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
    if (dates.size() < 2) {
        result.description = tr("too few dates to tell");
        return result;
    }
    result.steps = static_cast<int>(dates.size() - 1);

    // 1. The candidate period.
    std::optional<Frequency> f = monthly(dates);
    if (!f)
        f = fixedStep(dates);
    if (!f) {
        result.description = tr("irregular");
        return result;
    }

    // 2. How well the dates sit on its grid.
    int onGrid = 0;
    for (std::size_t i = 1; i < dates.size(); ++i) {
        const std::int64_t k = periodsBetween(*f, dates[i - 1], dates[i]);
        if (k < 1)
            continue;
        ++onGrid;
        result.exactSteps += k == 1;
        result.missingDates += static_cast<int>(std::min<std::int64_t>(k - 1, 1 << 30));
    }
    result.regular = onGrid >= kRegularShare * result.steps;
    result.frequency = *f;
    result.description = result.regular ? describe(*f, dates.back()) : tr("irregular");
    return result;
}

QString FrequencyInference::describe(const Frequency &f, std::optional<Timestamp> sample)
{
    const int n = f.count;
    const auto every = [n](const QString &one, const QString &many) {
        return n == 1 ? one : many.arg(n);
    };
    switch (f.unit) {
    case Unit::Second:
        return every(tr("every second"), tr("every %1 seconds"));
    case Unit::Minute:
        return every(tr("every minute"), tr("every %1 minutes"));
    case Unit::Hour:
        return every(tr("hourly"), tr("every %1 hours"));
    case Unit::Day:
        return every(tr("daily"), tr("every %1 days"));
    case Unit::BusinessDay:
        return every(tr("business days (Monday to Friday)"), tr("every %1 business days"));
    case Unit::Week: {
        const QString text = every(tr("weekly"), tr("every %1 weeks"));
        if (!sample)
            return text;
        return tr("%1, on %2").arg(text, weekdayName(CivilTime::weekday(dayNumber(*sample))));
    }
    case Unit::MonthStart:
        return tr("%1, first of month").arg(every(tr("monthly"), tr("every %1 months")));
    case Unit::MonthEnd:
        return tr("%1, last of month").arg(every(tr("monthly"), tr("every %1 months")));
    case Unit::Month: {
        const QString text = every(tr("monthly"), tr("every %1 months"));
        if (!sample)
            return text;
        return tr("%1, on day %2").arg(text).arg(CivilTime::fromTimestamp(*sample).day);
    }
    case Unit::QuarterStart:
        return tr("%1, first of quarter").arg(every(tr("quarterly"), tr("every %1 quarters")));
    case Unit::QuarterEnd:
        return tr("%1, last of quarter").arg(every(tr("quarterly"), tr("every %1 quarters")));
    case Unit::Quarter:
        return every(tr("quarterly"), tr("every %1 quarters"));
    case Unit::YearStart:
        return tr("%1, first of year").arg(every(tr("yearly"), tr("every %1 years")));
    case Unit::YearEnd:
        return tr("%1, last of year").arg(every(tr("yearly"), tr("every %1 years")));
    case Unit::Year:
        return every(tr("yearly"), tr("every %1 years"));
    }
    return {};
}

int FrequencyInference::missingBetween(const Frequency &frequency, Timestamp from, Timestamp to)
{
    const std::int64_t k = periodsBetween(frequency, from, to);
    return k > 1 ? static_cast<int>(std::min<std::int64_t>(k - 1, 1 << 30)) : 0;
}

QString FrequencyInference::weekdayName(int weekday)
{
    switch (weekday) {
    case 0:
        return tr("Monday");
    case 1:
        return tr("Tuesday");
    case 2:
        return tr("Wednesday");
    case 3:
        return tr("Thursday");
    case 4:
        return tr("Friday");
    case 5:
        return tr("Saturday");
    default:
        return tr("Sunday");
    }
}

} // namespace prognos
