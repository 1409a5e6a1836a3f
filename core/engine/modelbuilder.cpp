#include "modelbuilder.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <set>

namespace prognos {

namespace {

constexpr double kDay = static_cast<double>(kMsPerDay);

/// The largest y scale the engine accepts: forecasts are scaled values times y_scale, and this
/// leaves a factor of 1e8 before they overflow.
constexpr double kLargestScale = 1e300;

std::string joinRows(const std::vector<std::size_t> &rows)
{
    std::string text;
    const std::size_t shown = std::min<std::size_t>(rows.size(), 10);
    for (std::size_t i = 0; i < shown; ++i)
        text += (i ? ", " : "") + std::to_string(rows[i] + 1);
    if (rows.size() > shown)
        text += " and " + std::to_string(rows.size() - shown) + " more";
    return text;
}

/// Python Prophet's rule for a built-in seasonality (§6.2): its Fourier order, 0 for off.
int builtInOrder(const SeasonalitySwitch &s, int defaultOrder, bool autoDisabled,
                 bool userHasSameName)
{
    switch (s.kind) {
    case SeasonalitySwitch::Kind::Auto:
        return (userHasSameName || autoDisabled) ? 0 : defaultOrder;
    case SeasonalitySwitch::Kind::On:
        return defaultOrder;
    case SeasonalitySwitch::Kind::Off:
        return 0;
    case SeasonalitySwitch::Kind::Order:
        return s.order;
    }
    return 0;
}

/// The sample standard deviation (divisor n − 1) of `x` around `mean`, also for values whose
/// squares overflow or underflow.
double sampleStandardDeviation(const std::vector<double> &x, double mean)
{
    const double divisor = double(x.size() - 1);
    double squares = 0;
    for (double value : x)
        squares += (value - mean) * (value - mean);
    const double direct = std::sqrt(squares / divisor);
    if (std::isfinite(direct) && std::isnormal(squares))
        return direct;
    double largest = 0;
    for (double value : x)
        largest = std::max(largest, std::abs(value - mean));
    double scaledSquares = 0;
    for (double value : x)
        scaledSquares += ((value - mean) / largest) * ((value - mean) / largest);
    return largest * std::sqrt(scaledSquares / divisor);
}

} // namespace

bool ModelBuilder::build(const ProphetConfig &config, const TimeSeries &input,
                         const CountryHolidayProvider &countryHolidays, FittedModel &model,
                         StanData &stanData, std::string &error, const std::atomic_bool *cancel)
{
    model = FittedModel{};
    model.config = config;
    model.countryHolidayProvider = countryHolidays;
    if (!config.countryHolidays.empty() && !countryHolidays) {
        error = "Country holidays were asked for, but no holiday calendar is available.";
        return false;
    }
    model.holidays = config.holidays;
    if (!selectHistory(input, model, error) || !setScales(model, error) ||
        !resolveRegressors(model, error)) {
        return false;
    }
    resolveSeasonalities(model);
    if (!placeChangepoints(model, error) || !layoutFeatures(model, error))
        return false;

    // Parameters of the right shapes (their values follow below) let the frame check them.
    model.params.delta = Eigen::VectorXd::Zero(model.changepointsT.size());
    model.params.beta = Eigen::VectorXd::Zero(Eigen::Index(model.featureNames.size()));
    PreparedFrame frame;
    if (!PreparedFrame::prepare(model, model.history, frame, error, cancel))
        return false;
    if (cancel && cancel->load()) {
        error = "The fit was cancelled.";
        return false;
    }
    Eigen::VectorXd yScaled(frame.t.size());
    for (Eigen::Index i = 0; i < frame.t.size(); ++i)
        yScaled[i] = (model.history.y[frame.order[static_cast<std::size_t>(i)]] - frame.floor[i]) /
                     model.yScale;
    initialParameters(model, frame, yScaled);

    stanData.growth = config.growth;
    stanData.t = frame.t;
    stanData.y = yScaled;
    stanData.cap = frame.capScaled;
    stanData.changepointsT = model.changepointsT;
    stanData.X = std::move(frame.X);
    stanData.sigmas = model.priorScales;
    stanData.sA = model.additiveMask;
    stanData.sM = model.multiplicativeMask;
    stanData.tau = config.changepointPriorScale;
    return true;
}

bool ModelBuilder::selectHistory(const TimeSeries &input, FittedModel &model, std::string &error)
{
    const std::size_t n = input.ds.size();
    if (input.y.size() != n) {
        error = "Every row needs a y value (or an empty cell for a missing one).";
        return false;
    }
    for (const auto *column : {&input.cap, &input.floor}) {
        if (!column->empty() && column->size() != n) {
            error = "The cap and floor columns must have one value per row.";
            return false;
        }
    }
    std::vector<std::size_t> kept;
    std::size_t missing = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (std::isinf(input.y[i])) {
            error = "y is infinite in row " + std::to_string(i + 1) + "; remove or fix it.";
            return false;
        }
        if (std::isnan(input.y[i]))
            ++missing;
        else
            kept.push_back(i);
    }
    if (kept.size() < 2) {
        error = "Need at least 2 rows that have both a date and a value; found " +
                std::to_string(kept.size()) + ".";
        if (missing > 0)
            error += " " + std::to_string(missing) + " rows have no value.";
        return false;
    }

    // Sorted unique dates of every row, missing y included: the future starts after them.
    model.historyDates = input.ds;
    std::sort(model.historyDates.begin(), model.historyDates.end());
    model.historyDates.erase(std::unique(model.historyDates.begin(), model.historyDates.end()),
                             model.historyDates.end());

    // The history: rows with a value, stably sorted by date.
    std::stable_sort(kept.begin(), kept.end(),
                     [&](std::size_t a, std::size_t b) { return input.ds[a] < input.ds[b]; });
    TimeSeries &h = model.history;
    for (std::size_t row : kept) {
        h.ds.push_back(input.ds[row]);
        h.y.push_back(input.y[row]);
        if (input.hasCap())
            h.cap.push_back(input.cap[row]);
        if (input.hasFloor())
            h.floor.push_back(input.floor[row]);
    }
    const ProphetConfig &config = model.config;
    auto used = [&](const std::string &name) {
        return std::any_of(config.regressors.begin(), config.regressors.end(),
                           [&](const RegressorSpec &r) { return r.name == name; }) ||
               std::any_of(config.seasonalities.begin(), config.seasonalities.end(),
                           [&](const SeasonalitySpec &s) { return s.conditionName == name; });
    };
    for (const auto &[name, values] : input.columns) {
        if (values.size() != n && used(name)) {
            error = "The column \"" + name + "\" has " + std::to_string(values.size()) +
                    " values for " + std::to_string(n) + " rows.";
            return false;
        }
        if (values.size() != n)
            continue;
        std::vector<double> &column = h.columns[name];
        for (std::size_t row : kept)
            column.push_back(values[row]);
    }
    if (h.ds.front() == h.ds.back()) {
        error = "All rows with a value have the same date; need at least two different dates.";
        return false;
    }
    return true;
}

bool ModelBuilder::setScales(FittedModel &model, std::string &error)
{
    const ProphetConfig &config = model.config;
    const TimeSeries &h = model.history;
    const std::size_t n = h.ds.size();
    model.logisticFloor = config.growth == Growth::Logistic && h.hasFloor();
    if (config.growth == Growth::Logistic) {
        if (!h.hasCap()) {
            error = "Logistic growth needs a capacity (cap).";
            return false;
        }
        std::vector<std::size_t> bad;
        std::size_t equal = 0;
        for (std::size_t i = 0; i < n; ++i) {
            const double floor = model.logisticFloor ? h.floor[i] : 0.0;
            if (!(h.cap[i] > floor))
                bad.push_back(i);
            if (h.cap[i] == floor)
                ++equal;
        }
        if (equal == n) {
            error = "The cap equals the floor on all " + std::to_string(n) +
                    " rows; the cap must be greater than the floor.";
            return false;
        }
        if (!bad.empty()) {
            error = "The cap must be greater than the floor (" +
                    std::string(model.logisticFloor ? "the floor column" : "0 here") +
                    "); it is not in rows " + joinRows(bad) + " of the rows with a value.";
            return false;
        }
    }

    double yScale = 0;
    if (config.scaling == Scaling::AbsMax) {
        for (std::size_t i = 0; i < n; ++i)
            yScale = std::max(yScale, std::abs(h.y[i] - (model.logisticFloor ? h.floor[i] : 0.0)));
        model.yMin = 0;
    } else if (model.logisticFloor) {
        model.yMin = *std::min_element(h.floor.begin(), h.floor.end());
        yScale = *std::max_element(h.cap.begin(), h.cap.end()) - model.yMin;
    } else {
        const auto [lo, hi] = std::minmax_element(h.y.begin(), h.y.end());
        model.yMin = *lo;
        yScale = *hi - *lo;
    }
    if (!(yScale <= kLargestScale)) {
        error = "The values of y are too large to compute with (their scale is beyond 1e300); "
                "divide them by a power of ten first.";
        return false;
    }
    model.yScale = yScale == 0.0 ? 1.0 : yScale;
    model.start = h.ds.front();
    model.tScaleMs = static_cast<double>(h.ds.back() - h.ds.front());
    return true;
}

bool ModelBuilder::resolveRegressors(FittedModel &model, std::string &error)
{
    const ProphetConfig &config = model.config;
    for (const RegressorSpec &spec : config.regressors) {
        ResolvedRegressor r;
        r.name = spec.name;
        r.priorScale = spec.priorScale.value_or(config.holidaysPriorScale);
        r.standardize = spec.standardize;
        r.mode = spec.mode.value_or(config.seasonalityMode);
        const auto it = model.history.columns.find(spec.name);
        if (it == model.history.columns.end()) {
            error = "The regressor \"" + spec.name + "\" is not a column of the data.";
            return false;
        }
        const std::vector<double> &x = it->second;
        for (std::size_t i = 0; i < x.size(); ++i) {
            if (!std::isfinite(x[i])) {
                error = "The regressor \"" + spec.name + "\" has no value on " +
                        formatTimestamp(model.history.ds[i]) + ".";
                return false;
            }
        }
        const std::set<double> distinct(x.begin(), x.end());
        bool standardize = spec.standardize != Standardize::No && distinct.size() >= 2;
        if (standardize && spec.standardize == Standardize::Auto)
            standardize =
                !(distinct.size() == 2 && *distinct.begin() == 0.0 && *distinct.rbegin() == 1.0);
        if (standardize) {
            r.mu = std::accumulate(x.begin(), x.end(), 0.0) / double(x.size());
            if (!std::isfinite(r.mu)) // the sum overflowed
                r.mu = std::accumulate(x.begin(), x.end(), 0.0, [&](double sum, double value) {
                    return sum + value / double(x.size());
                });
            r.std = sampleStandardDeviation(x, r.mu);
        }
        model.regressors.push_back(r);
    }
    return true;
}

void ModelBuilder::resolveSeasonalities(FittedModel &model)
{
    const ProphetConfig &config = model.config;
    const std::vector<Timestamp> &ds = model.history.ds;
    for (const SeasonalitySpec &spec : config.seasonalities) {
        ResolvedSeasonality s{spec.name,
                              spec.period,
                              spec.fourierOrder,
                              spec.priorScale.value_or(config.seasonalityPriorScale),
                              spec.mode.value_or(config.seasonalityMode),
                              spec.conditionName};
        auto same = std::find_if(model.seasonalities.begin(), model.seasonalities.end(),
                                 [&](const ResolvedSeasonality &o) { return o.name == s.name; });
        if (same != model.seasonalities.end())
            *same = s;
        else
            model.seasonalities.push_back(s);
    }

    // Span and smallest positive spacing of the history decide the auto rules.
    const double spanDays = static_cast<double>(ds.back() - ds.front()) / kDay;
    double minDtDays = spanDays;
    for (std::size_t i = 1; i < ds.size(); ++i) {
        if (ds[i] > ds[i - 1])
            minDtDays = std::min(minDtDays, static_cast<double>(ds[i] - ds[i - 1]) / kDay);
    }
    struct BuiltIn
    {
        const char *name;
        double period;
        int order;
        bool disabled;
        const SeasonalitySwitch *setting;
    };
    const BuiltIn builtIns[] = {
        {"yearly", 365.25, 10, spanDays < 730, &config.yearlySeasonality},
        {"weekly", 7, 3, spanDays < 14 || minDtDays >= 7, &config.weeklySeasonality},
        {"daily", 1, 4, spanDays < 2 || minDtDays >= 1, &config.dailySeasonality},
    };
    for (const BuiltIn &b : builtIns) {
        auto same = std::find_if(model.seasonalities.begin(), model.seasonalities.end(),
                                 [&](const ResolvedSeasonality &o) { return o.name == b.name; });
        const bool userHasIt = same != model.seasonalities.end();
        const int order = builtInOrder(*b.setting, b.order, b.disabled, userHasIt);
        if (order <= 0)
            continue;
        if (b.disabled && b.setting->kind != SeasonalitySwitch::Kind::Auto) {
            if (std::string(b.name) == "yearly") {
                model.warnings.push_back("Yearly seasonality needs at least 2 years of history; "
                                         "the history spans " +
                                         std::to_string(static_cast<long>(spanDays)) + " days.");
            } else {
                model.warnings.push_back(std::string(b.name) +
                                         " seasonality is on although the data's spacing or "
                                         "span cannot show it.");
            }
        }
        const ResolvedSeasonality s{
            b.name, b.period, order, config.seasonalityPriorScale, config.seasonalityMode, {}};
        if (userHasIt)
            *same = s;
        else
            model.seasonalities.push_back(s);
    }
}

bool ModelBuilder::placeChangepoints(FittedModel &model, std::string &error)
{
    const ProphetConfig &config = model.config;
    const std::vector<Timestamp> &ds = model.history.ds;
    if (config.changepoints) {
        for (Timestamp c : *config.changepoints) {
            if (c < ds.front() || c > ds.back()) {
                error = "The changepoint " + formatTimestamp(c) + " lies outside the history (" +
                        formatTimestamp(ds.front()) + " to " + formatTimestamp(ds.back()) + ").";
                return false;
            }
        }
        model.changepoints = *config.changepoints;
        model.nChangepoints = static_cast<int>(model.changepoints.size());
    } else {
        // Evenly spaced rows of the first changepoint_range of the history, rounded half to
        // even as numpy does, the first (row 0) dropped.
        const auto histSize =
            static_cast<long>(std::floor(double(ds.size()) * config.changepointRange));
        model.nChangepoints = static_cast<int>(std::min<long>(config.nChangepoints, histSize - 1));
        if (model.nChangepoints > 0) {
            const double step = double(histSize - 1) / double(model.nChangepoints);
            for (int i = 1; i <= model.nChangepoints; ++i) {
                const double position = i == model.nChangepoints ? double(histSize - 1) : i * step;
                model.changepoints.push_back(
                    ds[static_cast<std::size_t>(std::nearbyint(position))]);
            }
        }
    }
    std::vector<double> scaled;
    for (Timestamp c : model.changepoints)
        scaled.push_back(static_cast<double>(c - model.start) / model.tScaleMs);
    std::sort(scaled.begin(), scaled.end());
    if (scaled.empty())
        scaled.push_back(0.0);
    model.changepointsT = Eigen::Map<Eigen::VectorXd>(scaled.data(), Eigen::Index(scaled.size()));
    return true;
}

bool ModelBuilder::layoutFeatures(FittedModel &model, std::string &error)
{
    const ProphetConfig &config = model.config;
    std::vector<std::string> &names = model.featureNames;
    std::vector<std::string> &componentOf = model.featureComponents;
    std::vector<double> priors;
    std::set<std::string> additive;

    // 1. Seasonalities in dictionary order.
    for (const ResolvedSeasonality &s : model.seasonalities) {
        for (int j = 1; j <= 2 * s.fourierOrder; ++j) {
            names.push_back(s.name + "_delim_" + std::to_string(j));
            componentOf.push_back(s.name);
            priors.push_back(s.priorScale);
        }
        if (s.mode == ComponentMode::Additive)
            additive.insert(s.name);
    }

    // 2. Holidays: the columns of every (holiday, offset), sorted by name.
    const bool holidaysAdditive = config.effectiveHolidaysMode() == ComponentMode::Additive;
    std::map<std::string, double> holidayPrior;
    std::map<std::string, std::string> holidayColumns; // column -> holiday
    const std::vector<HolidayEvent> rows = FeatureMatrix::holidayRows(model, model.history.ds);
    std::set<std::string> userNames;
    for (const HolidayEvent &h : config.holidays)
        userNames.insert(h.name);
    for (std::size_t i = config.holidays.size(); i < rows.size(); ++i) {
        if (userNames.count(rows[i].name)) {
            error = "\"" + rows[i].name + "\" is both one of your holidays and a holiday of " +
                    config.countryHolidays + "; rename yours or switch the country's off.";
            return false;
        }
    }
    for (const HolidayEvent &h : rows) {
        const double prior = h.priorScale.value_or(config.holidaysPriorScale);
        const auto [it, inserted] = holidayPrior.emplace(h.name, prior);
        if (!inserted && it->second != prior) {
            error = "The holiday \"" + h.name + "\" has different prior scales on different rows.";
            return false;
        }
        if (inserted)
            model.trainHolidayNames.push_back(h.name);
        for (int offset = h.lowerWindow; offset <= h.upperWindow; ++offset)
            holidayColumns.emplace(FeatureMatrix::holidayColumnName(h.name, offset), h.name);
    }
    for (const auto &[column, holiday] : holidayColumns) {
        names.push_back(column);
        componentOf.push_back(holiday);
        priors.push_back(holidayPrior.at(holiday));
        if (holidaysAdditive)
            additive.insert(holiday);
    }

    // 3. Regressors, one column each.
    for (const ResolvedRegressor &r : model.regressors) {
        names.push_back(r.name);
        componentOf.push_back(r.name);
        priors.push_back(r.priorScale);
        if (r.mode == ComponentMode::Additive)
            additive.insert(r.name);
    }

    // 4. Stan needs at least one column.
    const bool placeholder = names.empty();
    if (placeholder) {
        names.push_back("zeros");
        componentOf.push_back("zeros");
        priors.push_back(1.0);
    }

    const auto k = static_cast<Eigen::Index>(names.size());
    model.priorScales = Eigen::Map<Eigen::VectorXd>(priors.data(), k);
    model.additiveMask = Eigen::VectorXd::Zero(k);
    model.multiplicativeMask = Eigen::VectorXd::Zero(k);
    std::map<std::string, Component> components;
    const std::set<std::string> holidayNames(model.trainHolidayNames.begin(),
                                             model.trainHolidayNames.end());
    std::set<std::string> regressorNames;
    for (const ResolvedRegressor &r : model.regressors)
        regressorNames.insert(r.name);
    for (Eigen::Index j = 0; j < k && !placeholder; ++j) {
        const std::string &c = componentOf[static_cast<std::size_t>(j)];
        const bool isAdditive = additive.count(c) > 0;
        (isAdditive ? model.additiveMask : model.multiplicativeMask)[j] = 1.0;
        const std::string suffix = isAdditive ? "additive" : "multiplicative";
        std::vector<std::string> groups{c, suffix + "_terms"};
        if (holidayNames.count(c))
            groups.push_back("holidays");
        if (regressorNames.count(c))
            groups.push_back("extra_regressors_" + suffix);
        for (const std::string &group : groups) {
            Component &component = components[group];
            component.name = group;
            component.columns.push_back(static_cast<int>(j));
        }
    }
    for (auto &[name, component] : components) {
        component.additive = additive.count(name) || name == "additive_terms" ||
                             name == "extra_regressors_additive" ||
                             (name == "holidays" && holidaysAdditive);
        model.components.push_back(component);
    }
    for (const char *total : {"additive_terms", "multiplicative_terms"}) {
        if (!components.count(total))
            model.components.push_back(
                Component{total, {}, std::string(total) == "additive_terms"});
    }
    return true;
}

void ModelBuilder::initialParameters(FittedModel &model, const PreparedFrame &frame,
                                     const Eigen::VectorXd &yScaled)
{
    ModelParameters &p = model.params;
    const Eigen::Index n = frame.t.size();
    const Eigen::Index i0 = 0;
    Eigen::Index i1 = n - 1;
    while (i1 > 0 && frame.ds[static_cast<std::size_t>(i1 - 1)] == frame.ds.back())
        --i1;
    const double span = frame.t[i1] - frame.t[i0];
    switch (model.config.growth) {
    case Growth::Linear:
        p.k = (yScaled[i1] - yScaled[i0]) / span;
        p.m = yScaled[i0] - p.k * frame.t[i0];
        break;
    case Growth::Logistic: {
        const double c0 = frame.capScaled[i0];
        const double c1 = frame.capScaled[i1];
        const double y0 = std::max(0.01 * c0, std::min(0.99 * c0, yScaled[i0]));
        const double y1 = std::max(0.01 * c1, std::min(0.99 * c1, yScaled[i1]));
        double r0 = c0 / y0;
        const double r1 = c1 / y1;
        if (std::abs(r0 - r1) <= 0.01)
            r0 = 1.05 * r0;
        const double l0 = std::log(r0 - 1);
        const double l1 = std::log(r1 - 1);
        p.m = l0 * span / (l0 - l1);
        p.k = (l0 - l1) / span;
        break;
    }
    case Growth::Flat:
        p.k = 0;
        p.m = yScaled.mean();
        break;
    }
    p.delta = Eigen::VectorXd::Zero(model.changepointsT.size());
    p.beta = Eigen::VectorXd::Zero(static_cast<Eigen::Index>(model.featureNames.size()));
    p.sigmaObs = 1;
}

} // namespace prognos
