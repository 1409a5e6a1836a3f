#include "importrunner.h"

#include "uilogging.h"

#include "data/dataimporter.h"

#include <QtConcurrent/QtConcurrentRun>

namespace prognos {

namespace {

void importJob(QPromise<ImportResult> &promise, const QByteArray &bytes,
               const ImportSettings &settings)
{
    promise.setProgressRange(0, 100);
    ImportResult result = DataImporter::import(bytes, settings, [&promise](int percent) {
        promise.setProgressValue(percent);
        return !promise.isCanceled();
    });
    if (!promise.isCanceled())
        promise.addResult(std::move(result));
}

} // namespace

ImportRunner::ImportRunner(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFutureWatcher<ImportResult>(this))
{
    connect(m_watcher, &QFutureWatcher<ImportResult>::progressValueChanged, this,
            &ImportRunner::progressChanged);
    connect(m_watcher, &QFutureWatcher<ImportResult>::finished, this,
            &ImportRunner::handleFinished);
}

ImportRunner::~ImportRunner()
{
    // The job reads the bytes its caller holds; nothing may outlive the owner.
    m_watcher->cancel();
    m_watcher->waitForFinished();
}

bool ImportRunner::isRunning() const
{
    // Until its result is handed over: the job may be done while the report is queued.
    return m_active;
}

void ImportRunner::start(const QByteArray &bytes, const ImportSettings &settings)
{
    m_watcher->cancel();
    m_active = true;
    qCDebug(lcUi) << "import started";
    m_watcher->setFuture(QtConcurrent::run(&importJob, bytes, settings));
}

void ImportRunner::cancel()
{
    if (!isRunning())
        return;
    m_active = false;
    m_watcher->cancel();
    qCDebug(lcUi) << "import cancelled";
    emit importCancelled();
}

void ImportRunner::handleFinished()
{
    const QFuture<ImportResult> future = m_watcher->future();
    if (!m_active || future.isCanceled() || future.resultCount() == 0)
        return; // cancelled, or replaced by a newer import
    m_active = false;
    const ImportResult result = future.result();
    // A finished empty future in its place, so that the watcher keeps no copy of the data.
    m_watcher->setFuture(QFuture<ImportResult>());
    emit importFinished(result);
}

} // namespace prognos
