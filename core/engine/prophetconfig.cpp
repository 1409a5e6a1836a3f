#include "prophetconfig.h"

#include <array>
#include <cmath>
#include <set>

namespace prognos {

namespace {

constexpr std::array kReservedNames = {
    "trend",
    "additive_terms",
    "daily",
    "weekly",
    "yearly",
    "holidays",
    "zeros",
    "extra_regressors_additive",
    "yhat",
    "extra_regressors_multiplicative",
    "multiplicative_terms",
};

constexpr std::array kColumnNames = {"ds", "y", "cap", "floor", "y_scaled", "cap_scaled"};

bool isPositive(double value)
{
    return std::isfinite(value) && value > 0;
}

void checkSwitch(const SeasonalitySwitch &s, const char *name, std::vector<std::string> &problems)
{
    if (s.kind == SeasonalitySwitch::Kind::Order && s.order < 0) {
        problems.push_back(std::string(name) + " seasonality needs a Fourier order of 0 or more.");
    }
}

} // namespace

std::string checkComponentName(const std::string &name)
{
    if (name.empty())
        return "A name must not be empty.";
    if (name.find("_delim_") != std::string::npos)
        return "The name \"" + name + "\" must not contain \"_delim_\".";
    for (const char *reserved : kReservedNames) {
        const std::string r(reserved);
        if (name == r || name == r + "_lower" || name == r + "_upper")
            return "The name \"" + name + "\" is reserved by Prophet; choose another.";
    }
    for (const char *column : kColumnNames) {
        if (name == column)
            return "The name \"" + name + "\" is a column Prophet uses; choose another.";
    }
    return {};
}

std::vector<std::string> ProphetConfig::validate() const
{
    std::vector<std::string> problems;
    if (nChangepoints < 0)
        problems.push_back("n_changepoints must be 0 or more.");
    if (!(changepointRange >= 0 && changepointRange <= 1))
        problems.push_back("changepoint_range must be between 0 and 1.");
    if (!isPositive(changepointPriorScale))
        problems.push_back("changepoint_prior_scale must be greater than 0.");
    if (!isPositive(seasonalityPriorScale))
        problems.push_back("seasonality_prior_scale must be greater than 0.");
    if (!isPositive(holidaysPriorScale))
        problems.push_back("holidays_prior_scale must be greater than 0.");
    if (!(intervalWidth > 0 && intervalWidth < 1))
        problems.push_back("interval_width must be between 0 and 1, e.g. 0.8 for 80 %.");
    if (uncertaintySamples < 0)
        problems.push_back("uncertainty_samples must be 0 (no intervals) or more.");
    if (maxIterations < 1)
        problems.push_back("The iteration limit must be at least 1.");
    checkSwitch(yearlySeasonality, "Yearly", problems);
    checkSwitch(weeklySeasonality, "Weekly", problems);
    checkSwitch(dailySeasonality, "Daily", problems);

    std::set<std::string> seasonalityNames;
    for (const SeasonalitySpec &s : seasonalities) {
        const bool builtIn = s.name == "yearly" || s.name == "weekly" || s.name == "daily";
        if (!builtIn) {
            if (std::string problem = checkComponentName(s.name); !problem.empty())
                problems.push_back("Seasonality: " + problem);
        }
        if (!(std::isfinite(s.period) && s.period > 0))
            problems.push_back("Seasonality \"" + s.name + "\" needs a period above 0 days.");
        if (s.fourierOrder <= 0)
            problems.push_back("Seasonality \"" + s.name +
                               "\" needs a Fourier order of 1 or more.");
        if (s.priorScale && !isPositive(*s.priorScale))
            problems.push_back("Seasonality \"" + s.name + "\" needs a prior scale above 0.");
        if (!s.conditionName.empty()) {
            if (std::string problem = checkComponentName(s.conditionName); !problem.empty())
                problems.push_back("Condition of \"" + s.name + "\": " + problem);
        }
        seasonalityNames.insert(s.name);
    }

    std::set<std::string> holidayNames;
    for (const HolidayEvent &h : holidays) {
        if (holidayNames.insert(h.name).second) {
            if (std::string problem = checkComponentName(h.name); !problem.empty())
                problems.push_back("Holiday: " + problem);
            if (seasonalityNames.count(h.name))
                problems.push_back("\"" + h.name + "\" is both a holiday and a seasonality.");
        }
        if (h.lowerWindow > 0)
            problems.push_back("Holiday \"" + h.name + "\": lower_window must be 0 or less.");
        if (h.upperWindow < 0)
            problems.push_back("Holiday \"" + h.name + "\": upper_window must be 0 or more.");
        if (h.priorScale && !isPositive(*h.priorScale))
            problems.push_back("Holiday \"" + h.name + "\" needs a prior scale above 0.");
    }

    for (const CountryHolidayOverride &o : countryHolidayOverrides) {
        if (o.lowerWindow > 0 || o.upperWindow < 0)
            problems.push_back("Country holiday \"" + o.name +
                               "\": the window must run from 0 or fewer days before to 0 or "
                               "more days after.");
        if (o.priorScale && !isPositive(*o.priorScale))
            problems.push_back("Country holiday \"" + o.name + "\" needs a prior scale above 0.");
    }

    std::set<std::string> regressorNames;
    for (const RegressorSpec &r : regressors) {
        if (std::string problem = checkComponentName(r.name); !problem.empty())
            problems.push_back("Regressor: " + problem);
        if (!regressorNames.insert(r.name).second)
            problems.push_back("Regressor \"" + r.name + "\" is added twice.");
        if (holidayNames.count(r.name) || seasonalityNames.count(r.name))
            problems.push_back("\"" + r.name + "\" names a regressor and another component.");
        if (r.priorScale && !isPositive(*r.priorScale))
            problems.push_back("Regressor \"" + r.name + "\" needs a prior scale above 0.");
    }
    return problems;
}

} // namespace prognos
