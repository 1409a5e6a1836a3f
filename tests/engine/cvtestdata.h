#pragma once

// Inputs and helpers shared by the cross-validation tests (tst_cutoffplan,
// tst_baselineforecast, tst_crossvalidation).

#include "enginetestdata.h"

#include "engine/crossvalidation.h"

#include <QStringList>

#include <cmath>
#include <optional>
#include <vector>

namespace prognos::testing {

/// Dates written as YYYY-MM-DD.
inline std::vector<Timestamp> isoDates(const QStringList &texts)
{
    std::vector<Timestamp> dates;
    for (const QString &text : texts)
        dates.push_back(isoDate(qPrintable(text)));
    return dates;
}

/// Dates as YYYY-MM-DD text, for readable comparisons.
inline QStringList formatted(const std::vector<Timestamp> &dates)
{
    QStringList texts;
    for (Timestamp t : dates)
        texts << QString::fromStdString(formatTimestamp(t));
    return texts;
}

/// Cross-validation settings in days; unset period and initial keep their defaults.
inline CrossValidationConfig daysConfig(double horizon, std::optional<double> period,
                                        std::optional<double> initial)
{
    CrossValidationConfig cv;
    cv.horizon = CalendarSpan::days(horizon);
    if (period)
        cv.period = CalendarSpan::days(*period);
    if (initial)
        cv.initial = CalendarSpan::days(*initial);
    return cv;
}

/// Rows of a sorted history inside the folds of a plan.
inline std::size_t rowsInFolds(const CutoffPlan &plan, const std::vector<Timestamp> &ds)
{
    std::size_t rows = 0;
    for (std::size_t i = 0; i < plan.cutoffs.size(); ++i) {
        for (Timestamp t : ds)
            rows += t > plan.cutoffs[i] && t <= plan.foldEnds[i] ? 1 : 0;
    }
    return rows;
}

/// Monthly values, one per step from `first`, stepped by calendar months.
inline TimeSeries monthlySeries(int firstYear, int firstMonth, int day, int count)
{
    TimeSeries s;
    for (int i = 0; i < count; ++i) {
        const int index = firstYear * 12 + firstMonth - 1 + i;
        const int year = index / 12;
        const int month = index % 12 + 1;
        const int d = day == 31 ? CivilTime::daysInMonth(year, month) : day;
        s.ds.push_back(dateOf(year, month, d));
        s.y.push_back(100.0 + i + 10.0 * std::sin(2.0 * M_PI * month / 12.0));
    }
    return s;
}

/// Daily series of four years with trend, weekly and yearly cycles and noise.
inline TimeSeries fourYears()
{
    NormalDraws noise(7);
    std::vector<double> y;
    for (int i = 0; i < 4 * 365; ++i)
        y.push_back(50.0 + 0.02 * i + 3.0 * std::sin(2.0 * M_PI * i / 7.0) +
                    8.0 * std::cos(2.0 * M_PI * i / 365.25) + noise.next());
    return dailySeries(dateOf(2019, 1, 1), y);
}

/// Whether two frames hold the same rows and bit-identical numbers.
inline bool sameFrames(const CrossValidationFrame &a, const CrossValidationFrame &b)
{
    return a.ds == b.ds && a.cutoff == b.cutoff && a.y == b.y && a.yhat == b.yhat &&
           a.yhatLower == b.yhatLower && a.yhatUpper == b.yhatUpper && a.naive == b.naive &&
           a.seasonalNaive == b.seasonalNaive;
}

} // namespace prognos::testing
