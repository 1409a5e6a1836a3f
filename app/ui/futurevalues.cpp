#include "futurevalues.h"

#include <QCoreApplication>

#include <cmath>

namespace prognos {

int FutureValues::columnOf(const std::string &name) const
{
    for (std::size_t c = 0; c < names.size(); ++c) {
        if (names[c] == name)
            return int(c);
    }
    return -1;
}

FutureValues FutureValues::rebuild(const FutureValues &previous,
                                   const std::vector<Timestamp> &dates,
                                   const std::vector<std::string> &columns,
                                   const std::map<std::string, double> &lastKnown)
{
    FutureValues next;
    next.ds = dates;
    next.names = columns;
    for (const std::string &name : columns) {
        const auto known = lastKnown.find(name);
        const double last = known == lastKnown.end() ? std::nan("") : known->second;
        std::vector<double> column(dates.size(), last);
        std::vector<bool> wasCarried(dates.size(), true);
        const int old = previous.columnOf(name);
        if (old >= 0) {
            std::map<Timestamp, std::size_t> oldRow;
            for (std::size_t r = 0; r < previous.ds.size(); ++r)
                oldRow.emplace(previous.ds[r], r);
            for (std::size_t r = 0; r < dates.size(); ++r) {
                const auto it = oldRow.find(dates[r]);
                if (it == oldRow.end() || previous.carried[std::size_t(old)][it->second])
                    continue;
                column[r] = previous.values[std::size_t(old)][it->second];
                wasCarried[r] = false;
            }
        }
        next.values.push_back(std::move(column));
        next.carried.push_back(std::move(wasCarried));
    }
    return next;
}

QStringList FutureValues::problems() const
{
    QStringList problems;
    for (std::size_t c = 0; c < names.size(); ++c) {
        std::size_t missing = 0;
        std::size_t first = 0;
        for (std::size_t r = 0; r < ds.size(); ++r) {
            if (!std::isfinite(values[c][r]) && missing++ == 0)
                first = r;
        }
        if (missing > 0)
            problems.append(QCoreApplication::translate(
                                "FutureValues",
                                "Future values: %1 has no value on %2 (%n future dates in "
                                "all); enter them on the Future tab.",
                                nullptr, int(missing))
                                .arg(QString::fromStdString(names[c]),
                                     QString::fromStdString(formatTimestamp(ds[first]))));
    }
    const int cap = columnOf("cap");
    const int floor = columnOf("floor");
    if (cap >= 0 && floor >= 0) {
        for (std::size_t r = 0; r < ds.size(); ++r) {
            if (values[std::size_t(cap)][r] <= values[std::size_t(floor)][r]) {
                problems.append(QCoreApplication::translate(
                                    "FutureValues",
                                    "Future values: the cap must be above the floor (it is "
                                    "not on %1).")
                                    .arg(QString::fromStdString(formatTimestamp(ds[r]))));
                break;
            }
        }
    }
    return problems;
}

TimeSeries FutureValues::toTimeSeries() const
{
    TimeSeries frame;
    frame.ds = ds;
    for (std::size_t c = 0; c < names.size(); ++c) {
        if (names[c] == "cap")
            frame.cap = values[c];
        else if (names[c] == "floor")
            frame.floor = values[c];
        else
            frame.columns[names[c]] = values[c];
    }
    return frame;
}

} // namespace prognos
