#pragma once

#include "reportdata.h"

#include <QChart>
#include <QCoreApplication>

#include <memory>
#include <string>

class QXYSeries;

namespace prognos {

/// Builds the charts of exports and reports, without any window: the forecast (actuals as
/// points, yhat as a line, the uncertainty interval as a band and a marker where the
/// forecast starts), one chart per component and one per cross-validation metric.
///
/// The charts are plain QChart objects for ChartRenderer; they carry no animation.
class ForecastChart
{
    Q_DECLARE_TR_FUNCTIONS(ForecastChart)

public:
    /// The forecast chart: series "y" (scatter), the interval band (area), "yhat" (line) and
    /// "forecast start" (a vertical line), in that order.
    static std::unique_ptr<QChart> forecast(const ReportData &data);

    /// A component (trend, weekly, holidays, a regressor...) over the forecast dates, with
    /// its interval band when the forecast has one; a seasonality over its first period only.
    /// Null when there is no such column.
    static std::unique_ptr<QChart> component(const ReportData &data, const std::string &name);

    /// A cross-validation metric by horizon. Null when the table lacks it.
    static std::unique_ptr<QChart> metric(const MetricsTable &metrics, const std::string &name);

    /// The x value of a date: the naive wall-clock time placed in the local time zone, so
    /// that date axis labels show the dates of the data.
    static qreal axisX(Timestamp ts);

private:
    /// The leading rows of the forecast that span one period of the seasonality `name`; all
    /// rows for any other component.
    static std::size_t seasonRows(const ReportData &data, const std::string &name);
    static std::unique_ptr<QChart> emptyChart(const QString &title);
    static void addDateAxes(QChart &chart, const QString &yTitle);
    static void addBand(QChart &chart, const std::vector<Timestamp> &ds,
                        const std::vector<double> &lower, const std::vector<double> &upper,
                        const QString &name);
    static void addLine(QChart &chart, QXYSeries *series, const std::vector<Timestamp> &ds,
                        const std::vector<double> &values);
    static void addStartMarker(QChart &chart, const ReportData &data);
};

} // namespace prognos
