#include "cutoffplan.h"

#include <algorithm>
#include <cmath>

namespace prognos {

namespace {

/// More cutoffs than this are refused: each one is a full fit.
constexpr double kMaxCutoffs = 100000;

int dayOfMonth(Timestamp t)
{
    return CivilTime::fromTimestamp(t).day;
}

CalendarSpan defaultInitial(const CalendarSpan &horizon, Timestamp first, double seasonDays)
{
    const CalendarSpan threeHorizons = horizon.scaled(3);
    const CalendarSpan season = CalendarSpan::days(seasonDays);
    return season.addTo(first) > threeHorizons.addTo(first) ? season : threeHorizons;
}

/// Whether the first cutoff (last date − horizon) lies at or after first date + initial.
bool fits(const CalendarSpan &horizon, const CalendarSpan &initial, Timestamp first, Timestamp last)
{
    return horizon.addTo(last, -1) >= initial.addTo(first);
}

bool anyDateIn(const std::vector<Timestamp> &ds, Timestamp after, Timestamp upTo)
{
    const auto next = std::upper_bound(ds.begin(), ds.end(), after);
    return next != ds.end() && *next <= upTo;
}

std::string spanText(Timestamp ms, bool inHours)
{
    if (inHours)
        return CalendarSpan::hours(double(ms) / double(kMsPerHour)).toString();
    return CalendarSpan::days(double(ms) / double(kMsPerDay)).toString();
}

/// The largest whole count of `unit` for which `works` holds, or 0.
template <typename Works>
long largestWorking(CalendarSpan::Unit unit, Timestamp spanMs, Works works)
{
    const Timestamp unitMs =
        unit == CalendarSpan::Unit::Months ? 28 * kMsPerDay : CalendarSpan{1, unit}.nominalMs();
    for (long n = long(spanMs / unitMs) + 1; n >= 1; --n) {
        if (works(CalendarSpan{double(n), unit}))
            return n;
    }
    return 0;
}

} // namespace

CutoffPlan CutoffPlan::make(const CrossValidationConfig &config, const std::vector<Timestamp> &ds,
                            double longestSeasonalityDays)
{
    CutoffPlan plan;
    if (ds.size() < 2) {
        plan.error = "Cross-validation needs at least 2 rows with a value; the history has " +
                     std::to_string(ds.size()) + ".";
        return plan;
    }
    if (const std::vector<std::string> problems = config.validate(); !problems.empty()) {
        plan.error = problems.front();
        return plan;
    }
    const Timestamp first = ds.front();
    const Timestamp last = ds.back();
    plan.horizon = config.horizon;
    plan.period = config.period.value_or(config.horizon.scaled(0.5));
    plan.initial =
        config.initial.value_or(defaultInitial(config.horizon, first, longestSeasonalityDays));
    if (plan.horizon.nominalMs() < 1 || plan.period.nominalMs() < 1) {
        plan.error = "The horizon and the period must be at least 1 millisecond long.";
        return plan;
    }

    if (!config.cutoffs.empty()) {
        plan.takeExplicit(config.cutoffs, ds);
    } else if (!fits(plan.horizon, plan.initial, first, last)) {
        plan.error = plan.infeasibleMessage(ds, !config.initial, longestSeasonalityDays);
    } else if (double(last - first) / double(plan.period.nominalMs()) > kMaxCutoffs) {
        plan.error = "A period of " + plan.period.toString() + " would make more than " +
                     std::to_string(long(kMaxCutoffs)) + " cutoffs; choose a longer period.";
    } else {
        plan.generate(ds);
    }
    if (!plan.ok())
        return plan;

    const auto rowsToFit =
        std::upper_bound(ds.begin(), ds.end(), plan.cutoffs.front()) - ds.begin();
    if (rowsToFit < 2) {
        plan.error = "The first cutoff, " + formatTimestamp(plan.cutoffs.front()) +
                     ", leaves fewer than 2 rows to fit; choose a longer initial window.";
        return plan;
    }
    const Timestamp seasonEnd = CalendarSpan::days(longestSeasonalityDays).addTo(first);
    if (plan.initial.addTo(first) < seasonEnd) {
        plan.warnings.push_back("The initial window (" + plan.initial.toString() +
                                ") is shorter than the longest seasonality (" +
                                CalendarSpan::days(longestSeasonalityDays).toString() +
                                "); the first folds see less than one cycle of it. Consider a "
                                "longer initial window.");
    }
    return plan;
}

void CutoffPlan::generate(const std::vector<Timestamp> &ds)
{
    // 1. The latest cutoff leaves exactly one horizon after it.
    const Timestamp first = ds.front();
    const Timestamp initialEnd = initial.addTo(first);
    int anchor = dayOfMonth(ds.back());
    Timestamp cutoff = horizon.addTo(ds.back(), -1, anchor);
    std::vector<std::pair<Timestamp, Timestamp>> found{{cutoff, horizon.addTo(cutoff, 1, anchor)}};

    // 2. Step back by the period; a fold without data moves to the latest date before it.
    while (found.back().first >= initialEnd) {
        cutoff = period.addTo(cutoff, -1, anchor);
        Timestamp end = horizon.addTo(cutoff, 1, anchor);
        if (!anyDateIn(ds, cutoff, end) && cutoff > first) {
            const Timestamp latest = *(std::upper_bound(ds.begin(), ds.end(), cutoff) - 1);
            anchor = dayOfMonth(latest);
            cutoff = horizon.addTo(latest, -1, anchor);
            end = horizon.addTo(cutoff, 1, anchor);
        }
        found.emplace_back(cutoff, end);
    }

    // 3. The last one found lies before first date + initial.
    found.pop_back();
    std::reverse(found.begin(), found.end());
    for (const auto &[c, end] : found) {
        cutoffs.push_back(c);
        foldEnds.push_back(end);
    }
}

void CutoffPlan::takeExplicit(const std::vector<Timestamp> &given, const std::vector<Timestamp> &ds)
{
    std::vector<Timestamp> sorted = given;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    const Timestamp latestAllowed = horizon.addTo(ds.back(), -1);
    if (sorted.front() <= ds.front()) {
        error = "The cutoff " + formatTimestamp(sorted.front()) +
                " is not after the first date of the history (" + formatTimestamp(ds.front()) +
                "); every cutoff needs history before it.";
        return;
    }
    if (sorted.back() > latestAllowed) {
        error = "The cutoff " + formatTimestamp(sorted.back()) + " leaves less than the horizon (" +
                horizon.toString() + ") of history after it; the latest cutoff that works is " +
                formatTimestamp(latestAllowed) + ".";
        return;
    }
    cutoffs = sorted;
    for (Timestamp c : cutoffs)
        foldEnds.push_back(horizon.addTo(c, 1));
    initial = CalendarSpan::days(double(cutoffs.front() - ds.front()) / double(kMsPerDay));
}

std::string CutoffPlan::infeasibleMessage(const std::vector<Timestamp> &ds, bool initialIsDefault,
                                          double longestSeasonalityDays) const
{
    const Timestamp first = ds.front();
    const Timestamp last = ds.back();
    const bool inHours =
        horizon.unit == CalendarSpan::Unit::Hours && initial.unit == CalendarSpan::Unit::Hours;

    // 1. What the settings need and what the history has.
    std::string text = "initial " + initial.toString();
    if (initialIsDefault)
        text += initial == horizon.scaled(3) ? " (three horizons, the default)"
                                             : " (the longest seasonality, the default)";
    text += " + horizon " + horizon.toString();
    if (initial.unit == horizon.unit)
        text += " needs " + CalendarSpan{initial.count + horizon.count, horizon.unit}.toString();
    else if (!initial.isCalendar() && !horizon.isCalendar())
        text += " needs " + spanText(initial.nominalMs() + horizon.nominalMs(), inHours);
    else
        text += " do not fit";
    text += "; the history spans " + spanText(last - first, inHours) + ".";

    // 2. The nearest settings that would work.
    std::vector<std::string> options;
    const long initialMax = largestWorking(initial.unit, last - first, [&](const CalendarSpan &i) {
        return fits(horizon, i, first, last);
    });
    if (initialMax >= 1)
        options.push_back("an initial window of " +
                          CalendarSpan{double(initialMax), initial.unit}.toString());
    const long horizonMax = largestWorking(horizon.unit, last - first, [&](const CalendarSpan &h) {
        const CalendarSpan i =
            initialIsDefault ? defaultInitial(h, first, longestSeasonalityDays) : initial;
        return fits(h, i, first, last);
    });
    if (horizonMax >= 1)
        options.push_back("a horizon of " +
                          CalendarSpan{double(horizonMax), horizon.unit}.toString());
    if (options.empty())
        return text + " The history is too short for cross-validation.";
    std::string sentence = options.front();
    if (options.size() > 1)
        sentence += " or " + options.back();
    sentence.front() = 'A';
    text += " " + sentence;
    return text + " would work.";
}

} // namespace prognos
