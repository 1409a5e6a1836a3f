#pragma once

// A small synthetic daily series fitted with the engine, shared by the export tests.

#include "export/reportdata.h"

#include "data/qualityreport.h"
#include "engine/crossvalidation.h"
#include "engine/performancemetrics.h"
#include "engine/prophet.h"

#include <QTest>

#include <cmath>

namespace prognos::testing {

/// 120 days from 2024-01-01: a rising line, a weekly pattern and a fixed wiggle.
inline TimeSeries syntheticDaily(int days = 120)
{
    TimeSeries series;
    const Timestamp start = CivilTime::daysFromCivil(2024, 1, 1) * kMsPerDay;
    for (int i = 0; i < days; ++i) {
        series.ds.push_back(start + i * kMsPerDay);
        series.y.push_back(1000.0 + 2.5 * i + 60.0 * std::sin(2.0 * M_PI * i / 7.0) +
                           15.0 * std::sin(i * 1.7));
    }
    return series;
}

/// The settings the tests fit with: few simulations to keep them quick.
inline ProphetConfig testConfig()
{
    ProphetConfig config;
    config.uncertaintySamples = 200;
    config.seed = 7;
    return config;
}

/// Fits `config` to `history` and predicts it plus `horizon` days.
inline Forecast fitAndPredict(const ProphetConfig &config, const TimeSeries &history, int horizon,
                              std::shared_ptr<const FittedModel> *model = nullptr)
{
    const FitResult fit = Prophet::fit(config, history);
    if (!fit.ok())
        qFatal("fit failed: %s", fit.message.c_str());
    const TimeSeries future = Prophet::makeFutureFrame(*fit.model, horizon, Frequency{}, true);
    const PredictResult predicted = Prophet::predict(*fit.model, future);
    if (!predicted.ok())
        qFatal("predict failed: %s", predicted.message.c_str());
    if (model)
        *model = fit.model;
    return predicted.forecast;
}

/// A complete ReportData; with `withCrossValidation` also the folds and metrics.
inline ReportData makeReportData(bool withCrossValidation = false)
{
    ReportData data;
    data.datasetName = QStringLiteral("synthetic-sales.csv");
    data.config = testConfig();
    data.horizon = 30;
    data.actuals = syntheticDaily();
    data.forecast = fitAndPredict(data.config, data.actuals, data.horizon, &data.model);
    data.importNotes << QStringLiteral("Dates in column \"date\" (YYYY-MM-DD).");
    data.cleaning.append(CleaningStep::fillMissing(CleaningStep::Fill::Linear));
    data.cleaningLog << QStringLiteral("Filled 0 missing values.");
    data.warnings << QStringLiteral("A test warning about the horizon.");

    SeriesTable raw;
    for (std::size_t i = 0; i < data.actuals.size(); ++i) {
        raw.sourceRow.push_back(int(i) + 1);
        raw.ds.push_back(data.actuals.ds[i]);
        raw.y.push_back(data.actuals.y[i]);
    }
    data.quality = QualityReport::analyse(raw);
    data.rawData = raw;

    if (withCrossValidation) {
        CrossValidationConfig cv;
        cv.horizon = CalendarSpan::days(14);
        cv.period = CalendarSpan::days(14);
        cv.initial = CalendarSpan::days(70);
        const CrossValidationResult result = CrossValidation::run(*data.model, cv);
        if (!result.ok())
            qFatal("cross-validation failed: %s", result.message.c_str());
        data.cvFrame = result.frame;
        data.cvMetrics = PerformanceMetrics::compute(result.frame);
    }
    return data;
}

} // namespace prognos::testing
