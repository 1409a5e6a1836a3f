#include "reportdata.h"

#include <cmath>
#include <map>

namespace prognos {

std::vector<double> ReportData::actualY() const
{
    std::map<Timestamp, std::pair<double, int>> byDate;
    for (std::size_t i = 0; i < actuals.size() && i < actuals.y.size(); ++i) {
        if (std::isnan(actuals.y[i]))
            continue;
        auto &[sum, count] = byDate[actuals.ds[i]];
        sum += actuals.y[i];
        ++count;
    }
    std::vector<double> y(forecast.size(), std::nan(""));
    for (std::size_t i = 0; i < forecast.size(); ++i) {
        const auto it = byDate.find(forecast.ds[i]);
        if (it != byDate.end())
            y[i] = it->second.second == 1 ? it->second.first : it->second.first / it->second.second;
    }
    return y;
}

std::optional<Timestamp> ReportData::forecastStart() const
{
    if (actuals.ds.empty())
        return forecast.ds.empty() ? std::nullopt : std::optional(forecast.ds.front());
    Timestamp last = actuals.ds.front();
    for (Timestamp t : actuals.ds)
        last = std::max(last, t);
    for (Timestamp t : forecast.ds) {
        if (t > last)
            return t;
    }
    return std::nullopt;
}

std::vector<std::string> ReportData::componentNames() const
{
    auto endsWith = [](const std::string &text, std::string_view tail) {
        return text.size() >= tail.size() &&
               text.compare(text.size() - tail.size(), tail.size(), tail) == 0;
    };
    std::vector<std::string> names;
    for (const auto &[name, values] : forecast.columns) {
        if (name == "yhat" || name == "cap" || name == "floor" || endsWith(name, "_lower") ||
            endsWith(name, "_upper"))
            continue;
        names.push_back(name);
    }
    return names;
}

} // namespace prognos
