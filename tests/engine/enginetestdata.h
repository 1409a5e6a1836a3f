#pragma once

// Inputs shared by the engine's behaviour tests: the upstream Prophet test series (read from
// ../shared at run time, never copied) and small generators for synthetic series.

#include "referencecase.h"

#include "engine/preparedframe.h"
#include "engine/prophet.h"
#include "engine/timestamp.h"

#include <QFile>
#include <QString>

#include <cmath>
#include <cstdint>
#include <random>
#include <vector>

namespace prognos::testing {

/// Whether a message contains `words` (case-insensitive).
inline bool mentions(const std::string &text, const char *words)
{
    return QString::fromStdString(text).contains(QLatin1String(words), Qt::CaseInsensitive);
}

/// The name of a status, so that QCOMPARE prints it.
inline QString statusName(Status s)
{
    switch (s) {
    case Status::Ok:
        return QStringLiteral("Ok");
    case Status::InvalidInput:
        return QStringLiteral("InvalidInput");
    case Status::Cancelled:
        return QStringLiteral("Cancelled");
    case Status::Failed:
        return QStringLiteral("Failed");
    }
    return {};
}

/// Path of a file of ../shared/reference/upstream-tests, or an empty string when absent.
inline QString upstreamFile(const QString &name)
{
    const QString shared = sharedDir();
    if (shared.isEmpty())
        return {};
    const QString path = shared + QStringLiteral("/reference/upstream-tests/") + name;
    return QFile::exists(path) ? path : QString();
}

/// Midnight of a calendar date.
inline Timestamp dateOf(int year, int month, int day)
{
    return CivilTime::daysFromCivil(year, month, day) * kMsPerDay;
}

/// A date written as YYYY-MM-DD (0 when it does not parse; tests only use valid text).
inline Timestamp isoDate(const char *text)
{
    return parseIsoTimestamp(text).value_or(0);
}

/// Rows [first, first + count) of a series, with every column.
inline TimeSeries sliceRows(const TimeSeries &s, std::size_t first, std::size_t count)
{
    TimeSeries out;
    auto take = [&](const std::vector<double> &v) {
        return v.empty()
                   ? v
                   : std::vector<double>(v.begin() + long(first), v.begin() + long(first + count));
    };
    out.ds.assign(s.ds.begin() + long(first), s.ds.begin() + long(first + count));
    out.y = take(s.y);
    out.cap = take(s.cap);
    out.floor = take(s.floor);
    for (const auto &[name, values] : s.columns)
        out.columns[name] = take(values);
    return out;
}

/// `y.size()` rows one step apart from `first`.
inline TimeSeries regularSeries(Timestamp first, Timestamp step, const std::vector<double> &y)
{
    TimeSeries s;
    for (std::size_t i = 0; i < y.size(); ++i)
        s.ds.push_back(first + Timestamp(i) * step);
    s.y = y;
    return s;
}

/// Daily rows from `first`.
inline TimeSeries dailySeries(Timestamp first, const std::vector<double> &y)
{
    return regularSeries(first, kMsPerDay, y);
}

/// Root mean square of the row-wise difference (compared by position).
inline double rmse(const std::vector<double> &a, const std::vector<double> &b)
{
    double squares = 0;
    const std::size_t n = std::min(a.size(), b.size());
    for (std::size_t i = 0; i < n; ++i)
        squares += (a[i] - b[i]) * (a[i] - b[i]);
    return std::sqrt(squares / double(n));
}

/// Fits without optimizing: the model as Prophet sets it up, parameters at their initial
/// values. Returns nullptr when the setup fails.
inline std::shared_ptr<const FittedModel>
prepareModel(const ProphetConfig &config, const TimeSeries &history, std::string *message = nullptr)
{
    FitOptions options;
    options.skipOptimization = true;
    FitResult result = Prophet::fit(config, history, options);
    if (message)
        *message = result.message;
    return result.model;
}

/// The feature matrix of `frame` for `model`, or an empty matrix when setup fails.
inline Eigen::MatrixXd featuresOf(const FittedModel &model, const TimeSeries &frame)
{
    PreparedFrame prepared;
    std::string error;
    if (!PreparedFrame::prepare(model, frame, prepared, error))
        return {};
    return prepared.X;
}

/// Index of a feature column by name, or -1.
inline int featureIndex(const FittedModel &model, const std::string &name)
{
    for (std::size_t i = 0; i < model.featureNames.size(); ++i) {
        if (model.featureNames[i] == name)
            return int(i);
    }
    return -1;
}

/// The resolved seasonality of that name, or nullptr.
inline const ResolvedSeasonality *seasonalityOf(const FittedModel &model, const std::string &name)
{
    for (const ResolvedSeasonality &s : model.seasonalities) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

/// The component of that name, or nullptr.
inline const Component *componentOf(const FittedModel &model, const std::string &name)
{
    for (const Component &c : model.components) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

/// Standard normal draws from a fixed-seed 64-bit Mersenne Twister by the Box–Muller
/// transform, so the numbers are the same with every standard library.
class NormalDraws
{
public:
    explicit NormalDraws(std::uint64_t seed)
        : m_engine(seed)
    {}
    double next()
    {
        const double u1 = (double(m_engine() >> 11) + 0.5) * 0x1.0p-53;
        const double u2 = (double(m_engine() >> 11) + 0.5) * 0x1.0p-53;
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
    }
    std::uint64_t nextInteger() { return m_engine(); }

private:
    std::mt19937_64 m_engine;
};

} // namespace prognos::testing

/// Reads an upstream test series into `series`, or skips the test with the reason.
#define PROGNOS_UPSTREAM_SERIES(series, fileName)                                                  \
    const QString series##Path = prognos::testing::upstreamFile(QStringLiteral(fileName));         \
    if (series##Path.isEmpty())                                                                    \
        QSKIP("../shared/reference/upstream-tests/" fileName " is not on this machine "            \
              "(set PROGNOS_SHARED_DIR to the shared folder); this test reads it.");               \
    const prognos::TimeSeries series =                                                             \
        prognos::testing::readSeries(prognos::testing::CsvTable::read(series##Path))
