#pragma once

#include "engine/prophetconfig.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace prognos {

/// Named starting points for the model settings. A preset sets the model's shape (trend
/// flexibility, seasonalities, modes, prior scales, interval) and keeps what belongs to the
/// data: growth, holidays, country, regressors, and the simulation seed.
class ModelPresets
{
    Q_DECLARE_TR_FUNCTIONS(ModelPresets)

public:
    enum class Preset { Default, RetailDaily, WebTraffic, MonthlyBusiness, Conservative };

    static QList<Preset> all();
    /// The name shown in the picker.
    static QString name(Preset preset);
    /// What the preset is for, as a tooltip.
    static QString description(Preset preset);
    /// `current` with the preset's settings applied.
    static ProphetConfig apply(Preset preset, const ProphetConfig &current);
};

} // namespace prognos
