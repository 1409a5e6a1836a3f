#include "crossvalidation.h"

#include "baselineforecast.h"

#include <algorithm>
#include <exception>
#include <limits>
#include <mutex>
#include <set>
#include <thread>

namespace prognos {

namespace {

/// What one cutoff produced; a cutoff never started counts as cancelled.
struct FoldOutcome
{
    Status status = Status::Cancelled;
    std::string message;
    std::vector<std::string> warnings;
    Forecast forecast;
};

/// The rows of a sorted history with after < ds <= upTo, every column kept.
TimeSeries rowsBetween(const TimeSeries &history, Timestamp after, Timestamp upTo)
{
    const auto begin = std::upper_bound(history.ds.begin(), history.ds.end(), after);
    const auto end = std::upper_bound(begin, history.ds.end(), upTo);
    const auto first = begin - history.ds.begin();
    const auto last = end - history.ds.begin();
    auto take = [&](const std::vector<double> &v) {
        return v.empty() ? v : std::vector<double>(v.begin() + first, v.begin() + last);
    };
    TimeSeries rows;
    rows.ds.assign(begin, end);
    rows.y = take(history.y);
    rows.cap = take(history.cap);
    rows.floor = take(history.floor);
    for (const auto &[name, values] : history.columns)
        rows.columns[name] = take(values);
    return rows;
}

std::string failureText(Timestamp cutoff, const std::string &what)
{
    return "Cutoff " + formatTimestamp(cutoff) + ": " + what;
}

FoldOutcome runFold(const FittedModel &model, Timestamp cutoff, Timestamp foldEnd,
                    const FitOptions &fitOptions, const PredictOptions &predictOptions)
{
    const std::string where = failureText(cutoff, {});
    const TimeSeries training =
        rowsBetween(model.history, std::numeric_limits<Timestamp>::min(), cutoff);
    if (training.size() < 2)
        return {Status::InvalidInput, where + "fewer than 2 rows to fit.", {}, {}};
    const FitResult fit =
        Prophet::fit(CrossValidation::cutoffConfig(model, cutoff), training, fitOptions);
    if (!fit.ok())
        return {fit.status, where + fit.message, {}, {}};

    TimeSeries window = rowsBetween(model.history, cutoff, foldEnd);
    window.y.clear();
    PredictResult predicted = Prophet::predict(*fit.model, window, predictOptions);
    if (!predicted.ok())
        return {predicted.status, where + predicted.message, {}, {}};
    if (predicted.forecast.ds != window.ds)
        return {Status::Failed, where + "the forecast rows do not match the history rows.", {}, {}};
    return {Status::Ok, {}, fit.warnings, std::move(predicted.forecast)};
}

/// Fits every cutoff of a plan on a pool of threads, each taking the next cutoff in turn.
class FoldPool
{
public:
    FoldPool(const FittedModel &model, const CutoffPlan &plan,
             const CrossValidationOptions &options)
        : m_model(model)
        , m_plan(plan)
        , m_options(options)
        , m_outcomes(plan.cutoffs.size())
    {}

    std::vector<FoldOutcome> run(int threads)
    {
        const int total = static_cast<int>(m_outcomes.size());
        const int workers = std::max(1, std::min(threads, total));
        m_predictThreads = std::max(1, threads / workers);
        std::vector<std::thread> pool;
        for (int w = 1; w < workers; ++w) {
            try {
                pool.emplace_back([this] { work(); });
            } catch (const std::exception &) {
                break; // fewer threads than asked for; the ones running share the work
            }
        }
        work();
        for (std::thread &thread : pool)
            thread.join();
        return std::move(m_outcomes);
    }

private:
    bool stopped() const
    {
        return m_failed.load(std::memory_order_relaxed) ||
               (m_options.cancel && m_options.cancel->load(std::memory_order_relaxed));
    }

    void work()
    {
        FitOptions fitOptions;
        fitOptions.cancel = m_options.cancel;
        fitOptions.countryHolidays = m_model.countryHolidayProvider;
        fitOptions.progress = [this](const FitProgress &) { return !m_failed.load(); };
        PredictOptions predictOptions;
        predictOptions.cancel = m_options.cancel;
        predictOptions.threads = m_predictThreads;
        // The latest cutoffs have the longest histories: they go first, so that no long fit
        // is left running alone at the end.
        const std::size_t count = m_outcomes.size();
        for (std::size_t taken = m_next++; taken < count && !stopped(); taken = m_next++) {
            const std::size_t i = count - 1 - taken;
            FoldOutcome &outcome = m_outcomes[i];
            // No exception leaves a worker thread: a throwing fit or progress callback fails
            // this cutoff, which stops the others.
            try {
                outcome = runFold(m_model, m_plan.cutoffs[i], m_plan.foldEnds[i], fitOptions,
                                  predictOptions);
                if (outcome.status == Status::Ok)
                    reportProgress(m_plan.cutoffs[i]);
            } catch (const std::exception &e) {
                outcome = {Status::Failed, failureText(m_plan.cutoffs[i], e.what()), {}, {}};
            } catch (...) {
                outcome = {Status::Failed, failureText(m_plan.cutoffs[i], "unknown error"), {}, {}};
            }
            if (outcome.status != Status::Ok && outcome.status != Status::Cancelled)
                m_failed = true;
        }
    }

    void reportProgress(Timestamp cutoff)
    {
        const std::lock_guard lock(m_progressMutex);
        ++m_finished;
        if (m_options.progress)
            m_options.progress({m_finished, int(m_outcomes.size()), cutoff});
    }

    const FittedModel &m_model;
    const CutoffPlan &m_plan;
    const CrossValidationOptions &m_options;
    std::vector<FoldOutcome> m_outcomes;
    int m_predictThreads = 1;
    std::atomic_size_t m_next{0};
    std::atomic_bool m_failed{false};
    std::mutex m_progressMutex;
    int m_finished = 0;
};

/// The first failure in cutoff order, or nothing when every cutoff succeeded.
const FoldOutcome *firstFailure(const std::vector<FoldOutcome> &outcomes)
{
    for (const FoldOutcome &outcome : outcomes) {
        if (outcome.status != Status::Ok && outcome.status != Status::Cancelled)
            return &outcome;
    }
    for (const FoldOutcome &outcome : outcomes) {
        if (outcome.status != Status::Ok)
            return &outcome;
    }
    return nullptr;
}

void appendFold(CrossValidationFrame &frame, const TimeSeries &history, Timestamp cutoff,
                const Forecast &forecast)
{
    const auto first = std::upper_bound(history.ds.begin(), history.ds.end(), cutoff);
    const std::size_t offset = static_cast<std::size_t>(first - history.ds.begin());
    const std::vector<double> *lower = forecast.column("yhat_lower");
    const std::vector<double> *upper = forecast.column("yhat_upper");
    for (std::size_t r = 0; r < forecast.size(); ++r) {
        frame.ds.push_back(forecast.ds[r]);
        frame.cutoff.push_back(cutoff);
        frame.y.push_back(history.y[offset + r]);
        frame.yhat.push_back((*forecast.column("yhat"))[r]);
        if (lower && upper) {
            frame.yhatLower.push_back((*lower)[r]);
            frame.yhatUpper.push_back((*upper)[r]);
        }
    }
}

double longestSeasonality(const FittedModel &model)
{
    double longest = 0;
    for (const ResolvedSeasonality &s : model.seasonalities)
        longest = std::max(longest, s.period);
    return longest;
}

} // namespace

CrossValidationResult CrossValidation::run(const FittedModel &model,
                                           const CrossValidationConfig &config,
                                           const CrossValidationOptions &options)
{
    // 1. The cutoffs, or why there are none.
    CrossValidationResult result;
    result.plan = CutoffPlan::make(config, model.history.ds, longestSeasonality(model));
    result.warnings = result.plan.warnings;
    if (!result.plan.ok()) {
        result.status = Status::InvalidInput;
        result.message = result.plan.error;
        return result;
    }

    // 2. Every cutoff fitted and predicted, in parallel.
    const unsigned hardware = std::max(1u, std::thread::hardware_concurrency());
    const int threads = config.threads > 0 ? config.threads : static_cast<int>(hardware);
    const std::vector<FoldOutcome> outcomes = FoldPool(model, result.plan, options).run(threads);
    if (options.cancel && options.cancel->load()) {
        result.status = Status::Cancelled;
        result.message = "The cross-validation was cancelled.";
        return result;
    }
    if (const FoldOutcome *failure = firstFailure(outcomes)) {
        result.status = failure->status;
        result.message =
            failure->message.empty() ? "The cross-validation stopped early." : failure->message;
        return result;
    }

    // 3. The rows in cutoff order, with the baselines.
    std::set<std::string> seen(result.warnings.begin(), result.warnings.end());
    for (std::size_t i = 0; i < outcomes.size(); ++i) {
        appendFold(result.frame, model.history, result.plan.cutoffs[i], outcomes[i].forecast);
        for (const std::string &warning : outcomes[i].warnings) {
            if (seen.insert(warning).second)
                result.warnings.push_back(warning);
        }
    }
    result.season = config.season.value_or(BaselineForecast::defaultSeason(model.history.ds));
    if (config.baselines) {
        const CrossValidationFrame &f = result.frame;
        result.frame.naive = BaselineForecast::naive(model.history, f.ds, f.cutoff);
        result.frame.seasonalNaive =
            BaselineForecast::seasonalNaive(model.history, f.ds, f.cutoff, result.season);
    }
    result.status = Status::Ok;
    return result;
}

CrossValidationResult CrossValidation::run(const ProphetConfig &config, const TimeSeries &history,
                                           const CrossValidationConfig &cvConfig,
                                           const CrossValidationOptions &options)
{
    FitOptions prepareOnly;
    prepareOnly.skipOptimization = true;
    prepareOnly.countryHolidays = options.countryHolidays;
    const FitResult prepared = Prophet::fit(config, history, prepareOnly);
    if (!prepared.ok()) {
        CrossValidationResult result;
        result.status = prepared.status;
        result.message = prepared.message;
        return result;
    }
    return run(*prepared.model, cvConfig, options);
}

ProphetConfig CrossValidation::cutoffConfig(const FittedModel &model, Timestamp cutoff)
{
    ProphetConfig config = model.config;
    config.nChangepoints = model.nChangepoints;
    config.scaling = Scaling::AbsMax;

    // The resolved seasonalities, in the same order, replace the automatic ones.
    config.yearlySeasonality = SeasonalitySwitch::off();
    config.weeklySeasonality = SeasonalitySwitch::off();
    config.dailySeasonality = SeasonalitySwitch::off();
    config.seasonalities.clear();
    for (const ResolvedSeasonality &s : model.seasonalities)
        config.seasonalities.push_back(
            {s.name, s.period, s.fourierOrder, s.priorScale, s.mode, s.conditionName});

    // User changepoints before the last history date at or before the cutoff.
    if (config.changepoints) {
        const std::vector<Timestamp> &ds = model.history.ds;
        const auto after = std::upper_bound(ds.begin(), ds.end(), cutoff);
        const Timestamp lastDate =
            after == ds.begin() ? std::numeric_limits<Timestamp>::min() : *(after - 1);
        std::vector<Timestamp> kept;
        for (Timestamp c : *config.changepoints) {
            if (c < lastDate)
                kept.push_back(c);
        }
        config.changepoints = kept;
    }
    return config;
}

} // namespace prognos
