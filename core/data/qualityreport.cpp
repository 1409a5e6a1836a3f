#include "qualityreport.h"

#include "frequencyinference.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_map>

namespace prognos {

QualityReport QualityReport::analyse(const SeriesTable &series, double outlierThreshold)
{
    QualityReport report;
    report.rows = static_cast<int>(series.size());
    if (series.empty())
        return report;

    // 1. Span, frequency and duplicates.
    std::vector<std::size_t> order(series.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return series.ds[a] < series.ds[b]; });
    report.first = series.ds[order.front()];
    report.last = series.ds[order.back()];
    report.frequency = FrequencyInference::infer(series.ds);
    for (std::size_t k = 1; k < order.size(); ++k) {
        if (series.ds[order[k]] != series.ds[order[k - 1]])
            continue;
        if (k == 1 || series.ds[order[k - 2]] != series.ds[order[k]])
            ++report.duplicateDates;
        report.duplicateRows.append(series.sourceRow[order[k]]);
    }
    std::sort(report.duplicateRows.begin(), report.duplicateRows.end());

    // 2. Gaps in the expected dates.
    if (report.frequency.regular) {
        for (std::size_t k = 1; k < order.size(); ++k) {
            const std::size_t a = order[k - 1];
            const std::size_t b = order[k];
            const int missing = FrequencyInference::missingBetween(report.frequency.frequency,
                                                                   series.ds[a], series.ds[b]);
            if (missing > 0)
                report.gaps.append({series.sourceRow[a], series.sourceRow[b], series.ds[a],
                                    series.ds[b], missing});
        }
    }

    // 3. Daylight-saving marks in a sub-daily series.
    const Frequency::Unit unit = report.frequency.frequency.unit;
    if (report.frequency.regular &&
        (unit == Frequency::Unit::Hour || unit == Frequency::Unit::Minute ||
         unit == Frequency::Unit::Second)) {
        const auto step = static_cast<Timestamp>(report.frequency.frequency.nominalStepMs());
        for (const DateGap &gap : std::as_const(report.gaps)) {
            if (gap.to - gap.from - step == kMsPerHour)
                report.daylightSavingRows.append(gap.rowAfter);
        }
        for (std::size_t i = 0; i < series.size(); ++i) {
            if (report.duplicateRows.contains(series.sourceRow[i]) &&
                CivilTime::fromTimestamp(series.ds[i]).hour < 4)
                report.daylightSavingRows.append(series.sourceRow[i]);
        }
        std::sort(report.daylightSavingRows.begin(), report.daylightSavingRows.end());
    }

    // 4. Values: missing, zero, negative, constant.
    double firstValue = std::nan("");
    report.constant = true;
    for (std::size_t i = 0; i < series.size(); ++i) {
        const double y = series.y[i];
        const int row = series.sourceRow[i];
        if (std::isnan(y)) {
            report.missingRows.append(row);
            continue;
        }
        ++report.rowsWithValue;
        if (y == 0.0)
            report.zeroRows.append(row);
        else if (y < 0.0)
            report.negativeRows.append(row);
        if (std::isnan(firstValue))
            firstValue = y;
        report.constant = report.constant && y == firstValue;
    }

    // 5. Outliers.
    report.outlierMethod = OutlierDetector::methodName(outlierThreshold);
    report.outliers = OutlierDetector::detect(series, report.frequency, outlierThreshold);
    return report;
}

QString QualityReport::rowList(const QList<int> &rows, int limit)
{
    QStringList parts;
    for (int i = 0; i < rows.size() && i < limit; ++i)
        parts.append(QString::number(rows[i]));
    QString text = parts.join(QStringLiteral(", "));
    if (rows.size() > limit)
        text += tr(" and %n more", nullptr, int(rows.size() - limit));
    return text;
}

QString QualityReport::blockingProblem() const
{
    if (rowsWithValue >= 2)
        return {};
    QString text =
        tr("Need at least 2 rows that have both a date and a value; found %1.").arg(rowsWithValue);
    if (!missingRows.isEmpty())
        text += u' ' + tr("%n row(s) have a blank value.", nullptr, int(missingRows.size()));
    return text;
}

QStringList QualityReport::summary() const
{
    QStringList lines;
    const auto date = [](Timestamp ts) { return QString::fromStdString(formatTimestamp(ts)); };
    lines.append(tr("%n row(s) with a date, %1 with a value.", nullptr, rows).arg(rowsWithValue));
    if (rows == 0)
        return lines;
    lines.append(tr("From %1 to %2.").arg(date(first), date(last)));
    lines.append(tr("Frequency: %1.").arg(frequency.description));
    if (!missingRows.isEmpty())
        lines.append(tr("%n missing value(s), rows %1.", nullptr, int(missingRows.size()))
                         .arg(rowList(missingRows)));
    if (!duplicateRows.isEmpty())
        lines.append(tr("%n row(s) repeat a date (%1 dates affected), rows %2.", nullptr,
                        int(duplicateRows.size()))
                         .arg(duplicateDates)
                         .arg(rowList(duplicateRows)));
    int missingDates = 0;
    for (const DateGap &gap : gaps)
        missingDates += gap.missingDates;
    if (!gaps.isEmpty())
        lines.append(tr("%n gap(s) with %1 missing dates; the first after row %2.", nullptr,
                        int(gaps.size()))
                         .arg(missingDates)
                         .arg(gaps.front().rowBefore));
    if (!daylightSavingRows.isEmpty())
        lines.append(tr("Rows %1 repeat or skip an hour, probably at a daylight-saving change; "
                        "times are kept as written.")
                         .arg(rowList(daylightSavingRows)));
    for (const Outlier &o : outliers)
        lines.append(tr("Row %1 may be an outlier: %2 (%3).")
                         .arg(o.row)
                         .arg(QLocale::c().toString(o.value, 'g', 10), o.reason));
    if (!outliers.isEmpty())
        lines.append(tr("Outlier method: %1.").arg(outlierMethod));
    if (constant && rowsWithValue > 0)
        lines.append(tr("The series is constant."));
    if (!zeroRows.isEmpty())
        lines.append(tr("y is 0 in rows %1.").arg(rowList(zeroRows)));
    if (!negativeRows.isEmpty())
        lines.append(tr("y is negative in rows %1.").arg(rowList(negativeRows)));
    return lines;
}

} // namespace prognos
