#pragma once

// Inputs of the user-report cases (../shared/cases/user-reports.md), built byte by byte here.

#include "engine/timestamp.h"

#include <QByteArray>
#include <QString>

#include <cmath>

namespace casefiles {

/// Days since 1970-01-01 of a date.
inline std::int64_t day(int y, int m, int d)
{
    return prognos::CivilTime::daysFromCivil(y, m, d);
}

/// A timestamp at midnight of a date.
inline prognos::Timestamp date(int y, int m, int d)
{
    return day(y, m, d) * prognos::kMsPerDay;
}

/// "YYYY-MM-DD" of a day number.
inline QByteArray iso(std::int64_t days)
{
    return QByteArray::fromStdString(prognos::CivilTime::fromDays(days).toString());
}

/// `rows` daily rows "date,value" from `first`, value(i) for row i (0-based), LF endings.
template <typename Value>
QByteArray daily(std::int64_t first, int rows, Value value, const QByteArray &header = "ds,y")
{
    QByteArray bytes = header + '\n';
    for (int i = 0; i < rows; ++i)
        bytes += iso(first + i) + ',' + QByteArray::number(value(i), 'g', 17) + '\n';
    return bytes;
}

/// BUG-28: 90 daily rows from 2024-01-01, 100 + 5 on weekends + a ±1 wiggle, row 45 = 10 000.
inline QByteArray spikeSeries()
{
    const std::int64_t first = day(2024, 1, 1);
    return daily(first, 90, [first](int i) {
        if (i + 1 == 45)
            return 10000.0;
        const bool weekend = prognos::CivilTime::weekday(first + i) >= 5;
        return 100.0 + (weekend ? 5.0 : 0.0) + double(i % 3 - 1);
    });
}

} // namespace casefiles
