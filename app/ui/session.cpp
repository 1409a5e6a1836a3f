#include "session.h"

#include "memoryfootprint.h"
#include "settingsdiff.h"
#include "uilogging.h"

#include <QUndoStack>

#include <algorithm>
#include <cmath>

namespace prognos {

Session::Session(ImportResult import, const QString &title, QObject *parent)
    : QObject(parent)
    , m_title(title)
    , m_import(std::move(import))
    , m_undoStack(new QUndoStack(this))
{
    m_rawQuality = QualityReport::analyse(m_import.series);
    applyCleaning();
    qCDebug(lcUi) << "session opened";
}

Session::~Session()
{
    // The single place a session's data ends: closing a tab and quitting both come here.
    // The executable's wiping heap (core/privacy) overwrites every block as it is freed.
    m_kept.clear();
    m_crossValidation = {};
    // The undo commands hold cleaning steps (dates, group values): they go first.
    m_undoStack->clear();
    m_result = {};
    m_cleaned = {};
    m_pipeline = {};
    m_quality = {};
    m_rawQuality = {};
    m_import = {};
    m_title.clear();
    qCDebug(lcUi) << "session closed";
}

void Session::setConfig(const ProphetConfig &config)
{
    m_config = config;
    refreshFuture();
    emit settingsChanged();
}

void Session::setHorizon(const Horizon &horizon)
{
    m_horizon = horizon;
    refreshFuture();
    emit settingsChanged();
}

void Session::setFutureValues(const FutureValues &values)
{
    m_future = values;
    emit settingsChanged();
}

void Session::setHistoryLimits(std::optional<double> cap, std::optional<double> floor)
{
    m_historyCap = cap;
    m_historyFloor = floor;
    refreshFuture();
    emit settingsChanged();
}

QStringList Session::dataColumns() const
{
    QStringList columns;
    for (const auto &entry : m_cleaned.series.columns)
        columns.append(QString::fromStdString(entry.first));
    return columns;
}

std::vector<Timestamp> Session::futureDates() const
{
    if (m_cleaned.series.ds.empty())
        return {};
    return frequency().futureDates(m_cleaned.series.ds.back(), periods());
}

void Session::refreshFuture()
{
    const TimeSeries &series = m_cleaned.series;
    const auto lastOf = [](const std::vector<double> &values) {
        for (auto it = values.rbegin(); it != values.rend(); ++it) {
            if (std::isfinite(*it))
                return *it;
        }
        return std::nan("");
    };
    std::vector<std::string> names;
    std::map<std::string, double> lastKnown;
    if (m_config.growth == Growth::Logistic) {
        names.push_back("cap");
        lastKnown["cap"] = series.hasCap() ? lastOf(series.cap) : m_historyCap.value_or(NAN);
        if (series.hasFloor() || m_historyFloor) {
            names.push_back("floor");
            lastKnown["floor"] =
                series.hasFloor() ? lastOf(series.floor) : m_historyFloor.value_or(NAN);
        }
    }
    const auto addColumn = [&](const std::string &name) {
        if (name.empty() || std::find(names.begin(), names.end(), name) != names.end())
            return;
        names.push_back(name);
        const auto column = series.columns.find(name);
        lastKnown[name] = column == series.columns.end() ? std::nan("") : lastOf(column->second);
    };
    for (const RegressorSpec &regressor : m_config.regressors)
        addColumn(regressor.name);
    for (const SeasonalitySpec &seasonality : m_config.seasonalities)
        addColumn(seasonality.conditionName);
    m_future = FutureValues::rebuild(m_future, futureDates(), names, lastKnown);
}

QStringList Session::columnProblems() const
{
    QStringList problems;
    const auto &columns = m_cleaned.series.columns;
    for (const RegressorSpec &r : m_config.regressors) {
        if (!r.name.empty() && !columns.count(r.name))
            problems.append(tr("Regressor \"%1\" is not a column of the data.")
                                .arg(QString::fromStdString(r.name)));
    }
    for (const SeasonalitySpec &s : m_config.seasonalities) {
        if (!s.conditionName.empty() && !columns.count(s.conditionName))
            problems.append(
                tr("Seasonality \"%1\": the condition \"%2\" is not a column of "
                   "the data.")
                    .arg(QString::fromStdString(s.name), QString::fromStdString(s.conditionName)));
    }
    return problems;
}

QStringList Session::runProblems() const
{
    QStringList problems;
    if (!m_cleaned.ok)
        problems.append(m_cleaned.error);
    const QString blocking = m_quality.blockingProblem();
    if (!blocking.isEmpty())
        problems.append(blocking);
    if (m_config.growth == Growth::Logistic && !dataHasCap() && !m_historyCap)
        problems.append(tr("Logistic growth needs a cap: a cap column in the data or a "
                           "History cap on the Future tab."));
    for (const std::string &problem : m_config.validate())
        problems.append(QString::fromStdString(problem));
    problems += columnProblems();
    problems += m_future.problems();
    return problems;
}

ForecastInput Session::forecastInput() const
{
    ForecastInput input;
    input.config = m_config;
    input.history = m_cleaned.series;
    if (m_config.growth == Growth::Logistic && !input.history.hasCap() && m_historyCap)
        input.history.cap.assign(input.history.size(), *m_historyCap);
    if (m_config.growth == Growth::Logistic && !input.history.hasFloor() && m_historyFloor)
        input.history.floor.assign(input.history.size(), *m_historyFloor);
    input.future = m_future.toTimeSeries();
    input.periods = periods();
    input.frequency = frequency();
    return input;
}

Frequency Session::frequency() const
{
    if (m_quality.frequency.regular)
        return m_quality.frequency.frequency;
    return Frequency{};
}

int Session::periods() const
{
    const double stepMs = std::max(1.0, frequency().nominalStepMs());
    double horizonMs = 0;
    switch (m_horizon.unit) {
    case Horizon::Unit::Steps:
        return std::max(1, m_horizon.amount);
    case Horizon::Unit::Days:
        horizonMs = double(kMsPerDay) * m_horizon.amount;
        break;
    case Horizon::Unit::Weeks:
        horizonMs = 7.0 * kMsPerDay * m_horizon.amount;
        break;
    case Horizon::Unit::Months:
        horizonMs = 30.4375 * kMsPerDay * m_horizon.amount;
        break;
    case Horizon::Unit::Years:
        horizonMs = 365.25 * kMsPerDay * m_horizon.amount;
        break;
    }
    return std::max(1, int(std::ceil(horizonMs / stepMs - 1e-9)));
}

void Session::setResult(const ForecastOutput &result)
{
    m_result = result;
    emit resultChanged();
}

void Session::clearResult()
{
    m_result = {};
    emit resultChanged();
}

bool Session::resultMatchesSettings() const
{
    return m_result.ok() && m_result.model && sameSettings(m_result.model->config, m_config);
}

void Session::setCrossValidation(const CrossValidationOutput &output)
{
    m_crossValidation = output;
    emit crossValidationChanged();
}

bool Session::crossValidationMatchesSettings() const
{
    return m_crossValidation.ok() && sameSettings(m_crossValidation.config, m_config);
}

QString Session::keepProblem() const
{
    if (int(m_kept.size()) >= kMaxKept)
        return tr("%n configuration(s) are kept already; remove one first.", nullptr, kMaxKept);
    if (!resultMatchesSettings())
        return tr("Run the forecast with the current settings first.");
    // The kept configuration holds a copy of the forecast (and the cross-validation).
    const qint64 copy =
        MemoryFootprint::of(m_result) +
        (crossValidationMatchesSettings() ? MemoryFootprint::of(m_crossValidation) : 0);
    return memoryProblem(memoryBytes() + copy);
}

QString Session::suggestedKeepName() const
{
    for (int n = int(m_kept.size()) + 1;; ++n) {
        const QString name = tr("Configuration %1").arg(n);
        const bool taken =
            std::any_of(m_kept.begin(), m_kept.end(),
                        [&name](const KeptConfiguration &k) { return k.name == name; });
        if (!taken)
            return name;
    }
}

bool Session::keepCurrent(const QString &name)
{
    const bool taken = std::any_of(m_kept.begin(), m_kept.end(),
                                   [&name](const KeptConfiguration &k) { return k.name == name; });
    if (!keepProblem().isEmpty() || name.trimmed().isEmpty() || taken)
        return false;
    KeptConfiguration kept;
    kept.name = name.trimmed();
    kept.config = m_config;
    kept.horizon = m_horizon;
    kept.periods = periods();
    kept.result = m_result;
    if (crossValidationMatchesSettings())
        kept.crossValidation = m_crossValidation;
    m_kept.push_back(std::move(kept));
    qCDebug(lcUi) << "configuration kept for comparison";
    emit keptConfigurationsChanged();
    return true;
}

void Session::removeKept(int index)
{
    if (index < 0 || index >= int(m_kept.size()))
        return;
    m_kept.erase(m_kept.begin() + index);
    emit keptConfigurationsChanged();
}

void Session::makeCurrent(int index)
{
    if (index < 0 || index >= int(m_kept.size()))
        return;
    const KeptConfiguration &kept = m_kept[std::size_t(index)];
    m_config = kept.config;
    m_horizon = kept.horizon;
    emit settingsChanged();
    if (kept.crossValidation)
        setCrossValidation(*kept.crossValidation);
    setResult(kept.result);
    qCDebug(lcUi) << "kept configuration made current";
}

bool Session::sameSettings(const ProphetConfig &a, const ProphetConfig &b)
{
    return SettingsDiff::settingsObject(a) == SettingsDiff::settingsObject(b);
}

void Session::setPipeline(const CleaningPipeline &pipeline)
{
    m_pipeline = pipeline;
    applyCleaning();
    clearResult();
    // The cross-validation and the kept configurations measured the data before this cleaning.
    m_crossValidation = {};
    emit crossValidationChanged();
    if (!m_kept.empty()) {
        m_kept.clear();
        emit keptConfigurationsChanged();
    }
    emit cleaningChanged();
}

const SeriesTable &Session::table() const
{
    if (m_pipeline.steps().isEmpty() || !m_cleaned.ok)
        return m_import.series;
    return m_cleaned.table;
}

qint64 Session::memoryBytes() const
{
    qint64 bytes = MemoryFootprint::of(m_import) + MemoryFootprint::of(m_cleaned) +
                   MemoryFootprint::of(m_result) + MemoryFootprint::of(m_crossValidation);
    for (const KeptConfiguration &kept : m_kept)
        bytes += MemoryFootprint::of(kept);
    return bytes;
}

QString Session::resultMemoryProblem(const ForecastOutput &result) const
{
    return memoryProblem(memoryBytes() - MemoryFootprint::of(m_result) +
                         MemoryFootprint::of(result));
}

QString Session::crossValidationMemoryProblem(const CrossValidationOutput &output) const
{
    return memoryProblem(memoryBytes() - MemoryFootprint::of(m_crossValidation) +
                         MemoryFootprint::of(output));
}

QString Session::memoryProblem(qint64 bytes) const
{
    if (m_memoryLimit <= 0 || bytes <= m_memoryLimit)
        return {};
    return memoryLimitMessage(bytes, m_memoryLimit);
}

QString Session::memoryLimitMessage(qint64 bytes, qint64 limit)
{
    const auto megabytes = [](qint64 value) {
        return QString::number(double(value) / 1048576.0, 'f', 1);
    };
    return tr("This would take the session's data to %1 MB, over the limit of %2 MB. Raise "
              "the limit in Preferences, or work on a smaller file or a shorter horizon.")
        .arg(megabytes(bytes), megabytes(limit));
}

void Session::applyCleaning()
{
    m_cleaned = m_pipeline.apply(m_import.series);
    if (m_pipeline.steps().isEmpty() || !m_cleaned.ok)
        m_quality = m_rawQuality;
    else
        m_quality = QualityReport::analyse(m_cleaned.table);
    refreshFuture();
}

} // namespace prognos
