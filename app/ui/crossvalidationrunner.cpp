#include "crossvalidationrunner.h"

#include "uilogging.h"

#include <QtConcurrent/QtConcurrentRun>

namespace prognos {

CrossValidationRunner::CrossValidationRunner(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFutureWatcher<CrossValidationOutput>(this))
{
    connect(m_watcher, &QFutureWatcher<CrossValidationOutput>::finished, this,
            &CrossValidationRunner::handleFinished);
}

CrossValidationRunner::~CrossValidationRunner()
{
    // The job's progress reports are queued to this object; stop the run and wait so that
    // nothing outlives the dialog that started it.
    stopCurrent();
    m_watcher->waitForFinished();
}

bool CrossValidationRunner::isRunning() const
{
    return m_cancel && m_watcher->isRunning();
}

void CrossValidationRunner::start(const CrossValidationInput &input)
{
    stopCurrent();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const int generation = ++m_generation;
    // QPromise's own progress drops values that come faster than 25 a second; every cutoff
    // is reported here instead, queued to the GUI thread. The destructor waits for the job,
    // so `this` outlives every call; a report still queued then is discarded with it.
    CrossValidationJob::Progress progress = [this, generation, cancel = m_cancel](int finished,
                                                                                  int total) {
        if (cancel->load())
            return;
        QMetaObject::invokeMethod(
            this,
            [this, generation, cancel, finished, total] {
                if (m_generation == generation && !cancel->load())
                    emit progressChanged(finished, total);
            },
            Qt::QueuedConnection);
    };
    qCDebug(lcUi) << "cross-validation started";
    m_watcher->setFuture(QtConcurrent::run(&CrossValidationJob::run, input, m_cancel, progress));
    emit runStarted();
}

void CrossValidationRunner::cancel()
{
    if (!isRunning())
        return;
    stopCurrent();
    m_cancel.reset();
    qCDebug(lcUi) << "cross-validation cancelled";
    emit runCancelled();
}

void CrossValidationRunner::stopCurrent()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher->cancel();
}

void CrossValidationRunner::handleFinished()
{
    const QFuture<CrossValidationOutput> future = m_watcher->future();
    if (!m_cancel || m_cancel->load() || future.isCanceled() || future.resultCount() == 0)
        return; // a stale or cancelled run
    m_cancel.reset();
    const CrossValidationOutput output = future.result();
    qCDebug(lcUi) << "cross-validation finished in" << output.elapsedMs << "ms";
    emit runFinished(output);
}

} // namespace prognos
