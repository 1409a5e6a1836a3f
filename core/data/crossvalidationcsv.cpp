#include "crossvalidationcsv.h"

#include "csvwriter.h"

#include <cmath>

namespace prognos {

QByteArray CrossValidationCsv::predictions(const CrossValidationFrame &frame)
{
    CsvWriter writer;
    for (const char16_t *name : {u"ds", u"y", u"yhat", u"yhat_lower", u"yhat_upper", u"cutoff",
                                 u"naive", u"seasonal_naive"}) {
        writer.addText(name);
    }
    writer.endRow();
    for (std::size_t i = 0; i < frame.size(); ++i) {
        writer.addTimestamp(frame.ds[i]);
        writer.addNumber(frame.y[i]);
        writer.addNumber(frame.yhat[i]);
        writer.addNumber(frame.hasIntervals() ? frame.yhatLower[i] : std::nan(""));
        writer.addNumber(frame.hasIntervals() ? frame.yhatUpper[i] : std::nan(""));
        writer.addTimestamp(frame.cutoff[i]);
        writer.addNumber(frame.hasBaselines() ? frame.naive[i] : std::nan(""));
        writer.addNumber(frame.hasBaselines() ? frame.seasonalNaive[i] : std::nan(""));
        writer.endRow();
    }
    return writer.data();
}

QByteArray CrossValidationCsv::metrics(const MetricsTable &metrics,
                                       const BaselineComparison *baselines)
{
    // Horizons in days (Prophet's performance_metrics frame prints them as timedeltas; R as
    // days).
    CsvWriter writer;
    writer.addText(metrics.monthly ? u"horizon_months" : u"horizon_days");
    for (const auto &[name, values] : metrics.columns)
        writer.addText(QString::fromStdString(name));
    const MetricsTable *ratios[] = {baselines ? &baselines->naiveRatio : nullptr,
                                    baselines ? &baselines->seasonalNaiveRatio : nullptr};
    const char *suffixes[] = {"_vs_naive", "_vs_seasonal_naive"};
    for (int r = 0; r < 2; ++r) {
        if (ratios[r] && ratios[r]->ok()) {
            for (const auto &[name, values] : ratios[r]->columns)
                writer.addText(QString::fromStdString(name + suffixes[r]));
        }
    }
    writer.endRow();
    for (std::size_t i = 0; i < metrics.horizon.size(); ++i) {
        writer.addNumber(metrics.monthly ? double(metrics.horizon[i])
                                         : double(metrics.horizon[i]) / double(kMsPerDay));
        for (const auto &[name, values] : metrics.columns)
            writer.addNumber(values[i]);
        for (const MetricsTable *ratio : ratios) {
            if (ratio && ratio->ok()) {
                for (const auto &[name, values] : ratio->columns)
                    writer.addNumber(values[i]);
            }
        }
        writer.endRow();
    }
    return writer.data();
}

} // namespace prognos
