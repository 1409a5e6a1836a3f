#include "rollingwindow.h"

#include <algorithm>
#include <cmath>

namespace prognos {

namespace {

/// Start of each run of equal horizons, with the end of the last run appended.
std::vector<std::size_t> groupStarts(const std::vector<std::int64_t> &h)
{
    std::vector<std::size_t> starts;
    for (std::size_t i = 0; i < h.size(); ++i) {
        if (i == 0 || h[i] != h[i - 1])
            starts.push_back(i);
    }
    starts.push_back(h.size());
    return starts;
}

double median(std::vector<double> values)
{
    const std::size_t middle = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + long(middle), values.end());
    const double upper = values[middle];
    if (values.size() % 2 == 1)
        return upper;
    const double lower = *std::max_element(values.begin(), values.begin() + long(middle));
    return (lower + upper) / 2.0;
}

} // namespace

long RollingWindow::size(double rollingWindow, std::size_t rows)
{
    const long w = static_cast<long>(std::trunc(rollingWindow * double(rows)));
    if (w < 0)
        return w;
    return std::min(std::max(w, 1L), static_cast<long>(rows));
}

HorizonValues RollingWindow::meanByHorizon(const std::vector<double> &x,
                                           const std::vector<std::int64_t> &h, long w)
{
    // 1. Groups of equal horizons, the group of every point and running sums.
    const std::vector<std::size_t> starts = groupStarts(h);
    std::vector<std::size_t> groupOf(x.size());
    std::vector<double> sums(x.size() + 1, 0.0);
    for (std::size_t g = 0; g + 1 < starts.size(); ++g) {
        for (std::size_t i = starts[g]; i < starts[g + 1]; ++i) {
            groupOf[i] = g;
            sums[i + 1] = sums[i] + x[i];
        }
    }

    // 2. Per horizon: its own mean, or whole groups to the left plus part of the oldest.
    HorizonValues result;
    const auto window = static_cast<std::size_t>(std::max(w, 1L));
    for (std::size_t g = 0; g + 1 < starts.size(); ++g) {
        const std::size_t start = starts[g];
        const std::size_t end = starts[g + 1];
        double value = 0;
        if (end - start >= window) {
            value = (sums[end] - sums[start]) / double(end - start);
        } else if (end < window) {
            continue;
        } else {
            const std::size_t oldest = groupOf[end - window];
            const std::size_t oldestEnd = starts[oldest + 1];
            const double oldestMean =
                (sums[oldestEnd] - sums[starts[oldest]]) / double(oldestEnd - starts[oldest]);
            const std::size_t missing = window - (end - oldestEnd);
            value = (sums[end] - sums[oldestEnd] + double(missing) * oldestMean) / double(window);
        }
        result.horizon.push_back(h[start]);
        result.value.push_back(value);
    }
    return result;
}

HorizonValues RollingWindow::medianByHorizon(const std::vector<double> &x,
                                             const std::vector<std::int64_t> &h, long w)
{
    const std::vector<std::size_t> starts = groupStarts(h);
    const auto window = static_cast<std::size_t>(std::max(w, 1L));
    HorizonValues result;
    for (std::size_t g = 0; g + 1 < starts.size(); ++g) {
        const std::size_t end = starts[g + 1];
        const std::size_t count = std::max(end - starts[g], window);
        if (count > end)
            continue;
        result.horizon.push_back(h[starts[g]]);
        result.value.push_back(
            median(std::vector<double>(x.begin() + long(end - count), x.begin() + long(end))));
    }
    return result;
}

} // namespace prognos
