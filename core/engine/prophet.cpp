#include "prophet.h"

#include "lbfgsoptimizer.h"
#include "logposterior.h"
#include "modelbuilder.h"
#include "newtonoptimizer.h"
#include "preparedframe.h"
#include "trend.h"
#include "uncertaintysimulator.h"

#include <algorithm>
#include <cmath>
#include <exception>
#include <new>
#include <thread>

namespace prognos {

namespace {

/// Histories shorter than this are fitted with Newton's method, as Prophet does.
constexpr std::size_t kNewtonBelowRows = 100;

double roundToSixDigits(double value)
{
    if (value == 0.0 || !std::isfinite(value))
        return value;
    const double magnitude = std::floor(std::log10(std::abs(value)));
    const double factor = std::pow(10.0, 5.0 - magnitude);
    return std::round(value * factor) / factor;
}

void unpack(const LogPosterior &objective, const Eigen::VectorXd &theta, ModelParameters &p)
{
    const Eigen::Index s = objective.changepointCount();
    p.k = theta[0];
    p.m = theta[1];
    p.delta = theta.segment(2, s);
    p.sigmaObs = std::exp(theta[2 + s]);
    p.beta = theta.tail(objective.featureCount());
}

bool isConstant(const std::vector<double> &y)
{
    const auto [lo, hi] = std::minmax_element(y.begin(), y.end());
    return *lo == *hi;
}

FitResult fitUnchecked(const ProphetConfig &config, const TimeSeries &history,
                       const FitOptions &options)
{
    FitResult result;
    if (std::vector<std::string> problems = config.validate(); !problems.empty()) {
        result.status = Status::InvalidInput;
        for (const std::string &problem : problems)
            result.message += (result.message.empty() ? "" : " ") + problem;
        return result;
    }

    auto model = std::make_shared<FittedModel>();
    StanData data;
    const auto cancelled = [&] { return options.cancel && options.cancel->load(); };
    if (!ModelBuilder::build(config, history, options.countryHolidays, *model, data, result.message,
                             options.cancel)) {
        result.status = cancelled() ? Status::Cancelled : Status::InvalidInput;
        return result;
    }
    const LogPosterior objective(std::move(data), options.cancel);
    if (objective.cancelled() || cancelled()) {
        result.status = Status::Cancelled;
        result.message = "The fit was cancelled.";
        return result;
    }
    ModelParameters &params = model->params;
    const std::size_t rows = model->history.ds.size();
    if (rows < 10)
        model->warnings.push_back("Very short history (" + std::to_string(rows) +
                                  " rows): the forecast rests on little data.");

    // 1. Constant history: Prophet skips the optimizer for linear and flat growth.
    if (isConstant(model->history.y) && config.growth != Growth::Logistic) {
        params.sigmaObs = 1e-9;
        model->algorithmUsed = "constant";
        model->warnings.push_back("The series is constant; the forecast repeats its value.");
    } else if (!options.skipOptimization) {
        // 2. MAP optimization: Newton below 100 rows, else L-BFGS with Newton as fallback.
        OptimizerControl control;
        control.maxIterations = config.maxIterations;
        control.cancel = options.cancel;
        if (options.progress) {
            control.progress = [&](int iteration, double lp) {
                return options.progress(FitProgress{iteration, config.maxIterations, lp});
            };
        }
        if (const auto &init = options.initialParameters) {
            // Prophet keeps each entry of a custom init only when its shape fits.
            params.k = std::isfinite(init->k) ? init->k : params.k;
            params.m = std::isfinite(init->m) ? init->m : params.m;
            if (std::isfinite(init->sigmaObs) && init->sigmaObs > 0)
                params.sigmaObs = init->sigmaObs;
            if (init->delta.size() == params.delta.size() && init->delta.allFinite())
                params.delta = init->delta;
            if (init->beta.size() == params.beta.size() && init->beta.allFinite())
                params.beta = init->beta;
        }
        const Eigen::VectorXd start =
            objective.pack(params.k, params.m, params.delta, params.sigmaObs, params.beta);
        const bool newton = config.algorithm == Algorithm::Newton ||
                            (config.algorithm == Algorithm::Auto && rows < kNewtonBelowRows);
        OptimizerResult run = newton ? NewtonOptimizer::maximize(objective, start, control)
                                     : LbfgsOptimizer::maximize(objective, start, control);
        model->algorithmUsed = newton ? "newton" : "lbfgs";
        if (!run.ok && !run.cancelled && !newton) {
            run = NewtonOptimizer::maximize(objective, start, control);
            model->algorithmUsed = "newton";
        }
        if (run.cancelled) {
            result.status = Status::Cancelled;
            result.message = "The fit was cancelled.";
            return result;
        }
        if (!run.ok) {
            result.status = Status::Failed;
            result.message = "The optimizer could not fit this model: " + run.message + ".";
            return result;
        }
        unpack(objective, run.theta, params);
        model->iterations = run.iterations;
        model->evaluations = run.evaluations;
    }

    // 3. Without real changepoints the dummy one at t = 0 is folded into the base rate.
    if (model->changepoints.empty()) {
        params.k += params.delta.sum();
        params.delta.setZero();
    }
    if (config.roundParameters) {
        params.k = roundToSixDigits(params.k);
        params.m = roundToSixDigits(params.m);
        params.sigmaObs = roundToSixDigits(params.sigmaObs);
        params.delta = params.delta.unaryExpr(&roundToSixDigits);
        params.beta = params.beta.unaryExpr(&roundToSixDigits);
    }
    model->logPosterior = objective.value(
        objective.pack(params.k, params.m, params.delta, params.sigmaObs, params.beta));
    result.warnings = model->warnings;
    result.model = std::move(model);
    result.status = Status::Ok;
    return result;
}

/// The point forecast and components of a prepared frame, in Python Prophet's column order.
void fillColumns(const FittedModel &model, const PreparedFrame &frame,
                 const Eigen::VectorXd &scaledTrend, bool withBands, const UncertaintyBands &bands,
                 Forecast &forecast)
{
    const ModelParameters &p = model.params;
    const Eigen::Index rows = frame.t.size();
    auto toVector = [](const Eigen::VectorXd &v) {
        return std::vector<double>(v.data(), v.data() + v.size());
    };
    const Eigen::VectorXd trend = (scaledTrend * model.yScale + frame.floor);
    forecast.columns.emplace_back("trend", toVector(trend));
    if (frame.cap.size() > 0)
        forecast.columns.emplace_back("cap", toVector(frame.cap));
    if (model.logisticFloor)
        forecast.columns.emplace_back("floor", toVector(frame.floor));
    if (withBands) {
        forecast.columns.emplace_back("yhat_lower", toVector(bands.yhatLower));
        forecast.columns.emplace_back("yhat_upper", toVector(bands.yhatUpper));
        forecast.columns.emplace_back("trend_lower", toVector(bands.trendLower));
        forecast.columns.emplace_back("trend_upper", toVector(bands.trendUpper));
    }
    Eigen::VectorXd additive = Eigen::VectorXd::Zero(rows);
    Eigen::VectorXd multiplicative = Eigen::VectorXd::Zero(rows);
    for (const Component &component : model.components) {
        Eigen::VectorXd values = Eigen::VectorXd::Zero(rows);
        for (int column : component.columns)
            values += frame.X.col(column) * p.beta[column];
        if (component.additive)
            values *= model.yScale;
        if (component.name == "additive_terms")
            additive = values;
        if (component.name == "multiplicative_terms")
            multiplicative = values;
        std::vector<double> column = toVector(values);
        forecast.columns.emplace_back(component.name, column);
        if (withBands) {
            forecast.columns.emplace_back(component.name + "_lower", column);
            forecast.columns.emplace_back(component.name + "_upper", std::move(column));
        }
    }
    const Eigen::VectorXd yhat =
        (trend.array() * (1.0 + multiplicative.array()) + additive.array()).matrix();
    forecast.columns.emplace_back("yhat", toVector(yhat));
}

PredictResult predictUnchecked(const FittedModel &model, const TimeSeries &frame,
                               const PredictOptions &options)
{
    PredictResult result;
    PreparedFrame prepared;
    if (!PreparedFrame::prepare(model, frame, prepared, result.message)) {
        result.status = Status::InvalidInput;
        return result;
    }
    const ModelParameters &p = model.params;
    const Eigen::VectorXd scaledTrend =
        Trend::evaluate(model.config.growth, prepared.t, model.changepointsT, p.k, p.m, p.delta,
                        prepared.capScaled);

    const bool withBands = model.config.uncertaintySamples > 0;
    UncertaintyBands bands;
    if (withBands) {
        const Eigen::VectorXd additive =
            prepared.X * p.beta.cwiseProduct(model.additiveMask) * model.yScale;
        const Eigen::VectorXd multiplicative =
            prepared.X * p.beta.cwiseProduct(model.multiplicativeMask);
        int threads = options.threads > 0
                          ? options.threads
                          : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
        if (!UncertaintySimulator::simulate(model, prepared, scaledTrend, additive, multiplicative,
                                            threads, options.cancel, bands)) {
            result.status = Status::Cancelled;
            result.message = "The prediction was cancelled.";
            return result;
        }
    }
    result.forecast.ds = prepared.ds;
    fillColumns(model, prepared, scaledTrend, withBands, bands, result.forecast);
    result.status = Status::Ok;
    return result;
}

} // namespace

FitResult Prophet::fit(const ProphetConfig &config, const TimeSeries &history,
                       const FitOptions &options)
{
    try {
        return fitUnchecked(config, history, options);
    } catch (const std::bad_alloc &) {
        return FitResult{Status::Failed, "Not enough memory to fit this model.", {}, nullptr};
    } catch (const std::exception &e) {
        return FitResult{Status::Failed, std::string("The fit failed: ") + e.what(), {}, nullptr};
    }
}

PredictResult Prophet::predict(const FittedModel &model, const TimeSeries &frame,
                               const PredictOptions &options)
{
    try {
        return predictUnchecked(model, frame, options);
    } catch (const std::bad_alloc &) {
        return PredictResult{Status::Failed, "Not enough memory to predict.", {}};
    } catch (const std::exception &e) {
        return PredictResult{Status::Failed, std::string("The prediction failed: ") + e.what(), {}};
    }
}

TimeSeries Prophet::makeFutureFrame(const FittedModel &model, int periods,
                                    const Frequency &frequency, bool includeHistory)
{
    TimeSeries frame;
    try {
        if (includeHistory)
            frame.ds = model.historyDates;
        if (!model.historyDates.empty()) {
            for (Timestamp d : frequency.futureDates(model.historyDates.back(), periods))
                frame.ds.push_back(d);
        }
    } catch (const std::exception &) {
        return TimeSeries{}; // out of memory: an empty frame, which predict() refuses
    }
    return frame;
}

std::vector<RegressorCoefficient> Prophet::regressorCoefficients(const FittedModel &model)
{
    std::vector<RegressorCoefficient> result;
    for (const ResolvedRegressor &r : model.regressors) {
        const auto column = std::find(model.featureNames.begin(), model.featureNames.end(), r.name);
        if (column == model.featureNames.end())
            continue;
        const double beta = model.params.beta[column - model.featureNames.begin()];
        const double coef =
            r.mode == ComponentMode::Additive ? beta * model.yScale / r.std : beta / r.std;
        result.push_back({r.name, r.mode, r.mu, coef, coef, coef});
    }
    return result;
}

double Prophet::logPosterior(const FittedModel &model, const ModelParameters &params)
{
    PreparedFrame frame;
    std::string error;
    if (!PreparedFrame::prepare(model, model.history, frame, error))
        return std::nan("");
    StanData data;
    data.growth = model.config.growth;
    data.t = frame.t;
    data.y.resize(frame.t.size());
    for (Eigen::Index i = 0; i < frame.t.size(); ++i)
        data.y[i] = (model.history.y[frame.order[static_cast<std::size_t>(i)]] - frame.floor[i]) /
                    model.yScale;
    data.cap = frame.capScaled;
    data.changepointsT = model.changepointsT;
    data.X = frame.X;
    data.sigmas = model.priorScales;
    data.sA = model.additiveMask;
    data.sM = model.multiplicativeMask;
    data.tau = model.config.changepointPriorScale;
    const LogPosterior objective(std::move(data));
    return objective.value(
        objective.pack(params.k, params.m, params.delta, params.sigmaObs, params.beta));
}

} // namespace prognos
