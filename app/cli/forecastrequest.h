#pragma once

#include "data/cleaningpipeline.h"
#include "data/importsettings.h"
#include "engine/frequency.h"
#include "engine/prophetconfig.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace prognos {

/// Everything `prognos-cli forecast` was asked to do, from its options and settings file.
struct ForecastRequest
{
    QString dataPath;
    QString outputPath;
    QString futurePath; ///< future values of regressors, cap and floor; empty: none
    ProphetConfig config;
    ImportSettings import;
    CleaningPipeline cleaning;
    /// The most future periods one forecast may ask for (a million days is 2,700 years).
    static constexpr int kMaxHorizon = 1'000'000;
    int horizon = 0;
    std::optional<Frequency> frequency; ///< empty: the frequency detected in the data
    QStringList warnings;               ///< about the settings file
};

} // namespace prognos
