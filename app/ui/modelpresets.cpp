#include "modelpresets.h"

namespace prognos {

QList<ModelPresets::Preset> ModelPresets::all()
{
    return {Preset::Default, Preset::RetailDaily, Preset::WebTraffic, Preset::MonthlyBusiness,
            Preset::Conservative};
}

QString ModelPresets::name(Preset preset)
{
    switch (preset) {
    case Preset::Default:
        return tr("Default (Prophet's)");
    case Preset::RetailDaily:
        return tr("Retail, daily");
    case Preset::WebTraffic:
        return tr("Web traffic");
    case Preset::MonthlyBusiness:
        return tr("Monthly business");
    case Preset::Conservative:
        return tr("Conservative");
    }
    return {};
}

QString ModelPresets::description(Preset preset)
{
    switch (preset) {
    case Preset::Default:
        return tr("Prophet's own defaults.");
    case Preset::RetailDaily:
        return tr("Daily sales: weekly and yearly patterns that grow with the business "
                  "(multiplicative) and a monthly pay-day pattern.");
    case Preset::WebTraffic:
        return tr("Visits or requests: a flexible trend, weekly and yearly patterns that "
                  "scale with the level, and a daily pattern for hourly data.");
    case Preset::MonthlyBusiness:
        return tr("Monthly figures: yearly pattern only, fewer changepoints.");
    case Preset::Conservative:
        return tr("A stiff trend, damped seasonal and holiday effects and a 95 % interval: "
                  "forecasts that do not chase the latest swings.");
    }
    return {};
}

ProphetConfig ModelPresets::apply(Preset preset, const ProphetConfig &current)
{
    ProphetConfig config;
    config.growth = current.growth;
    config.holidays = current.holidays;
    config.countryHolidays = current.countryHolidays;
    config.countryHolidayOverrides = current.countryHolidayOverrides;
    config.regressors = current.regressors;
    config.seed = current.seed;
    switch (preset) {
    case Preset::Default:
        break;
    case Preset::RetailDaily:
        config.yearlySeasonality = SeasonalitySwitch::on();
        config.weeklySeasonality = SeasonalitySwitch::on();
        config.dailySeasonality = SeasonalitySwitch::off();
        config.seasonalityMode = ComponentMode::Multiplicative;
        config.seasonalities.push_back({"monthly", 30.5, 5, std::nullopt, std::nullopt, {}});
        break;
    case Preset::WebTraffic:
        config.changepointPriorScale = 0.1;
        config.yearlySeasonality = SeasonalitySwitch::on();
        config.weeklySeasonality = SeasonalitySwitch::on();
        config.seasonalityMode = ComponentMode::Multiplicative;
        break;
    case Preset::MonthlyBusiness:
        config.nChangepoints = 10;
        config.yearlySeasonality = SeasonalitySwitch::on();
        config.weeklySeasonality = SeasonalitySwitch::off();
        config.dailySeasonality = SeasonalitySwitch::off();
        break;
    case Preset::Conservative:
        config.changepointPriorScale = 0.01;
        config.seasonalityPriorScale = 1.0;
        config.holidaysPriorScale = 1.0;
        config.intervalWidth = 0.95;
        break;
    }
    return config;
}

} // namespace prognos
