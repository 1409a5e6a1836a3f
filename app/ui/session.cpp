#include "session.h"

#include "uilogging.h"

#include <cmath>

namespace prognos {

Session::Session(ImportResult import, const QString &title, QObject *parent)
    : QObject(parent)
    , m_title(title)
    , m_import(std::move(import))
{
    applyCleaning();
    qCDebug(lcUi) << "session opened";
}

Session::~Session()
{
    // The single place a session's data ends: closing a tab and quitting both come here.
    // The executable's wiping heap (core/privacy) overwrites every block as it is freed.
    m_result = {};
    m_cleaned = {};
    m_quality = {};
    m_import = {};
    m_title.clear();
    qCDebug(lcUi) << "session closed";
}

void Session::setConfig(const ProphetConfig &config)
{
    m_config = config;
    emit settingsChanged();
}

void Session::setHorizon(const Horizon &horizon)
{
    m_horizon = horizon;
    emit settingsChanged();
}

QStringList Session::runProblems() const
{
    QStringList problems;
    if (!m_cleaned.ok)
        problems.append(m_cleaned.error);
    const QString blocking = m_quality.blockingProblem();
    if (!blocking.isEmpty())
        problems.append(blocking);
    if (m_config.growth == Growth::Logistic && !m_cleaned.series.hasCap())
        problems.append(tr("Logistic growth needs a cap column in the data."));
    for (const std::string &problem : m_config.validate())
        problems.append(QString::fromStdString(problem));
    return problems;
}

ForecastInput Session::forecastInput() const
{
    ForecastInput input;
    input.config = m_config;
    input.history = m_cleaned.series;
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

void Session::applyCleaning()
{
    m_cleaned = m_pipeline.apply(m_import.series);
    m_quality = QualityReport::analyse(m_import.series);
}

} // namespace prognos
