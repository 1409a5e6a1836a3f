#include "forecast.h"

namespace prognos {

const std::vector<double> *Forecast::column(std::string_view name) const
{
    for (const auto &[columnName, values] : columns) {
        if (columnName == name)
            return &values;
    }
    return nullptr;
}

std::vector<double> *Forecast::column(std::string_view name)
{
    for (auto &[columnName, values] : columns) {
        if (columnName == name)
            return &values;
    }
    return nullptr;
}

std::vector<std::string> Forecast::columnNames() const
{
    std::vector<std::string> names{"ds"};
    for (const auto &entry : columns)
        names.push_back(entry.first);
    return names;
}

} // namespace prognos
