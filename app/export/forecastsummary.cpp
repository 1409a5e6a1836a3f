#include "forecastsummary.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace prognos {

namespace {

QDateTime toDateTime(Timestamp ts)
{
    const CivilTime t = CivilTime::fromTimestamp(ts);
    return QDateTime(QDate(t.year, t.month, t.day), QTime(t.hour, t.minute, t.second));
}

} // namespace

ForecastSummary::ForecastSummary(const ReportData &data, const QLocale &locale)
    : m_data(data)
    , m_locale(locale)
{}

const Frequency &ForecastSummary::seriesFrequency() const
{
    static const Frequency daily;
    if (m_data.frequency)
        return *m_data.frequency;
    if (m_data.quality && m_data.quality->frequency.regular)
        return m_data.quality->frequency.frequency;
    return m_data.model ? m_data.model->frequency : daily;
}

QString ForecastSummary::formatValue(double value) const
{
    if (!std::isfinite(value))
        return tr("n/a");
    if (std::abs(value) >= 100.0)
        return m_locale.toString(std::round(value), 'f', 0);
    const int digits = value == 0 ? 0 : int(std::floor(std::log10(std::abs(value))));
    return m_locale.toString(value, 'f', std::clamp(2 - digits, 0, 6));
}

QString ForecastSummary::formatDate(Timestamp ts) const
{
    const QDateTime date = toDateTime(ts);
    const Frequency &frequency = seriesFrequency();
    if (frequency.nominalStepMs() >= 28.0 * double(kMsPerDay))
        return m_locale.toString(date.date(), QStringLiteral("MMMM yyyy"));
    if (frequency.nominalStepMs() >= double(kMsPerDay))
        return m_locale.toString(date.date(), QLocale::LongFormat);
    return m_locale.toString(date, QLocale::ShortFormat);
}

QString ForecastSummary::sentence() const
{
    const std::vector<double> *yhat = m_data.forecast.column("yhat");
    if (!yhat || yhat->empty())
        return tr("There is no forecast.");
    const std::size_t last = yhat->size() - 1;
    const QString date = formatDate(m_data.forecast.ds[last]);
    const std::vector<double> *lower = m_data.forecast.column("yhat_lower");
    const std::vector<double> *upper = m_data.forecast.column("yhat_upper");
    if (!lower || !upper || m_data.config.uncertaintySamples == 0)
        return tr("%1: %2").arg(date, formatValue((*yhat)[last]));
    const QString width = m_locale.toString(m_data.config.intervalWidth * 100.0, 'g', 3);
    return tr("%1: %2, %3 % interval %4 to %5")
        .arg(date, formatValue((*yhat)[last]), width, formatValue((*lower)[last]),
             formatValue((*upper)[last]));
}

QString ForecastSummary::span() const
{
    const std::vector<Timestamp> &ds = m_data.actuals.ds;
    if (ds.empty())
        return tr("no rows");
    const auto [first, last] = std::minmax_element(ds.begin(), ds.end());
    return tr("%1 to %2 (%n row(s))", nullptr, int(ds.size()))
        .arg(m_locale.toString(toDateTime(*first).date(), QLocale::ShortFormat),
             m_locale.toString(toDateTime(*last).date(), QLocale::ShortFormat));
}

QString ForecastSummary::frequency() const
{
    if (m_data.quality && !m_data.quality->frequency.description.isEmpty())
        return m_data.quality->frequency.description;
    return QString::fromStdString(seriesFrequency().describe());
}

QString ForecastSummary::horizon() const
{
    if (m_data.forecast.ds.empty() || m_data.horizon <= 0)
        return tr("%n period(s)", nullptr, m_data.horizon);
    return tr("%n period(s), to %1", nullptr, m_data.horizon)
        .arg(formatDate(m_data.forecast.ds.back()));
}

} // namespace prognos
