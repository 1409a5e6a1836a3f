#include "preparedframe.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_map>

namespace prognos {

namespace {

std::string rowText(std::size_t row)
{
    return "row " + std::to_string(row + 1);
}

} // namespace

bool PreparedFrame::prepare(const FittedModel &model, const TimeSeries &frame, PreparedFrame &out,
                            std::string &error, const std::atomic_bool *cancel)
{
    const std::size_t n = frame.ds.size();
    if (n == 0) {
        error = "There are no rows to predict.";
        return false;
    }
    if (model.params.delta.size() != model.changepointsT.size() ||
        model.params.beta.size() != Eigen::Index(model.featureNames.size())) {
        error = "The model's parameters do not match its changepoints and features (" +
                std::to_string(model.params.delta.size()) + " rate changes for " +
                std::to_string(model.changepointsT.size()) + " changepoints, " +
                std::to_string(model.params.beta.size()) + " coefficients for " +
                std::to_string(model.featureNames.size()) + " features).";
        return false;
    }
    const bool logistic = model.config.growth == Growth::Logistic;
    if ((frame.hasCap() && frame.cap.size() != n) ||
        (frame.hasFloor() && frame.floor.size() != n)) {
        error = "The cap and floor columns must have one value per row.";
        return false;
    }
    if (logistic && !frame.hasCap()) {
        error = "Logistic growth needs a capacity (cap) for every row to predict.";
        return false;
    }
    if (model.logisticFloor && !frame.hasFloor()) {
        error = "The model was fitted with a floor, so every row to predict needs one too.";
        return false;
    }

    // 1. Stable sort by ds.
    out.order.resize(n);
    std::iota(out.order.begin(), out.order.end(), 0);
    std::stable_sort(out.order.begin(), out.order.end(),
                     [&](std::size_t a, std::size_t b) { return frame.ds[a] < frame.ds[b]; });
    out.ds.resize(n);
    out.t.resize(static_cast<Eigen::Index>(n));
    out.floor.resize(static_cast<Eigen::Index>(n));
    out.capScaled = Eigen::VectorXd::Zero(static_cast<Eigen::Index>(n));
    out.cap.resize(frame.hasCap() ? static_cast<Eigen::Index>(n) : 0);

    // 2. Time, floor and cap.
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t row = out.order[i];
        const auto e = static_cast<Eigen::Index>(i);
        out.ds[i] = frame.ds[row];
        out.t[e] = static_cast<double>(frame.ds[row] - model.start) / model.tScaleMs;
        out.floor[e] = model.logisticFloor ? frame.floor[row] : model.yMin;
        if (frame.hasCap())
            out.cap[e] = frame.cap[row];
        if (logistic) {
            const double cap = frame.cap[row];
            if (!std::isfinite(cap) || !std::isfinite(out.floor[e])) {
                error = "The cap or floor is missing in " + rowText(row) + ".";
                return false;
            }
            if (cap <= out.floor[e]) {
                error =
                    "The cap must be greater than the floor; it is not in " + rowText(row) + ".";
                return false;
            }
            out.capScaled[e] = (cap - out.floor[e]) / model.yScale;
        }
    }

    // 3. Regressors (standardized) and conditions, in sorted order.
    std::map<std::string, Eigen::VectorXd> regressors;
    for (const ResolvedRegressor &r : model.regressors) {
        const auto it = frame.columns.find(r.name);
        if (it == frame.columns.end() || it->second.size() != n) {
            error = "The regressor \"" + r.name + "\" needs a value for every row to predict.";
            return false;
        }
        Eigen::VectorXd values(static_cast<Eigen::Index>(n));
        for (std::size_t i = 0; i < n; ++i) {
            const double x = it->second[out.order[i]];
            if (!std::isfinite(x)) {
                error = "The regressor \"" + r.name + "\" has no value in " +
                        rowText(out.order[i]) + ".";
                return false;
            }
            values[static_cast<Eigen::Index>(i)] = (x - r.mu) / r.std;
        }
        regressors.emplace(r.name, std::move(values));
    }
    std::map<std::string, Eigen::VectorXd> conditions;
    for (const ResolvedSeasonality &s : model.seasonalities) {
        if (s.conditionName.empty() || conditions.count(s.conditionName))
            continue;
        const auto it = frame.columns.find(s.conditionName);
        if (it == frame.columns.end() || it->second.size() != n) {
            error = "The condition column \"" + s.conditionName + "\" is missing.";
            return false;
        }
        Eigen::VectorXd values(static_cast<Eigen::Index>(n));
        for (std::size_t i = 0; i < n; ++i) {
            const double x = it->second[out.order[i]];
            if (x != 0.0 && x != 1.0) {
                error = "The condition column \"" + s.conditionName +
                        "\" must hold only true/false (1/0); " + rowText(out.order[i]) +
                        " does not.";
                return false;
            }
            values[static_cast<Eigen::Index>(i)] = x;
        }
        conditions.emplace(s.conditionName, std::move(values));
    }

    // 4. Features.
    out.X = FeatureMatrix::build(model, out.ds, regressors, conditions, cancel);
    return true;
}

std::string FeatureMatrix::holidayColumnName(const std::string &holiday, int offset)
{
    return holiday + "_delim_" + (offset >= 0 ? "+" : "-") + std::to_string(std::abs(offset));
}

std::vector<HolidayEvent> FeatureMatrix::holidayRows(const FittedModel &model,
                                                     const std::vector<Timestamp> &ds)
{
    std::vector<HolidayEvent> rows = model.holidays;
    if (model.config.countryHolidays.empty() || !model.countryHolidayProvider || ds.empty())
        return rows;
    int previousYear = 0;
    bool first = true;
    for (Timestamp d : ds) {
        const int year = CivilTime::fromTimestamp(d).year;
        if (!first && year == previousYear)
            continue;
        if (first || year > previousYear) {
            for (HolidayEvent &h :
                 model.countryHolidayProvider(model.config.countryHolidays, year)) {
                const auto &overrides = model.config.countryHolidayOverrides;
                const auto o = std::find_if(overrides.begin(), overrides.end(),
                                            [&](const auto &c) { return c.name == h.name; });
                if (o != overrides.end()) {
                    if (!o->enabled)
                        continue;
                    h.lowerWindow = o->lowerWindow;
                    h.upperWindow = o->upperWindow;
                    h.priorScale = o->priorScale;
                }
                rows.push_back(std::move(h));
            }
        }
        first = false;
        previousYear = std::max(previousYear, year);
    }
    return rows;
}

Eigen::MatrixXd FeatureMatrix::build(const FittedModel &model, const std::vector<Timestamp> &ds,
                                     const std::map<std::string, Eigen::VectorXd> &regressors,
                                     const std::map<std::string, Eigen::VectorXd> &conditions,
                                     const std::atomic_bool *cancel)
{
    const auto n = static_cast<Eigen::Index>(ds.size());
    const auto k = static_cast<Eigen::Index>(model.featureNames.size());
    Eigen::MatrixXd X = Eigen::MatrixXd::Zero(n, k);
    std::unordered_map<std::string, Eigen::Index> columnOf;
    for (Eigen::Index j = 0; j < k; ++j)
        columnOf.emplace(model.featureNames[static_cast<std::size_t>(j)], j);

    // 1. Fourier terms of each seasonality, with time in days since the Unix epoch.
    Eigen::Index column = 0;
    for (const ResolvedSeasonality &s : model.seasonalities) {
        const Eigen::VectorXd *condition = nullptr;
        if (!s.conditionName.empty())
            condition = &conditions.at(s.conditionName);
        for (Eigen::Index i = 0; i < n; ++i) {
            if ((i & 8191) == 0 && cancel && cancel->load(std::memory_order_relaxed))
                return X;
            const double days = static_cast<double>(ds[static_cast<std::size_t>(i)]) /
                                static_cast<double>(kMsPerDay);
            const bool active = !condition || (*condition)[i] != 0.0;
            for (int order = 1; order <= s.fourierOrder; ++order) {
                const double angle = 2.0 * order * M_PI * days / s.period;
                X(i, column + 2 * (order - 1)) = active ? std::sin(angle) : 0.0;
                X(i, column + 2 * (order - 1) + 1) = active ? std::cos(angle) : 0.0;
            }
        }
        column += 2 * s.fourierOrder;
    }

    // 2. Holiday indicators: a row gets 1 when its calendar date is the holiday's date plus
    //    the column's offset. Holidays the model was not trained on have no column.
    if (!model.trainHolidayNames.empty() && n > 0) {
        std::unordered_map<std::int64_t, std::vector<Eigen::Index>> rowsOfDay;
        for (Eigen::Index i = 0; i < n; ++i)
            rowsOfDay[dayNumber(ds[static_cast<std::size_t>(i)])].push_back(i);
        for (const HolidayEvent &h : holidayRows(model, ds)) {
            for (int offset = h.lowerWindow; offset <= h.upperWindow; ++offset) {
                const auto columnIt = columnOf.find(holidayColumnName(h.name, offset));
                const auto rowsIt = rowsOfDay.find(h.day + offset);
                if (columnIt == columnOf.end() || rowsIt == rowsOfDay.end())
                    continue;
                for (Eigen::Index row : rowsIt->second)
                    X(row, columnIt->second) = 1.0;
            }
        }
    }

    // 3. Extra regressors, one column each.
    for (const ResolvedRegressor &r : model.regressors)
        X.col(columnOf.at(r.name)) = regressors.at(r.name);
    return X;
}

} // namespace prognos
