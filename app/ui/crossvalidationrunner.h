#pragma once

#include "crossvalidationjob.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace prognos {

/// Starts cross-validation runs on the thread pool and reports them back on the GUI thread:
/// progress once per finished cutoff, then the output. One run at a time; a cancelled run
/// reports nothing more.
class CrossValidationRunner : public QObject
{
    Q_OBJECT

public:
    explicit CrossValidationRunner(QObject *parent = nullptr);
    ~CrossValidationRunner() override;

    bool isRunning() const;
    /// The future of the latest run (still running for a moment after cancel()).
    QFuture<CrossValidationOutput> future() const { return m_watcher->future(); }

    /// Starts a run on a copy of `input`, cancelling any run in flight.
    void start(const CrossValidationInput &input);

    /// Asks the run in flight to stop; the engine notices inside its next evaluation.
    void cancel();

signals:
    void runStarted();
    /// `finished` of `total` cutoffs are fitted and predicted.
    void progressChanged(int finished, int total);
    void runFinished(const prognos::CrossValidationOutput &output);
    void runCancelled();

private:
    void handleFinished();
    void stopCurrent();

    QFutureWatcher<CrossValidationOutput> *m_watcher = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    int m_generation = 0; ///< counts runs, so that a stale run's progress is dropped
};

} // namespace prognos
