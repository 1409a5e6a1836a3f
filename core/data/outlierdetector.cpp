#include "outlierdetector.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

namespace prognos {

namespace {

using Unit = Frequency::Unit;

/// The residual spread is never taken below this share of the series' own robust spread, so
/// that a nearly deterministic series does not flag rounding-level wiggles.
constexpr double kMinShareOfSpread = 0.1;

double median(std::vector<double> values)
{
    if (values.empty())
        return 0.0;
    const std::size_t mid = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + mid, values.end());
    const double upper = values[mid];
    if (values.size() % 2 == 1)
        return upper;
    return 0.5 * (upper + *std::max_element(values.begin(), values.begin() + mid));
}

/// Length of the seasonal period and the position of a date within it, or 0.
int seasonalPeriod(const InferredFrequency &frequency)
{
    if (!frequency.regular || frequency.frequency.count != 1)
        return 0;
    switch (frequency.frequency.unit) {
    case Unit::Day:
        return 7;
    case Unit::BusinessDay:
        return 5;
    case Unit::Hour:
        return 24;
    case Unit::MonthStart:
    case Unit::MonthEnd:
    case Unit::Month:
        return 12;
    default:
        return 0;
    }
}

int seasonalPosition(Unit unit, Timestamp ts)
{
    switch (unit) {
    case Unit::Hour:
        return CivilTime::fromTimestamp(ts).hour;
    case Unit::Day:
    case Unit::BusinessDay:
        return CivilTime::weekday(dayNumber(ts));
    default:
        return CivilTime::fromTimestamp(ts).month - 1;
    }
}

std::vector<double> rollingMedian(const std::vector<double> &y, int window)
{
    const std::size_t n = y.size();
    if (n < static_cast<std::size_t>(window))
        return std::vector<double>(n, median(y));
    std::vector<double> trend(n);
    const std::size_t half = static_cast<std::size_t>(window / 2);
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t begin = std::min(i >= half ? i - half : 0, n - std::size_t(window));
        trend[i] =
            median(std::vector<double>(y.begin() + long(begin), y.begin() + long(begin) + window));
    }
    return trend;
}

} // namespace

QList<Outlier> OutlierDetector::detect(const SeriesTable &series,
                                       const InferredFrequency &frequency, double threshold)
{
    // 1. The valid values in date order.
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < series.size(); ++i) {
        if (!std::isnan(series.y[i]))
            order.push_back(i);
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return series.ds[a] < series.ds[b]; });
    const std::size_t n = order.size();
    if (n < 5)
        return {};
    std::vector<double> y(n);
    for (std::size_t k = 0; k < n; ++k)
        y[k] = series.y[order[k]];

    // 2. Trend: centred rolling median over one period (odd, at least 7 values).
    const int period = seasonalPeriod(frequency);
    const int window = std::max(7, period % 2 == 0 ? period + 1 : period);
    const std::vector<double> trend = rollingMedian(y, window);

    // 3. Seasonal level: median detrended value per position in the period.
    std::vector<double> seasonal(n, 0.0);
    if (period > 0 && n >= std::size_t(2 * period)) {
        std::map<int, std::vector<double>> byPosition;
        std::vector<int> position(n);
        for (std::size_t k = 0; k < n; ++k) {
            position[k] = seasonalPosition(frequency.frequency.unit, series.ds[order[k]]);
            byPosition[position[k]].push_back(y[k] - trend[k]);
        }
        std::map<int, double> level;
        for (const auto &[pos, values] : byPosition)
            level[pos] = median(values);
        for (std::size_t k = 0; k < n; ++k)
            seasonal[k] = level[position[k]];
    }

    // 4. Robust spread of the residuals: 1.4826 × MAD, else 1.2533 × mean absolute deviation.
    std::vector<double> residual(n);
    for (std::size_t k = 0; k < n; ++k)
        residual[k] = y[k] - trend[k] - seasonal[k];
    const double centre = median(residual);
    std::vector<double> deviation(n);
    for (std::size_t k = 0; k < n; ++k)
        deviation[k] = std::abs(residual[k] - centre);
    double scale = 1.4826 * median(deviation);
    if (!(scale > 0.0))
        scale = 1.2533 * std::accumulate(deviation.begin(), deviation.end(), 0.0) / double(n);
    const double typical = median(y);
    std::vector<double> spread(n);
    for (std::size_t k = 0; k < n; ++k)
        spread[k] = std::abs(y[k] - typical);
    scale = std::max(scale, kMinShareOfSpread * 1.4826 * median(spread));
    if (!(scale > 0.0) || !std::isfinite(scale))
        return {};

    // 5. Flag and explain.
    const QLocale locale = QLocale::c();
    QList<Outlier> outliers;
    for (std::size_t k = 0; k < n; ++k) {
        const double score = deviation[k] / scale;
        if (!(score > threshold))
            continue;
        Outlier o;
        o.index = order[k];
        o.row = series.sourceRow[order[k]];
        o.value = y[k];
        o.expected = trend[k] + seasonal[k] + centre;
        o.score = score;
        const double ratio = typical != 0.0 ? y[k] / typical : 0.0;
        if (ratio >= 3.0 || (ratio > 0.0 && ratio <= 1.0 / 3.0))
            o.reason = tr("about %1× the median (%2)")
                           .arg(locale.toString(ratio, 'g', ratio >= 3.0 ? 2 : 1),
                                locale.toString(typical, 'g', 6));
        else
            o.reason =
                tr("%1 robust standard deviations from the expected %2")
                    .arg(locale.toString(score, 'f', 1), locale.toString(o.expected, 'g', 6));
        outliers.append(o);
    }
    return outliers;
}

QString OutlierDetector::methodName(double threshold)
{
    return tr("rolling median with seasonal medians; residuals over %1 × 1.4826 × MAD")
        .arg(threshold);
}

} // namespace prognos
