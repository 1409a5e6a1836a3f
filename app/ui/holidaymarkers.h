#pragma once

#include "engine/prophetconfig.h"
#include "engine/timestamp.h"

#include <QList>
#include <QString>

namespace prognos {

/// A date on which one or more holidays fall, as the raw chart marks it.
struct HolidayMarker
{
    Timestamp date = 0; ///< midnight of the day, in the series' naive time
    QString names;      ///< the holidays of that day, comma-separated

    bool operator==(const HolidayMarker &) const = default;
};

/// The holidays a model with `config` would use between two dates: the country holidays of
/// config.countryHolidays (HolidayCalendar, without those switched off by an override) and
/// the user holidays, one marker per day, in date order. Windows are not drawn.
QList<HolidayMarker> holidayMarkers(const ProphetConfig &config, Timestamp first, Timestamp last);

} // namespace prognos
