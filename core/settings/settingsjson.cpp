#include "settingsjson.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QSet>

#include <cmath>

namespace prognos {

namespace {

/// The largest seed a JSON number holds exactly (2^53).
constexpr double kMaxExactSeed = 9007199254740992.0;

const QSet<QString> &knownKeys()
{
    static const QSet<QString> keys{
        // The model, under Prophet's names.
        "growth", "changepoints", "n_changepoints", "changepoint_range", "changepoint_prior_scale",
        "yearly_seasonality", "weekly_seasonality", "daily_seasonality", "seasonality_mode",
        "seasonality_prior_scale", "seasonalities", "holidays", "country_holidays",
        "country_holiday_overrides", "holidays_prior_scale", "holidays_mode", "regressors",
        "interval_width", "uncertainty_samples", "scaling", "mcmc_samples",
        // Options of the fit and the simulation.
        "algorithm", "iter", "trend_simulation", "seed", "round_parameters",
        // The horizon.
        "periods", "freq", "include_history",
        // Sections and notes read elsewhere or kept for people.
        "import", "cleaning", "cross_validation", "performance_metrics", "future_columns", "case",
        "data", "exercises", "freq_r", "version"};
    return keys;
}

std::optional<SeasonalitySwitch> readSwitch(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return SeasonalitySwitch::automatic();
    if (value.isBool())
        return value.toBool() ? SeasonalitySwitch::on() : SeasonalitySwitch::off();
    if (value.isString() && value.toString() == QLatin1String("auto"))
        return SeasonalitySwitch::automatic();
    if (value.isDouble() && value.toDouble() >= 0 && value.toDouble() == value.toInt())
        return SeasonalitySwitch::withOrder(value.toInt());
    return std::nullopt;
}

QJsonValue writeSwitch(const SeasonalitySwitch &s)
{
    switch (s.kind) {
    case SeasonalitySwitch::Kind::Auto:
        return QStringLiteral("auto");
    case SeasonalitySwitch::Kind::On:
        return true;
    case SeasonalitySwitch::Kind::Off:
        return false;
    case SeasonalitySwitch::Kind::Order:
        return s.order;
    }
    return QStringLiteral("auto");
}

/// Reads a number field into `target` when present; a non-number is an error.
void readNumber(const QJsonObject &o, const char *key, double &target, QStringList &errors)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return;
    if (!v.isDouble()) {
        errors << QStringLiteral("\"%1\" must be a number.").arg(QLatin1String(key));
        return;
    }
    target = v.toDouble();
}

void readInt(const QJsonObject &o, const char *key, int &target, QStringList &errors)
{
    double value = target;
    readNumber(o, key, value, errors);
    if (value != static_cast<int>(value))
        errors << QStringLiteral("\"%1\" must be a whole number.").arg(QLatin1String(key));
    else
        target = static_cast<int>(value);
}

std::optional<ComponentMode> readMode(const QJsonValue &v, const QString &where,
                                      QStringList &errors)
{
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    const auto mode = modeFromString(v.toString().toStdString());
    if (!mode)
        errors << QStringLiteral("%1: mode must be \"additive\" or \"multiplicative\".").arg(where);
    return mode;
}

std::optional<double> readOptionalNumber(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toDouble();
    return std::nullopt;
}

std::optional<Timestamp> readDate(const QJsonValue &v)
{
    return parseIsoTimestamp(v.toString().toStdString());
}

void readHolidays(const QJsonArray &array, ProphetConfig &config, QStringList &errors)
{
    for (int i = 0; i < array.size(); ++i) {
        const QJsonObject h = array.at(i).toObject();
        const auto date = readDate(h.value(QLatin1String("ds")));
        const QString name = h.value(QLatin1String("holiday")).toString();
        if (name.isEmpty() || !date) {
            errors << QStringLiteral("Holiday %1 needs a name (\"holiday\") and a date (\"ds\").")
                          .arg(i + 1);
            continue;
        }
        HolidayEvent event;
        event.name = name.toStdString();
        event.day = dayNumber(*date);
        event.lowerWindow = h.value(QLatin1String("lower_window")).toInt(0);
        event.upperWindow = h.value(QLatin1String("upper_window")).toInt(0);
        event.priorScale = readOptionalNumber(h.value(QLatin1String("prior_scale")));
        config.holidays.push_back(event);
    }
}

void readSeasonalities(const QJsonArray &array, ProphetConfig &config, QStringList &errors)
{
    for (const QJsonValue &value : array) {
        const QJsonObject s = value.toObject();
        SeasonalitySpec spec;
        spec.name = s.value(QLatin1String("name")).toString().toStdString();
        spec.period = s.value(QLatin1String("period")).toDouble();
        spec.fourierOrder = s.value(QLatin1String("fourier_order")).toInt();
        spec.priorScale = readOptionalNumber(s.value(QLatin1String("prior_scale")));
        spec.mode = readMode(
            s.value(QLatin1String("mode")),
            QStringLiteral("Seasonality \"%1\"").arg(QString::fromStdString(spec.name)), errors);
        spec.conditionName = s.value(QLatin1String("condition_name")).toString().toStdString();
        config.seasonalities.push_back(spec);
    }
}

void readRegressors(const QJsonArray &array, ProphetConfig &config, QStringList &errors)
{
    for (const QJsonValue &value : array) {
        const QJsonObject r = value.toObject();
        RegressorSpec spec;
        spec.name = r.value(QLatin1String("name")).toString().toStdString();
        spec.priorScale = readOptionalNumber(r.value(QLatin1String("prior_scale")));
        const QJsonValue standardize = r.value(QLatin1String("standardize"));
        if (standardize.isBool())
            spec.standardize = standardize.toBool() ? Standardize::Yes : Standardize::No;
        else if (!standardize.isUndefined() && !standardize.isNull() &&
                 standardize.toString() != QLatin1String("auto"))
            errors << QStringLiteral("Regressor \"%1\": standardize must be true, false or "
                                     "\"auto\".")
                          .arg(QString::fromStdString(spec.name));
        spec.mode = readMode(
            r.value(QLatin1String("mode")),
            QStringLiteral("Regressor \"%1\"").arg(QString::fromStdString(spec.name)), errors);
        config.regressors.push_back(spec);
    }
}

} // namespace

ProphetConfig SettingsJson::readModel(const QJsonObject &o, QStringList &warnings,
                                      QStringList &errors)
{
    ProphetConfig config;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!knownKeys().contains(it.key()))
            warnings
                << QStringLiteral("The setting \"%1\" is not known and was ignored.").arg(it.key());
    }
    if (o.contains(QLatin1String("growth"))) {
        const auto growth =
            growthFromString(o.value(QLatin1String("growth")).toString().toStdString());
        if (growth)
            config.growth = *growth;
        else
            errors << QStringLiteral("growth must be \"linear\", \"logistic\" or \"flat\".");
    }
    const QJsonValue changepoints = o.value(QLatin1String("changepoints"));
    if (changepoints.isArray()) {
        config.changepoints.emplace();
        for (const QJsonValue &v : changepoints.toArray()) {
            if (const auto date = readDate(v))
                config.changepoints->push_back(*date);
            else
                errors << QStringLiteral("The changepoint \"%1\" is not a date (YYYY-MM-DD).")
                              .arg(v.toString());
        }
    }
    readInt(o, "n_changepoints", config.nChangepoints, errors);
    readNumber(o, "changepoint_range", config.changepointRange, errors);
    readNumber(o, "changepoint_prior_scale", config.changepointPriorScale, errors);
    readNumber(o, "seasonality_prior_scale", config.seasonalityPriorScale, errors);
    readNumber(o, "holidays_prior_scale", config.holidaysPriorScale, errors);
    readNumber(o, "interval_width", config.intervalWidth, errors);
    readInt(o, "uncertainty_samples", config.uncertaintySamples, errors);
    readInt(o, "iter", config.maxIterations, errors);

    struct SwitchField
    {
        const char *key;
        SeasonalitySwitch *target;
    };
    for (const SwitchField &field : {SwitchField{"yearly_seasonality", &config.yearlySeasonality},
                                     SwitchField{"weekly_seasonality", &config.weeklySeasonality},
                                     SwitchField{"daily_seasonality", &config.dailySeasonality}}) {
        const auto value = readSwitch(o.value(QLatin1String(field.key)));
        if (value)
            *field.target = *value;
        else
            errors << QStringLiteral("\"%1\" must be \"auto\", true, false or a Fourier order.")
                          .arg(QLatin1String(field.key));
    }
    if (const auto mode = readMode(o.value(QLatin1String("seasonality_mode")),
                                   QStringLiteral("seasonality_mode"), errors))
        config.seasonalityMode = *mode;
    config.holidaysMode =
        readMode(o.value(QLatin1String("holidays_mode")), QStringLiteral("holidays_mode"), errors);
    if (o.contains(QLatin1String("scaling"))) {
        const auto scaling =
            scalingFromString(o.value(QLatin1String("scaling")).toString().toStdString());
        if (scaling)
            config.scaling = *scaling;
        else
            errors << QStringLiteral("scaling must be \"absmax\" or \"minmax\".");
    }
    config.countryHolidays = o.value(QLatin1String("country_holidays")).toString().toStdString();
    for (const QJsonValue &value : o.value(QLatin1String("country_holiday_overrides")).toArray()) {
        const QJsonObject h = value.toObject();
        CountryHolidayOverride entry;
        entry.name = h.value(QLatin1String("holiday")).toString().toStdString();
        entry.enabled = h.value(QLatin1String("enabled")).toBool(true);
        entry.lowerWindow = h.value(QLatin1String("lower_window")).toInt(0);
        entry.upperWindow = h.value(QLatin1String("upper_window")).toInt(0);
        entry.priorScale = readOptionalNumber(h.value(QLatin1String("prior_scale")));
        if (entry.name.empty())
            errors << QStringLiteral("Each country holiday override needs a \"holiday\" name.");
        else
            config.countryHolidayOverrides.push_back(entry);
    }
    readHolidays(o.value(QLatin1String("holidays")).toArray(), config, errors);
    readSeasonalities(o.value(QLatin1String("seasonalities")).toArray(), config, errors);
    readRegressors(o.value(QLatin1String("regressors")).toArray(), config, errors);

    if (o.value(QLatin1String("mcmc_samples")).toInt(0) > 0)
        warnings << QStringLiteral("MCMC sampling is not supported; the model is fitted by its "
                                   "most probable parameters (mcmc_samples = 0).");
    const QString algorithm = o.value(QLatin1String("algorithm")).toString();
    if (algorithm.compare(QLatin1String("newton"), Qt::CaseInsensitive) == 0)
        config.algorithm = Algorithm::Newton;
    else if (algorithm.compare(QLatin1String("lbfgs"), Qt::CaseInsensitive) == 0)
        config.algorithm = Algorithm::Lbfgs;
    if (o.value(QLatin1String("trend_simulation")).toString() == QLatin1String("poisson"))
        config.trendSimulation = TrendSimulation::Poisson;
    // A seed above 2^53 is written as a string of digits, which a JSON number cannot hold.
    const QJsonValue seed = o.value(QLatin1String("seed"));
    bool seedOk = true;
    if (seed.isDouble() && seed.toDouble() >= 0 && seed.toDouble() <= kMaxExactSeed &&
        seed.toDouble() == std::floor(seed.toDouble()))
        config.seed = static_cast<std::uint64_t>(seed.toDouble());
    else if (seed.isString())
        config.seed = seed.toString().toULongLong(&seedOk);
    else if (!seed.isUndefined() && !seed.isNull())
        seedOk = false;
    if (!seedOk)
        errors << QStringLiteral("\"seed\" must be a whole number from 0 to 2^64 - 1.");
    config.roundParameters = o.value(QLatin1String("round_parameters")).toBool(false);
    return config;
}

HorizonSettings SettingsJson::readHorizon(const QJsonObject &o, QStringList &errors)
{
    HorizonSettings horizon;
    readInt(o, "periods", horizon.periods, errors);
    const QJsonValue freq = o.value(QLatin1String("freq"));
    if (freq.isString()) {
        horizon.frequency = Frequency::fromPandasAlias(freq.toString().toStdString());
        if (!horizon.frequency)
            errors << QStringLiteral("\"%1\" is not a frequency Prognos knows (try D, W, MS, M, "
                                     "H or 5min).")
                          .arg(freq.toString());
    }
    horizon.includeHistory = o.value(QLatin1String("include_history")).toBool(true);
    return horizon;
}

QJsonObject SettingsJson::writeModel(const ProphetConfig &c)
{
    QJsonObject o;
    o.insert(QLatin1String("growth"), QString::fromUtf8(toString(c.growth).data()));
    if (c.changepoints) {
        QJsonArray dates;
        for (Timestamp t : *c.changepoints)
            dates.append(QString::fromStdString(formatTimestamp(t)));
        o.insert(QLatin1String("changepoints"), dates);
    } else {
        o.insert(QLatin1String("changepoints"), QJsonValue::Null);
    }
    o.insert(QLatin1String("n_changepoints"), c.nChangepoints);
    o.insert(QLatin1String("changepoint_range"), c.changepointRange);
    o.insert(QLatin1String("changepoint_prior_scale"), c.changepointPriorScale);
    o.insert(QLatin1String("yearly_seasonality"), writeSwitch(c.yearlySeasonality));
    o.insert(QLatin1String("weekly_seasonality"), writeSwitch(c.weeklySeasonality));
    o.insert(QLatin1String("daily_seasonality"), writeSwitch(c.dailySeasonality));
    o.insert(QLatin1String("seasonality_mode"),
             QString::fromUtf8(toString(c.seasonalityMode).data()));
    o.insert(QLatin1String("seasonality_prior_scale"), c.seasonalityPriorScale);
    o.insert(QLatin1String("holidays_prior_scale"), c.holidaysPriorScale);
    // Unset, holidays follow seasonality_mode (null keeps that link when read back).
    o.insert(QLatin1String("holidays_mode"),
             c.holidaysMode ? QJsonValue(QString::fromUtf8(toString(*c.holidaysMode).data()))
                            : QJsonValue(QJsonValue::Null));
    o.insert(QLatin1String("country_holidays"),
             c.countryHolidays.empty() ? QJsonValue(QJsonValue::Null)
                                       : QJsonValue(QString::fromStdString(c.countryHolidays)));
    QJsonArray overrides;
    for (const CountryHolidayOverride &h : c.countryHolidayOverrides) {
        QJsonObject row{{"holiday", QString::fromStdString(h.name)},
                        {"enabled", h.enabled},
                        {"lower_window", h.lowerWindow},
                        {"upper_window", h.upperWindow}};
        if (h.priorScale)
            row.insert(QLatin1String("prior_scale"), *h.priorScale);
        overrides.append(row);
    }
    o.insert(QLatin1String("country_holiday_overrides"), overrides);
    QJsonArray holidays;
    for (const HolidayEvent &h : c.holidays) {
        QJsonObject row{{"holiday", QString::fromStdString(h.name)},
                        {"ds", QString::fromStdString(formatTimestamp(h.day * kMsPerDay))},
                        {"lower_window", h.lowerWindow},
                        {"upper_window", h.upperWindow}};
        if (h.priorScale)
            row.insert(QLatin1String("prior_scale"), *h.priorScale);
        holidays.append(row);
    }
    o.insert(QLatin1String("holidays"), holidays);
    QJsonArray seasonalities;
    for (const SeasonalitySpec &s : c.seasonalities) {
        QJsonObject row{{"name", QString::fromStdString(s.name)},
                        {"period", s.period},
                        {"fourier_order", s.fourierOrder}};
        if (s.priorScale)
            row.insert(QLatin1String("prior_scale"), *s.priorScale);
        if (s.mode)
            row.insert(QLatin1String("mode"), QString::fromUtf8(toString(*s.mode).data()));
        if (!s.conditionName.empty())
            row.insert(QLatin1String("condition_name"), QString::fromStdString(s.conditionName));
        seasonalities.append(row);
    }
    o.insert(QLatin1String("seasonalities"), seasonalities);
    QJsonArray regressors;
    for (const RegressorSpec &r : c.regressors) {
        QJsonObject row{{"name", QString::fromStdString(r.name)}};
        if (r.priorScale)
            row.insert(QLatin1String("prior_scale"), *r.priorScale);
        if (r.standardize == Standardize::Auto)
            row.insert(QLatin1String("standardize"), QStringLiteral("auto"));
        else
            row.insert(QLatin1String("standardize"), r.standardize == Standardize::Yes);
        if (r.mode)
            row.insert(QLatin1String("mode"), QString::fromUtf8(toString(*r.mode).data()));
        regressors.append(row);
    }
    o.insert(QLatin1String("regressors"), regressors);
    o.insert(QLatin1String("interval_width"), c.intervalWidth);
    o.insert(QLatin1String("uncertainty_samples"), c.uncertaintySamples);
    o.insert(QLatin1String("scaling"), QString::fromUtf8(toString(c.scaling).data()));
    o.insert(QLatin1String("mcmc_samples"), 0);
    o.insert(QLatin1String("seed"), c.seed <= std::uint64_t(kMaxExactSeed)
                                        ? QJsonValue(static_cast<double>(c.seed))
                                        : QJsonValue(QString::number(c.seed)));
    const char *algorithm = c.algorithm == Algorithm::Newton  ? "newton"
                            : c.algorithm == Algorithm::Lbfgs ? "lbfgs"
                                                              : "auto";
    o.insert(QLatin1String("algorithm"), QLatin1String(algorithm));
    o.insert(QLatin1String("iter"), c.maxIterations);
    o.insert(
        QLatin1String("trend_simulation"),
        QLatin1String(c.trendSimulation == TrendSimulation::Poisson ? "poisson" : "vectorized"));
    o.insert(QLatin1String("round_parameters"), c.roundParameters);
    return o;
}

} // namespace prognos
