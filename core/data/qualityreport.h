#pragma once

#include "dategap.h"
#include "inferredfrequency.h"
#include "outlierdetector.h"
#include "seriestable.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace prognos {

/// What a series looks like before fitting: each problem comes with its rows (data records,
/// 1-based) so that the issues list can jump to them.
struct QualityReport
{
    Q_DECLARE_TR_FUNCTIONS(QualityReport)

public:
    int rows = 0;          ///< rows with a date
    int rowsWithValue = 0; ///< rows with both a date and a y
    Timestamp first = 0;   ///< earliest ds
    Timestamp last = 0;    ///< latest ds
    InferredFrequency frequency;

    QList<int> missingRows;   ///< y missing (including values excluded by cleaning)
    QList<int> duplicateRows; ///< rows whose ds an earlier row already has
    int duplicateDates = 0;   ///< distinct dates that occur more than once
    QList<DateGap> gaps;      ///< only for a regular frequency
    /// Sub-daily series without UTC offsets: rows after exactly one missing hour, or rows
    /// repeating a time between 00:00 and 03:59, the marks of a daylight-saving change.
    QList<int> daylightSavingRows;
    QString outlierMethod;
    QList<Outlier> outliers;
    bool constant = false;   ///< every y is the same (or there is at most one)
    QList<int> zeroRows;     ///< y == 0 (a plain log transform cannot take them)
    QList<int> negativeRows; ///< y < 0

    /// Analyses `series`; outliers use OutlierDetector with `outlierThreshold`.
    static QualityReport analyse(const SeriesTable &series,
                                 double outlierThreshold = OutlierDetector::kDefaultThreshold);

    /// One translated sentence per finding, for the report panel and exports.
    QStringList summary() const;

    /// Why the series cannot be fitted at all (fewer than two rows with both a date and a
    /// value), or an empty string. Prophet needs two such rows.
    QString blockingProblem() const;

    /// Rows as "7, 14, 21" (the first `limit`, then "and N more").
    static QString rowList(const QList<int> &rows, int limit = 10);
};

} // namespace prognos
