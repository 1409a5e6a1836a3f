#pragma once

#include "crossvalidationinput.h"
#include "crossvalidationoutput.h"

#include <QPromise>

#include <atomic>
#include <functional>
#include <memory>

namespace prognos {

/// The worker side of a cross-validation: every cutoff fitted by the engine, then the
/// metrics and the baselines. Exceptions end here and become a Failed output.
class CrossValidationJob
{
public:
    /// Called from worker threads after each cutoff with the cutoffs done and in all.
    using Progress = std::function<void(int finished, int total)>;

    /// Runs `input` on the calling thread (the engine fits cutoffs on its own threads);
    /// `cancel` stops the engine inside its next objective evaluation.
    static void run(QPromise<CrossValidationOutput> &promise, const CrossValidationInput &input,
                    const std::shared_ptr<std::atomic_bool> &cancel, const Progress &progress);

    /// The cross-validation itself, without a promise: what run() adds as its result.
    static CrossValidationOutput compute(const CrossValidationInput &input,
                                         const std::atomic_bool *cancel = nullptr,
                                         const Progress &progress = {});
};

} // namespace prognos
