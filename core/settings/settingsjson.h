#pragma once

#include "engine/frequency.h"
#include "engine/prophetconfig.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace prognos {

/// The forecast part of a settings file besides the model: how far and how often.
struct HorizonSettings
{
    int periods = 0;                    ///< number of future dates; 0: not given
    std::optional<Frequency> frequency; ///< from `freq` (a pandas alias); empty: inferred
    bool includeHistory = true;
};

/// Reads and writes the settings file: Prophet's (Python) parameter names for the model, as
/// the reference cases' config.json files spell them, plus `periods`, `freq` and
/// `include_history`. Other sections (`import`, `cleaning`) are left to their modules.
class SettingsJson
{
public:
    /// Fills `config` from `object`. Unknown keys and values that cannot be used are listed
    /// in `warnings`; a value of the wrong type is an error in `errors`.
    static ProphetConfig readModel(const QJsonObject &object, QStringList &warnings,
                                   QStringList &errors);

    /// Reads `periods`, `freq` and `include_history`.
    static HorizonSettings readHorizon(const QJsonObject &object, QStringList &errors);

    /// Writes every model setting under Prophet's names.
    static QJsonObject writeModel(const ProphetConfig &config);
};

} // namespace prognos
