#pragma once

#include "frequency.h"
#include "holidayevent.h"
#include "prophetconfig.h"
#include "timeseries.h"

#include <Eigen/Core>

#include <string>
#include <vector>

namespace prognos {

/// The MAP parameters of the Stan model, on Prophet's scaled axes (§10.2).
struct ModelParameters
{
    double k = 0;          ///< base growth rate
    double m = 0;          ///< offset
    Eigen::VectorXd delta; ///< rate change at each changepoint
    double sigmaObs = 1;   ///< observation noise
    Eigen::VectorXd beta;  ///< one coefficient per feature column
};

/// A seasonality after Prophet's auto rules and defaults have been applied.
struct ResolvedSeasonality
{
    std::string name;
    double period = 0; ///< days
    int fourierOrder = 0;
    double priorScale = 10;
    ComponentMode mode = ComponentMode::Additive;
    std::string conditionName;
};

/// A regressor with its defaults applied and its standardization (set at fit).
struct ResolvedRegressor
{
    std::string name;
    double priorScale = 10;
    Standardize standardize = Standardize::Auto;
    ComponentMode mode = ComponentMode::Additive;
    double mu = 0;  ///< subtracted before use
    double std = 1; ///< divided by before use
};

/// A named component of the forecast and the feature columns it sums.
struct Component
{
    std::string name;
    std::vector<int> columns;
    bool additive = true; ///< additive components are in y units, the others fractions
};

/// Everything a fitted model needs to predict: the resolved settings, the scales, the
/// feature layout, the changepoints and the parameters.
struct FittedModel
{
    ProphetConfig config;
    std::vector<ResolvedSeasonality> seasonalities; ///< in feature order
    std::vector<ResolvedRegressor> regressors;
    std::vector<HolidayEvent> holidays;            ///< user holidays
    std::vector<std::string> trainHolidayNames;    ///< in order of first appearance
    CountryHolidayProvider countryHolidayProvider; ///< expands config.countryHolidays

    Timestamp start = 0; ///< earliest history date
    double tScaleMs = 1; ///< span of the history in milliseconds (1 if zero)
    double yScale = 1;
    double yMin = 0; ///< floor used with minmax scaling
    bool logisticFloor = false;
    int nChangepoints = 0; ///< after Prophet's reduction for short histories
    std::vector<Timestamp> changepoints;
    Eigen::VectorXd changepointsT; ///< scaled; a single 0 when there are none

    std::vector<std::string> featureNames;
    std::vector<std::string> featureComponents; ///< the component each feature belongs to
    Eigen::VectorXd priorScales;
    Eigen::VectorXd additiveMask;       ///< s_a
    Eigen::VectorXd multiplicativeMask; ///< s_m
    std::vector<Component> components;  ///< sorted by name, then the *_terms totals

    ModelParameters params;
    std::vector<Timestamp> historyDates; ///< sorted unique dates of the input, missing y too
    TimeSeries history;                  ///< sorted rows that have y
    Frequency frequency;                 ///< guessed from the history, for future dates

    // How the fit went.
    std::string algorithmUsed; ///< "lbfgs", "newton" or "constant"
    int iterations = 0;
    int evaluations = 0;     ///< objective and gradient evaluations
    double logPosterior = 0; ///< the objective of §10.3 at params
    std::vector<std::string> warnings;
};

} // namespace prognos
