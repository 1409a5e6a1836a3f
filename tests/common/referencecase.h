#pragma once

#include "engine/fittedmodel.h"
#include "engine/prophetconfig.h"
#include "engine/timeseries.h"
#include "settings/settingsjson.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <map>
#include <string>
#include <vector>

namespace prognos::testing {

/// The folder with the shared reference material (PROGNOS_SHARED_DIR), or an empty string
/// when it is not on this machine.
QString sharedDir();

/// A plain CSV file as the reference fixtures write them (comma, header, no quoting of
/// interest), for tests only.
struct CsvTable
{
    QStringList header;
    std::vector<QStringList> rows;

    static CsvTable read(const QString &path);
    int columnIndex(const QString &name) const;
    /// Numbers of a column; empty cells and "NaN" read as NaN.
    std::vector<double> numbers(const QString &name) const;
    std::vector<Timestamp> dates(const QString &name) const;
};

/// One case of ../shared/reference/cases, read as it is.
struct ReferenceCase
{
    QString name;
    QString folder;
    QJsonObject configJson;
    ProphetConfig config;
    HorizonSettings horizon;
    TimeSeries history;  ///< the case's data file
    TimeSeries future;   ///< future.csv: the exact frame R predicted on
    CsvTable rProphet;   ///< R's predict() output
    QJsonObject rParams; ///< R's fitted parameters

    /// Names of every case folder.
    static QStringList names();
    /// How a holiday case gets its country holidays.
    enum class CountryHolidays {
        Expanded, ///< R's expanded table holidays_expanded.csv, as user holidays
        Calendar, ///< the settings' country_holidays, for Prognos's own calendar
    };

    /// Loads a case.
    static ReferenceCase load(const QString &name,
                              CountryHolidays holidays = CountryHolidays::Expanded);

    /// R's parameters with beta in `model`'s feature order (matched by feature name).
    ModelParameters rParameters(const FittedModel &model) const;
};

/// max − min of the finite values (the "range of y" the agreement bars are relative to).
double rangeOf(const std::vector<double> &values);

/// Reads a TimeSeries from a CSV with ds, y and optional cap, floor and other columns.
TimeSeries readSeries(const CsvTable &table);

} // namespace prognos::testing
