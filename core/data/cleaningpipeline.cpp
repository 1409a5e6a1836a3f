#include "cleaningpipeline.h"

#include "frequencyinference.h"
#include "importlog.h"
#include "qualityreport.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace prognos {

namespace {

using Aggregator = CleaningStep::Aggregator;
using Unit = Frequency::Unit;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double aggregate(std::vector<double> values, Aggregator aggregator)
{
    values.erase(
        std::remove_if(values.begin(), values.end(), [](double v) { return std::isnan(v); }),
        values.end());
    if (values.empty())
        return kNaN;
    switch (aggregator) {
    case Aggregator::Mean:
        return std::accumulate(values.begin(), values.end(), 0.0) / double(values.size());
    case Aggregator::Median: {
        std::sort(values.begin(), values.end());
        const std::size_t mid = values.size() / 2;
        return values.size() % 2 ? values[mid] : 0.5 * (values[mid - 1] + values[mid]);
    }
    case Aggregator::Sum:
        return std::accumulate(values.begin(), values.end(), 0.0);
    case Aggregator::Min:
        return *std::min_element(values.begin(), values.end());
    case Aggregator::Max:
        return *std::max_element(values.begin(), values.end());
    case Aggregator::First:
        return values.front();
    case Aggregator::Last:
        return values.back();
    }
    return kNaN;
}

/// Combines the rows with equal keys into one row at that key. y and the regressors use
/// `aggregator`; cap takes the largest and floor the smallest value of the group.
SeriesTable combine(const SeriesTable &t, const std::vector<Timestamp> &keys, Aggregator aggregator)
{
    std::vector<std::size_t> order(t.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return keys[a] < keys[b]; });
    SeriesTable out = t.emptyCopy();
    std::size_t begin = 0;
    while (begin < order.size()) {
        std::size_t end = begin;
        while (end < order.size() && keys[order[end]] == keys[order[begin]])
            ++end;
        const auto gather = [&](const std::vector<double> &column) {
            std::vector<double> values;
            for (std::size_t k = begin; k < end; ++k)
                values.push_back(column[order[k]]);
            return values;
        };
        out.appendRow(t, order[begin]);
        out.ds.back() = keys[order[begin]];
        out.y.back() = aggregate(gather(t.y), aggregator);
        out.excluded.back() = false;
        if (!t.cap.empty())
            out.cap.back() = aggregate(gather(t.cap), Aggregator::Max);
        if (!t.floor.empty())
            out.floor.back() = aggregate(gather(t.floor), Aggregator::Min);
        for (auto &[name, values] : out.regressors)
            values.back() = aggregate(gather(t.regressors.at(name)), aggregator);
        for (std::size_t k = begin + 1; k < end && !t.group.empty(); ++k) {
            if (t.group[order[k]] != out.group.back())
                out.group.back().clear(); // a combination of several groups
        }
        begin = end;
    }
    return out;
}

/// The start (or, for end-anchored units, the end) of the period of `f` that holds `ts`.
Timestamp bucket(Timestamp ts, const Frequency &f, Timestamp origin)
{
    const std::int64_t n = std::max(1, f.count);
    const auto floorTo = [](Timestamp value, Timestamp step) {
        return (value >= 0 ? value / step : (value - step + 1) / step) * step;
    };
    const CivilTime c = CivilTime::fromTimestamp(ts);
    const CivilTime o = CivilTime::fromTimestamp(origin);
    const std::int64_t monthIndex = std::int64_t(c.year) * 12 + c.month - 1;
    const std::int64_t originMonth = std::int64_t(o.year) * 12 + o.month - 1;
    const auto monthBucket = [&](std::int64_t monthsPerUnit, bool atEnd) {
        const std::int64_t span = monthsPerUnit * n;
        const std::int64_t base =
            monthsPerUnit == 1 ? originMonth : originMonth - originMonth % monthsPerUnit;
        std::int64_t start = base + floorTo(monthIndex - base, span);
        if (atEnd)
            start += span - 1;
        const int year = int(start >= 0 ? start / 12 : (start - 11) / 12);
        const int month = int(start - std::int64_t(year) * 12) + 1;
        const int day = atEnd ? CivilTime::daysInMonth(year, month) : 1;
        return CivilTime::daysFromCivil(year, month, day) * kMsPerDay;
    };
    switch (f.unit) {
    case Unit::Second:
    case Unit::Minute:
    case Unit::Hour:
    case Unit::Day:
    case Unit::Week: {
        const auto step = static_cast<Timestamp>(f.nominalStepMs());
        const Timestamp unitMs = f.unit == Unit::Week ? kMsPerDay : step / n;
        const Timestamp base = floorTo(origin, unitMs);
        return base + floorTo(ts - base, step);
    }
    case Unit::MonthStart:
    case Unit::Month:
        return monthBucket(1, false);
    case Unit::MonthEnd:
        return monthBucket(1, true);
    case Unit::QuarterStart:
    case Unit::Quarter:
        return monthBucket(3, false);
    case Unit::QuarterEnd:
        return monthBucket(3, true);
    case Unit::YearStart:
    case Unit::Year:
        return monthBucket(12, false);
    case Unit::YearEnd:
        return monthBucket(12, true);
    case Unit::BusinessDay:
        break;
    }
    return ts;
}

QString rowsText(const QList<int> &rows)
{
    return QualityReport::rowList(rows, 20);
}

/// The steps, each returning an error message or an empty string.
class StepRunner
{
public:
    StepRunner(SeriesTable &table, CleaningResult &result)
        : m_table(table)
        , m_result(result)
    {}

    QString run(const CleaningStep &step)
    {
        switch (step.kind) {
        case CleaningStep::Kind::AggregateDuplicates:
            return aggregateDuplicates(step);
        case CleaningStep::Kind::FillMissing:
            return fillMissing(step);
        case CleaningStep::Kind::ExcludeOutliers:
            return excludeOutliers(step);
        case CleaningStep::Kind::Transform:
            return transform(step);
        case CleaningStep::Kind::Resample:
            return resample(step);
        case CleaningStep::Kind::DateRange:
            return dateRange(step);
        case CleaningStep::Kind::SelectGroup:
            return selectGroup(step);
        }
        return {};
    }

private:
    QString aggregateDuplicates(const CleaningStep &step)
    {
        const std::size_t before = m_table.size();
        m_table = combine(m_table, m_table.ds, step.aggregator);
        m_result.log.append(CleaningPipeline::tr("%n row(s) merged into rows with the same date.",
                                                 nullptr, int(before - m_table.size())));
        return {};
    }

    QString fillMissing(const CleaningStep &step)
    {
        m_table = m_table.sortedByDs();
        std::vector<double> &y = m_table.y;
        QList<int> filled;
        std::size_t lastValid = y.size();
        for (std::size_t i = 0; i < y.size(); ++i) {
            if (!std::isnan(y[i])) {
                lastValid = i;
                continue;
            }
            double value = kNaN;
            switch (step.fill) {
            case CleaningStep::Fill::Leave:
                break;
            case CleaningStep::Fill::Zero:
                value = 0.0;
                break;
            case CleaningStep::Fill::ForwardFill:
                value = lastValid < y.size() ? y[lastValid] : kNaN;
                break;
            case CleaningStep::Fill::Linear: {
                std::size_t next = i + 1;
                while (next < y.size() && std::isnan(y[next]))
                    ++next;
                if (lastValid < y.size() && next < y.size()) {
                    const double span = double(m_table.ds[next] - m_table.ds[lastValid]);
                    const double t =
                        span > 0 ? double(m_table.ds[i] - m_table.ds[lastValid]) / span : 0.0;
                    value = y[lastValid] + t * (y[next] - y[lastValid]);
                }
                break;
            }
            }
            if (!std::isnan(value)) {
                y[i] = value;
                filled.append(m_table.sourceRow[i]);
            }
        }
        if (step.fill != CleaningStep::Fill::Leave)
            m_result.log.append(CleaningPipeline::tr("Filled %n missing value(s): rows %1.",
                                                     nullptr, int(filled.size()))
                                    .arg(rowsText(filled)));
        return {};
    }

    QString excludeOutliers(const CleaningStep &step)
    {
        QList<int> rows = step.rows;
        if (rows.isEmpty()) {
            const InferredFrequency frequency = FrequencyInference::infer(m_table.ds);
            for (const Outlier &o :
                 OutlierDetector::detect(m_table, frequency, step.outlierThreshold))
                rows.append(o.row);
        }
        QList<int> done;
        for (std::size_t i = 0; i < m_table.size(); ++i) {
            if (m_table.sourceRow[i] > 0 && rows.contains(m_table.sourceRow[i]) &&
                !std::isnan(m_table.y[i])) {
                m_table.y[i] = kNaN;
                m_table.excluded[i] = true;
                done.append(m_table.sourceRow[i]);
            }
        }
        std::sort(done.begin(), done.end());
        m_result.excludedRows += done;
        m_result.log.append(
            CleaningPipeline::tr("Excluded the value of %n row(s) (the rows stay): %1.", nullptr,
                                 int(done.size()))
                .arg(rowsText(done)));
        return {};
    }

    QString transform(const CleaningStep &step)
    {
        if (m_result.transform.kind() != ValueTransform::Kind::None)
            return CleaningPipeline::tr("y is already transformed; only one transform can apply.");
        const ValueTransform t(step.transform);
        QList<int> bad;
        bool allZero = true;
        for (std::size_t i = 0; i < m_table.size(); ++i) {
            if (!t.accepts(m_table.y[i])) {
                bad.append(m_table.sourceRow[i]);
                allZero = allZero && m_table.y[i] == 0.0;
            }
        }
        if (!bad.isEmpty()) {
            if (t.kind() == ValueTransform::Kind::Log)
                return allZero ? CleaningPipeline::tr("log needs y > 0; rows %1 have y = 0")
                                     .arg(rowsText(bad))
                               : CleaningPipeline::tr("log needs y > 0; rows %1 have y \u2264 0")
                                     .arg(rowsText(bad));
            return CleaningPipeline::tr("log1p needs y > -1; rows %1 have y \u2264 -1")
                .arg(rowsText(bad));
        }
        for (std::vector<double> *column : {&m_table.y, &m_table.cap, &m_table.floor}) {
            for (double &v : *column) {
                if (!t.accepts(v))
                    return CleaningPipeline::tr("%1 cannot take the cap or floor values.")
                        .arg(t.name());
                v = t.apply(v);
            }
        }
        m_result.transform = t;
        m_result.log.append(
            CleaningPipeline::tr("y, cap and floor transformed with %1; forecasts are "
                                 "transformed back.")
                .arg(t.name()));
        return {};
    }

    QString resample(const CleaningStep &step)
    {
        if (step.frequency.unit == Unit::BusinessDay)
            return CleaningPipeline::tr("Resampling to business days is not supported.");
        if (m_table.empty())
            return {};
        const InferredFrequency current = FrequencyInference::infer(m_table.ds);
        if (current.regular && step.frequency.nominalStepMs() <= current.frequency.nominalStepMs())
            return CleaningPipeline::tr("%1 is not coarser than the data (%2).")
                .arg(FrequencyInference::describe(step.frequency), current.description);
        const Timestamp origin = *std::min_element(m_table.ds.begin(), m_table.ds.end());
        std::vector<Timestamp> keys(m_table.size());
        for (std::size_t i = 0; i < m_table.size(); ++i)
            keys[i] = bucket(m_table.ds[i], step.frequency, origin);
        const std::size_t before = m_table.size();
        m_table = combine(m_table, keys, step.aggregator);
        m_result.log.append(CleaningPipeline::tr("%1 rows resampled into %2 (%3).")
                                .arg(before)
                                .arg(m_table.size())
                                .arg(CleaningStep::aggregatorName(step.aggregator)));
        return {};
    }

    QString dateRange(const CleaningStep &step)
    {
        SeriesTable kept = m_table.emptyCopy();
        for (std::size_t i = 0; i < m_table.size(); ++i) {
            if ((!step.from || m_table.ds[i] >= *step.from) &&
                (!step.to || m_table.ds[i] <= *step.to))
                kept.appendRow(m_table, i);
        }
        m_result.log.append(CleaningPipeline::tr("%n row(s) outside the date range removed.",
                                                 nullptr, int(m_table.size() - kept.size())));
        m_table = std::move(kept);
        return {};
    }

    QString selectGroup(const CleaningStep &step)
    {
        if (m_table.group.empty() && !m_table.empty())
            return CleaningPipeline::tr("There is no group column.");
        SeriesTable kept = m_table.emptyCopy();
        for (std::size_t i = 0; i < m_table.size(); ++i) {
            if (m_table.group[i] == step.groupValue)
                kept.appendRow(m_table, i);
        }
        if (kept.empty())
            return CleaningPipeline::tr("No row has the group \u201C%1\u201D.")
                .arg(step.groupValue);
        m_result.log.append(CleaningPipeline::tr("%n row(s) of group \u201C%1\u201D kept.", nullptr,
                                                 int(kept.size()))
                                .arg(step.groupValue));
        m_table = std::move(kept);
        return {};
    }

    SeriesTable &m_table;
    CleaningResult &m_result;
};

} // namespace

CleaningResult CleaningPipeline::apply(const SeriesTable &raw) const
{
    CleaningResult result;
    SeriesTable table = raw;
    StepRunner runner(table, result);
    for (qsizetype i = 0; i < m_steps.size(); ++i) {
        const QString error = runner.run(m_steps[i]);
        if (!error.isEmpty()) {
            result.error = tr("Step %1 (%2): %3").arg(i + 1).arg(m_steps[i].describe(), error);
            qCInfo(lcImport) << "cleaning step" << i + 1 << "failed";
            return result;
        }
    }
    result.table = table.sortedByDs();
    result.series = result.table.toTimeSeries();
    const QualityReport check = QualityReport::analyse(result.table);
    if (!check.duplicateRows.isEmpty())
        result.log.append(tr("%n row(s) still share a date with another row.", nullptr,
                             int(check.duplicateRows.size())));
    result.ok = true;
    return result;
}

std::map<QString, SeriesTable> CleaningPipeline::splitByGroup(const SeriesTable &raw)
{
    std::map<QString, SeriesTable> groups;
    for (std::size_t i = 0; i < raw.group.size(); ++i) {
        auto [it, inserted] = groups.try_emplace(raw.group[i]);
        if (inserted)
            it->second = raw.emptyCopy();
        it->second.appendRow(raw, i);
    }
    return groups;
}

} // namespace prognos
