#include "chartdecimator.h"

#include <QDateTime>

#include <unordered_map>

#include <algorithm>
#include <array>
#include <cmath>

namespace prognos {

namespace {

// The local UTC offset (ms) at local midnight of `day` (days since 1970-01-01).
qint64 exactOffset(std::int64_t day)
{
    const CivilTime civil = CivilTime::fromDays(day);
    const QDateTime local(QDate(civil.year, civil.month, civil.day), QTime(0, 0));
    return day * kMsPerDay - local.toMSecsSinceEpoch();
}

// Converting through QDateTime costs microseconds, too much for thousands of points on the
// GUI thread. The offset changes only at daylight-saving transitions, so it is looked up at
// the ends of 16-day blocks, and day by day only in a block whose ends differ.
qint64 localOffset(std::int64_t day)
{
    static std::unordered_map<std::int64_t, qint64> cache;
    if (cache.size() > 200'000)
        cache.clear();
    const auto lookUp = [](std::int64_t d) {
        const auto it = cache.find(d);
        return it != cache.end() ? it->second : cache.emplace(d, exactOffset(d)).first->second;
    };
    const std::int64_t blockStart = day - (((day % 16) + 16) % 16);
    const qint64 start = lookUp(blockStart);
    if (start == lookUp(blockStart + 16))
        return start;
    return lookUp(day);
}

} // namespace

qreal ChartDecimator::toAxis(Timestamp ds)
{
    return qreal(ds - localOffset(dayNumber(ds)));
}

QList<QPointF> ChartDecimator::points(const std::vector<Timestamp> &ds,
                                      const std::vector<double> &values, std::size_t first,
                                      std::size_t last)
{
    last = std::min({last, ds.size(), values.size()});
    QList<QPointF> out;
    if (first >= last)
        return out;
    const std::size_t count = last - first;
    if (count <= std::size_t(kMaxPoints)) {
        out.reserve(qsizetype(count));
        for (std::size_t i = first; i < last; ++i) {
            if (!std::isnan(values[i]))
                out.append(QPointF(toAxis(ds[i]), values[i]));
        }
        return out;
    }
    const std::size_t buckets = kMaxPoints / 4;
    out.reserve(kMaxPoints);
    for (std::size_t b = 0; b < buckets; ++b)
        appendBucket(ds, values, first + count * b / buckets, first + count * (b + 1) / buckets,
                     out);
    return out;
}

void ChartDecimator::appendBucket(const std::vector<Timestamp> &ds,
                                  const std::vector<double> &values, std::size_t begin,
                                  std::size_t end, QList<QPointF> &out)
{
    std::size_t firstRow = end, lastRow = end, lowRow = end, highRow = end;
    for (std::size_t i = begin; i < end; ++i) {
        if (std::isnan(values[i]))
            continue;
        if (firstRow == end)
            firstRow = i;
        lastRow = i;
        if (lowRow == end || values[i] < values[lowRow])
            lowRow = i;
        if (highRow == end || values[i] > values[highRow])
            highRow = i;
    }
    if (firstRow == end)
        return;
    std::array<std::size_t, 4> rows{firstRow, lowRow, highRow, lastRow};
    std::sort(rows.begin(), rows.end());
    const auto unique = std::unique(rows.begin(), rows.end());
    for (auto it = rows.begin(); it != unique; ++it)
        out.append(QPointF(toAxis(ds[*it]), values[*it]));
}

} // namespace prognos
