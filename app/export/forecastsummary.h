#pragma once

#include "reportdata.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace prognos {

/// The plain-language facts of a report's summary page, formatted for a locale: e.g.
/// "March 2025: 1,234, 80 % interval 1,100 to 1,370".
class ForecastSummary
{
    Q_DECLARE_TR_FUNCTIONS(ForecastSummary)

public:
    ForecastSummary(const ReportData &data, const QLocale &locale);

    /// The forecast of the last date: its yhat and interval, in words.
    QString sentence() const;
    /// "2024-01-01 to 2024-12-31 (366 rows)" in the locale's short date format.
    QString span() const;
    /// "daily", "weekly, on Monday"...
    QString frequency() const;
    /// "30 periods, to 31 January 2025".
    QString horizon() const;

    /// A value rounded for reading: whole numbers from 100 up, else three significant digits.
    QString formatValue(double value) const;
    /// A date as the frequency suggests: "March 2025" for monthly or coarser data, the long
    /// date for daily data, with the time of day for sub-daily data.
    QString formatDate(Timestamp ts) const;

private:
    const Frequency &seriesFrequency() const;

    const ReportData &m_data;
    QLocale m_locale;
};

} // namespace prognos
