#include "holidaymarkers.h"

#include "holidays/holidaycalendar.h"

#include <QDate>

#include <algorithm>
#include <map>

namespace prognos {

namespace {

std::int64_t dayOf(Timestamp ts)
{
    return ts >= 0 ? ts / kMsPerDay : -((-ts + kMsPerDay - 1) / kMsPerDay);
}

int yearOf(std::int64_t day)
{
    return QDate(1970, 1, 1).addDays(day).year();
}

bool switchedOff(const ProphetConfig &config, const std::string &name)
{
    return std::any_of(
        config.countryHolidayOverrides.begin(), config.countryHolidayOverrides.end(),
        [&name](const CountryHolidayOverride &o) { return o.name == name && !o.enabled; });
}

} // namespace

QList<HolidayMarker> holidayMarkers(const ProphetConfig &config, Timestamp first, Timestamp last)
{
    const std::int64_t firstDay = dayOf(first);
    const std::int64_t lastDay = dayOf(last);
    std::map<std::int64_t, QStringList> byDay;
    const auto add = [&](const HolidayEvent &event) {
        if (event.day < firstDay || event.day > lastDay)
            return;
        const QString name = QString::fromStdString(event.name);
        QStringList &names = byDay[event.day];
        if (!names.contains(name))
            names.append(name);
    };
    if (!config.countryHolidays.empty() && firstDay <= lastDay) {
        const auto events =
            HolidayCalendar::holidays(config.countryHolidays, yearOf(firstDay), yearOf(lastDay));
        for (const HolidayEvent &event : events) {
            if (!switchedOff(config, event.name))
                add(event);
        }
    }
    for (const HolidayEvent &event : config.holidays)
        add(event);

    QList<HolidayMarker> markers;
    for (const auto &[day, names] : byDay)
        markers.append({day * kMsPerDay, names.join(QStringLiteral(", "))});
    return markers;
}

} // namespace prognos
