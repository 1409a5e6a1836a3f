#pragma once

#include "fittedmodel.h"
#include "timeseries.h"

#include <Eigen/Core>

#include <atomic>
#include <string>
#include <vector>

namespace prognos {

/// A frame set up for the model as Prophet's setup_dataframe does (§3.2): rows stably sorted
/// by ds, scaled time, scaled cap, the floor, standardized regressors and the feature matrix.
struct PreparedFrame
{
    std::vector<std::size_t> order; ///< input row of each sorted row
    std::vector<Timestamp> ds;
    Eigen::VectorXd t;
    Eigen::VectorXd capScaled; ///< zeros unless growth is logistic
    Eigen::VectorXd floor;
    Eigen::VectorXd cap; ///< the input cap in sorted order (empty when absent)
    Eigen::MatrixXd X;

    /// Sets up `frame` for `model` (whose scales and layout are already known, and whose
    /// parameters have one rate change per changepoint and one coefficient per feature). On
    /// failure returns false and writes a message naming the column and row.
    /// A set `cancel` flag stops the work early (the frame is then incomplete).
    static bool prepare(const FittedModel &model, const TimeSeries &frame, PreparedFrame &out,
                        std::string &error, const std::atomic_bool *cancel = nullptr);
};

/// Builds the feature matrix of sorted dates for a model's feature layout (§6, §7, §9).
class FeatureMatrix
{
public:
    /// Columns in the order of model.featureNames. `regressors` and `conditions` hold the
    /// sorted frame's standardized regressor values and 0/1 condition values by name.
    static Eigen::MatrixXd build(const FittedModel &model, const std::vector<Timestamp> &ds,
                                 const std::map<std::string, Eigen::VectorXd> &regressors,
                                 const std::map<std::string, Eigen::VectorXd> &conditions,
                                 const std::atomic_bool *cancel = nullptr);

    /// The holiday rows that apply to dates in `ds`: the user's holidays plus the country's
    /// for every calendar year in `ds` (§7.2).
    static std::vector<HolidayEvent> holidayRows(const FittedModel &model,
                                                 const std::vector<Timestamp> &ds);

    /// Prophet's name of a holiday feature: `<holiday>_delim_<+|-><|offset|>`.
    static std::string holidayColumnName(const std::string &holiday, int offset);
};

} // namespace prognos
