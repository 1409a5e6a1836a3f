#include "forecastcsv.h"

#include "data/csvwriter.h"

#include <cmath>

namespace prognos {

bool ForecastCsv::isBasicColumn(const std::string &name)
{
    for (const char *basic : {"yhat", "yhat_lower", "yhat_upper", "trend", "trend_lower",
                              "trend_upper", "cap", "floor"}) {
        if (name == basic)
            return true;
    }
    return false;
}

QByteArray ForecastCsv::forecast(const ReportData &data, bool withComponents)
{
    std::vector<const std::pair<std::string, std::vector<double>> *> columns;
    for (const auto &column : data.forecast.columns) {
        if (withComponents || isBasicColumn(column.first))
            columns.push_back(&column);
    }
    CsvWriter writer;
    writer.addText(u"ds");
    writer.addText(u"y");
    for (const auto *column : columns)
        writer.addText(QString::fromStdString(column->first));
    writer.endRow();

    const std::vector<double> y = data.actualY();
    for (std::size_t i = 0; i < data.forecast.size(); ++i) {
        writer.addTimestamp(data.forecast.ds[i]);
        writer.addNumber(y[i]);
        for (const auto *column : columns)
            writer.addNumber(column->second[i]);
        writer.endRow();
    }
    return writer.data();
}

QByteArray ForecastCsv::cvPredictions(const CrossValidationFrame &frame)
{
    CsvWriter writer;
    for (const char16_t *name : {u"ds", u"y", u"yhat", u"yhat_lower", u"yhat_upper", u"cutoff",
                                 u"naive", u"seasonal_naive"}) {
        writer.addText(name);
    }
    writer.endRow();
    auto valueOrNan = [](const std::vector<double> &values, std::size_t i) {
        return i < values.size() ? values[i] : std::nan("");
    };
    for (std::size_t i = 0; i < frame.size(); ++i) {
        writer.addTimestamp(frame.ds[i]);
        writer.addNumber(frame.y[i]);
        writer.addNumber(frame.yhat[i]);
        writer.addNumber(valueOrNan(frame.yhatLower, i));
        writer.addNumber(valueOrNan(frame.yhatUpper, i));
        writer.addTimestamp(frame.cutoff[i]);
        writer.addNumber(valueOrNan(frame.naive, i));
        writer.addNumber(valueOrNan(frame.seasonalNaive, i));
        writer.endRow();
    }
    return writer.data();
}

QByteArray ForecastCsv::cvMetrics(const MetricsTable &metrics)
{
    CsvWriter writer;
    writer.addText(metrics.monthly ? u"horizon_months" : u"horizon_days");
    for (const auto &[name, values] : metrics.columns)
        writer.addText(QString::fromStdString(name));
    writer.endRow();
    for (std::size_t i = 0; i < metrics.horizon.size(); ++i) {
        writer.addNumber(metrics.monthly ? double(metrics.horizon[i])
                                         : double(metrics.horizon[i]) / double(kMsPerDay));
        for (const auto &[name, values] : metrics.columns)
            writer.addNumber(values[i]);
        writer.endRow();
    }
    return writer.data();
}

} // namespace prognos
