#pragma once

#include "crossvalidationoutput.h"
#include "forecastinput.h"
#include "forecastoutput.h"
#include "futurevalues.h"
#include "horizon.h"
#include "keptconfiguration.h"

#include "data/cleaningpipeline.h"
#include "data/cleaningresult.h"
#include "data/importresult.h"
#include "data/qualityreport.h"
#include "engine/prophetconfig.h"

#include <QObject>
#include <QString>

#include <optional>
#include <vector>

class QUndoStack;

namespace prognos {

/// One open dataset: its imported table, its cleaning steps, its model settings and its
/// results. Everything of the user's data that the application holds for a tab lives here,
/// and ~Session is the one place where it is destroyed (closing the tab or quitting).
class Session : public QObject
{
    Q_OBJECT

public:
    /// Takes a successful import; `title` is shown on the tab and never logged.
    Session(ImportResult import, const QString &title, QObject *parent = nullptr);
    ~Session() override;

    const QString &title() const { return m_title; }
    const ImportResult &import() const { return m_import; }
    const CleaningPipeline &pipeline() const { return m_pipeline; }
    /// Replaces the cleaning steps, cleans the raw table again and clears the stale result.
    /// The cleaning panel calls it through the undo stack.
    void setPipeline(const CleaningPipeline &pipeline);
    const CleaningResult &cleaned() const { return m_cleaned; }
    /// The rows the grid shows and the model is fitted on: the cleaned table when there are
    /// cleaning steps that succeeded, the raw import otherwise.
    const SeriesTable &table() const;
    /// The quality of table().
    const QualityReport &quality() const { return m_quality; }
    /// The quality of the raw import, whatever the cleaning (the raw chart's flags).
    const QualityReport &rawQuality() const { return m_rawQuality; }
    /// The session's cleaning edits, for Edit > Undo and Redo; owned by the session.
    QUndoStack *undoStack() const { return m_undoStack; }

    const ProphetConfig &config() const { return m_config; }
    void setConfig(const ProphetConfig &config);
    const Horizon &horizon() const { return m_horizon; }
    void setHorizon(const Horizon &horizon);

    /// The values the model needs on the horizon's dates (cap, floor, regressors,
    /// conditions), kept in step with the settings and the horizon.
    const FutureValues &futureValues() const { return m_future; }
    /// Takes the user's future values (same dates and columns as futureValues()).
    void setFutureValues(const FutureValues &values);
    /// The cap and floor of every history row when the data has no such column.
    std::optional<double> historyCap() const { return m_historyCap; }
    std::optional<double> historyFloor() const { return m_historyFloor; }
    void setHistoryLimits(std::optional<double> cap, std::optional<double> floor);
    bool dataHasCap() const { return m_cleaned.series.hasCap(); }
    bool dataHasFloor() const { return m_cleaned.series.hasFloor(); }
    /// Names of the data's extra columns (regressor and condition candidates).
    QStringList dataColumns() const;
    /// The horizon's dates after the last date of the cleaned series.
    std::vector<Timestamp> futureDates() const;

    /// Every problem that stops a run, in words a user can act on; empty when Run can start.
    QStringList runProblems() const;

    /// The run's input: a copy of the cleaned series and of the settings.
    ForecastInput forecastInput() const;
    /// The spacing of the future dates: the series' own when regular, else daily.
    Frequency frequency() const;
    /// Number of future dates the horizon asks for at frequency().
    int periods() const;

    const ForecastOutput &result() const { return m_result; }
    void setResult(const ForecastOutput &result);
    void clearResult();
    /// Whether result() is a forecast made with the current settings.
    bool resultMatchesSettings() const;

    /// The latest finished cross-validation (kept until the next one or a change of the
    /// cleaning, for exports); its own config says which settings it measured.
    const CrossValidationOutput &crossValidation() const { return m_crossValidation; }
    void setCrossValidation(const CrossValidationOutput &output);
    /// Whether crossValidation() succeeded with the current settings.
    bool crossValidationMatchesSettings() const;

    /// At most this many configurations are kept for comparison; a change of the cleaning
    /// drops them, since they were fitted on other data.
    static constexpr int kMaxKept = 4;
    const std::vector<KeptConfiguration> &keptConfigurations() const { return m_kept; }
    /// Why the current configuration cannot be kept now, or empty.
    QString keepProblem() const;
    /// A name for the next configuration kept, not yet used by another.
    QString suggestedKeepName() const;
    /// Keeps the current settings with their forecast (and cross-validation, when it was run
    /// with them) under `name`; false when keepProblem() is not empty or the name is taken.
    bool keepCurrent(const QString &name);
    void removeKept(int index);
    /// Makes kept configuration `index` the session's settings, horizon, forecast and (when
    /// it has one) cross-validation.
    void makeCurrent(int index);

    /// Whether two model configurations write the same settings file.
    static bool sameSettings(const ProphetConfig &a, const ProphetConfig &b);

    /// Bytes of heap memory held by the session's data: the import (file text, cells,
    /// series, findings), the cleaned data, the result, the cross-validation and the kept
    /// configurations. An estimate from the capacities of the containers (MemoryFootprint).
    qint64 memoryBytes() const;
    /// The most memoryBytes() may reach; 0 (the default) means no limit.
    qint64 memoryLimit() const { return m_memoryLimit; }
    void setMemoryLimit(qint64 bytes) { m_memoryLimit = bytes; }
    /// Why the session cannot hold `result` in place of its current result without passing
    /// memoryLimit(), in words for the user; empty when it fits.
    QString resultMemoryProblem(const ForecastOutput &result) const;
    /// The same for `output` in place of the current cross-validation.
    QString crossValidationMemoryProblem(const CrossValidationOutput &output) const;
    /// The message for a session that would hold `bytes` over a limit of `limit` bytes.
    static QString memoryLimitMessage(qint64 bytes, qint64 limit);

signals:
    void settingsChanged();
    void resultChanged();
    void crossValidationChanged();
    void keptConfigurationsChanged();
    /// The cleaning steps changed: cleaned(), table() and quality() are new.
    void cleaningChanged();

private:
    void applyCleaning();
    /// The message when the session would hold `bytes`, or empty when that fits the limit.
    QString memoryProblem(qint64 bytes) const;
    void refreshFuture();
    QStringList columnProblems() const;

    QString m_title;
    ImportResult m_import;
    CleaningPipeline m_pipeline;
    CleaningResult m_cleaned;
    QualityReport m_quality;
    QualityReport m_rawQuality;
    QUndoStack *m_undoStack = nullptr;
    ProphetConfig m_config;
    Horizon m_horizon;
    FutureValues m_future;
    std::optional<double> m_historyCap;
    std::optional<double> m_historyFloor;
    ForecastOutput m_result;
    CrossValidationOutput m_crossValidation;
    std::vector<KeptConfiguration> m_kept;
    qint64 m_memoryLimit = 0;
};

} // namespace prognos
