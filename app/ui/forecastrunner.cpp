#include "forecastrunner.h"

#include "uilogging.h"

#include <QtConcurrent/QtConcurrentRun>

namespace prognos {

ForecastRunner::ForecastRunner(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFutureWatcher<ForecastOutput>(this))
{
    connect(m_watcher, &QFutureWatcher<ForecastOutput>::progressValueChanged, this,
            [this](int value) { emit progressChanged(value, ForecastJob::kProgressMaximum); });
    connect(m_watcher, &QFutureWatcher<ForecastOutput>::finished, this,
            &ForecastRunner::handleFinished);
}

ForecastRunner::~ForecastRunner()
{
    // The job holds references into its promise only; stop it and wait so that nothing
    // outlives the session that started it.
    stopCurrent();
    m_watcher->waitForFinished();
}

bool ForecastRunner::isRunning() const
{
    return m_cancel && m_watcher->isRunning();
}

void ForecastRunner::start(const ForecastInput &input)
{
    stopCurrent();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    qCDebug(lcUi) << "forecast run started";
    m_watcher->setFuture(QtConcurrent::run(&ForecastJob::run, input, m_cancel));
    emit runStarted();
}

void ForecastRunner::cancel()
{
    if (!isRunning())
        return;
    stopCurrent();
    m_cancel.reset();
    qCDebug(lcUi) << "forecast run cancelled";
    emit runCancelled();
}

void ForecastRunner::stopCurrent()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher->cancel();
}

void ForecastRunner::handleFinished()
{
    const QFuture<ForecastOutput> future = m_watcher->future();
    if (!m_cancel || m_cancel->load() || future.isCanceled() || future.resultCount() == 0)
        return; // a stale or cancelled run
    m_cancel.reset();
    const ForecastOutput output = future.result();
    qCDebug(lcUi) << "forecast run finished in" << output.elapsedMs << "ms";
    emit runFinished(output);
}

} // namespace prognos
