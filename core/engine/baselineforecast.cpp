#include "baselineforecast.h"

#include <algorithm>
#include <iterator>

namespace prognos {

namespace {

/// y of the last history row at or before `t`; the history must start at or before `t`.
double valueAtOrBefore(const TimeSeries &history, Timestamp t)
{
    const auto after = std::upper_bound(history.ds.begin(), history.ds.end(), t);
    return history.y[static_cast<std::size_t>(after - history.ds.begin()) - 1];
}

/// The latest date whole seasons before `ds` that is at or before `cutoff`.
Timestamp seasonBefore(Timestamp ds, Timestamp cutoff, const CalendarSpan &season)
{
    if (!season.isCalendar()) {
        const Timestamp length = season.nominalMs();
        const Timestamp seasons = std::max<Timestamp>(1, (ds - cutoff + length - 1) / length);
        return ds - seasons * length;
    }
    const int anchor = CivilTime::fromTimestamp(ds).day;
    long seasons = 1;
    while (season.addTo(ds, -seasons, anchor) > cutoff)
        ++seasons;
    return season.addTo(ds, -seasons, anchor);
}

} // namespace

std::vector<double> BaselineForecast::naive(const TimeSeries &history,
                                            const std::vector<Timestamp> &ds,
                                            const std::vector<Timestamp> &cutoff)
{
    std::vector<double> forecast(ds.size());
    for (std::size_t i = 0; i < ds.size(); ++i)
        forecast[i] = valueAtOrBefore(history, cutoff[i]);
    return forecast;
}

std::vector<double> BaselineForecast::seasonalNaive(const TimeSeries &history,
                                                    const std::vector<Timestamp> &ds,
                                                    const std::vector<Timestamp> &cutoff,
                                                    const CalendarSpan &season)
{
    std::vector<double> forecast(ds.size());
    for (std::size_t i = 0; i < ds.size(); ++i) {
        const Timestamp source = seasonBefore(ds[i], cutoff[i], season);
        forecast[i] = valueAtOrBefore(history, source < history.ds.front() ? cutoff[i] : source);
    }
    return forecast;
}

CalendarSpan BaselineForecast::defaultSeason(const Frequency &frequency)
{
    using Unit = Frequency::Unit;
    switch (frequency.unit) {
    case Unit::Second:
    case Unit::Minute:
    case Unit::Hour:
        return CalendarSpan::hours(24);
    case Unit::Day:
    case Unit::BusinessDay:
        return CalendarSpan::days(7);
    case Unit::Week:
        return CalendarSpan::weeks(52);
    default:
        return CalendarSpan::months(12);
    }
}

CalendarSpan BaselineForecast::defaultSeason(const std::vector<Timestamp> &ds)
{
    std::vector<Timestamp> steps;
    for (std::size_t i = 1; i < ds.size(); ++i) {
        if (ds[i] > ds[i - 1])
            steps.push_back(ds[i] - ds[i - 1]);
    }
    if (steps.empty())
        return CalendarSpan::days(7);
    const auto middle = steps.begin() + std::ptrdiff_t(steps.size() / 2);
    std::nth_element(steps.begin(), middle, steps.end());
    if (*middle < kMsPerDay)
        return CalendarSpan::hours(24);
    if (*middle < 7 * kMsPerDay)
        return CalendarSpan::days(7);
    if (*middle < 28 * kMsPerDay)
        return CalendarSpan::weeks(52);
    return CalendarSpan::months(12);
}

} // namespace prognos
