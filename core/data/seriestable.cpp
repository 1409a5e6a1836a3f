#include "seriestable.h"

#include <algorithm>
#include <numeric>

namespace prognos {

void SeriesTable::appendRow(const SeriesTable &other, std::size_t row)
{
    sourceRow.push_back(other.sourceRow[row]);
    ds.push_back(other.ds[row]);
    y.push_back(other.y[row]);
    excluded.push_back(other.excluded[row]);
    if (!other.cap.empty())
        cap.push_back(other.cap[row]);
    if (!other.floor.empty())
        floor.push_back(other.floor[row]);
    if (!other.group.empty())
        group.push_back(other.group[row]);
    for (const auto &[name, values] : other.regressors)
        regressors[name].push_back(values[row]);
}

SeriesTable SeriesTable::emptyCopy() const
{
    SeriesTable copy;
    copy.groupColumn = groupColumn;
    for (const auto &entry : regressors)
        copy.regressors[entry.first];
    return copy;
}

SeriesTable SeriesTable::sortedByDs() const
{
    std::vector<std::size_t> order(size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(),
                     [this](std::size_t a, std::size_t b) { return ds[a] < ds[b]; });
    SeriesTable sorted = emptyCopy();
    for (const std::size_t row : order)
        sorted.appendRow(*this, row);
    return sorted;
}

TimeSeries SeriesTable::toTimeSeries() const
{
    const SeriesTable sorted = sortedByDs();
    TimeSeries series;
    series.ds = sorted.ds;
    series.y = sorted.y;
    series.cap = sorted.cap;
    series.floor = sorted.floor;
    series.columns = sorted.regressors;
    return series;
}

} // namespace prognos
