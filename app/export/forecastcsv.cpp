#include "forecastcsv.h"

#include "data/crossvalidationcsv.h"
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
    return CrossValidationCsv::predictions(frame);
}

QByteArray ForecastCsv::cvMetrics(const MetricsTable &metrics, const BaselineComparison *baselines)
{
    return CrossValidationCsv::metrics(metrics, baselines);
}

} // namespace prognos
