#pragma once

#include "forecastjob.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace prognos {

/// Starts forecast runs on the thread pool and reports them back on the GUI thread. One run
/// at a time: starting a new one cancels the one in flight, whose result is dropped.
class ForecastRunner : public QObject
{
    Q_OBJECT

public:
    explicit ForecastRunner(QObject *parent = nullptr);
    ~ForecastRunner() override;

    bool isRunning() const;
    /// The future of the latest run (still running for a moment after cancel()).
    QFuture<ForecastOutput> future() const { return m_watcher->future(); }

    /// Starts a run on a copy of `input`, cancelling any run in flight.
    void start(const ForecastInput &input);

    /// Asks the run in flight to stop; the engine notices within one optimizer iteration.
    void cancel();

signals:
    void runStarted();
    void progressChanged(int value, int maximum);
    void runFinished(const prognos::ForecastOutput &output);
    void runCancelled();

private:
    void handleFinished();
    void stopCurrent();

    QFutureWatcher<ForecastOutput> *m_watcher = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace prognos
