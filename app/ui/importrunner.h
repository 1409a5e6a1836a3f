#pragma once

#include "data/importresult.h"
#include "data/importsettings.h"

#include <QFutureWatcher>
#include <QObject>

namespace prognos {

/// Imports a file's bytes on the thread pool (DataImporter through QtConcurrent with a
/// QPromise) and reports back on the GUI thread. One import at a time: starting another
/// cancels the one in flight, whose result is dropped.
class ImportRunner : public QObject
{
    Q_OBJECT

public:
    explicit ImportRunner(QObject *parent = nullptr);
    ~ImportRunner() override;

    /// Whether an import was started and has neither been reported nor cancelled.
    bool isRunning() const;
    /// The future of the latest import (still running for a moment after cancel()).
    QFuture<ImportResult> future() const { return m_watcher->future(); }

    /// Imports `bytes` (shared, not copied) with `settings`.
    void start(const QByteArray &bytes, const ImportSettings &settings);
    /// Stops the import in flight at its next stage; nothing is reported for it.
    void cancel();

signals:
    /// Percent of the import done.
    void progressChanged(int percent);
    void importFinished(const prognos::ImportResult &result);
    void importCancelled();

private:
    void handleFinished();

    QFutureWatcher<ImportResult> *m_watcher = nullptr;
    bool m_active = false;
};

} // namespace prognos
