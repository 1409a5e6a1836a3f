#pragma once

#include "fittedmodel.h"
#include "logposterior.h"
#include "preparedframe.h"
#include "prophetconfig.h"
#include "timeseries.h"

#include <atomic>
#include <string>

namespace prognos {

/// Everything Prophet's fit does before the optimizer runs (§3–§9 of the model document):
/// checks the data, keeps the rows with a value, sets the scales, resolves seasonalities,
/// places changepoints, lays out the features and computes the initial parameters.
class ModelBuilder
{
public:
    /// Returns false with a user-facing message when the data or settings cannot be fitted.
    static bool build(const ProphetConfig &config, const TimeSeries &input,
                      const CountryHolidayProvider &countryHolidays, FittedModel &model,
                      StanData &stanData, std::string &error,
                      const std::atomic_bool *cancel = nullptr);

private:
    static bool selectHistory(const TimeSeries &input, FittedModel &model, std::string &error);
    static bool setScales(FittedModel &model, std::string &error);
    static bool resolveRegressors(FittedModel &model, std::string &error);
    static void resolveSeasonalities(FittedModel &model);
    static bool placeChangepoints(FittedModel &model, std::string &error);
    static bool layoutFeatures(FittedModel &model, std::string &error);
    static void initialParameters(FittedModel &model, const PreparedFrame &frame,
                                  const Eigen::VectorXd &yScaled);
};

} // namespace prognos
