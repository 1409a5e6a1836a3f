#pragma once

#include "engine/prophetconfig.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace prognos {

/// One setting that differs between configurations: its name in the settings file and its
/// value in each configuration, as JSON text.
struct SettingDifference
{
    QString key;
    QStringList values;
};

/// The settings of configurations side by side, under the settings file's names
/// (SettingsJson), reduced to the ones that differ.
class SettingsDiff
{
public:
    /// The settings of `config` as the settings file writes them, plus the engine options
    /// the file leaves out (`algorithm`, `iter`, `trend_simulation`, `round_parameters`) and
    /// `periods`, the number of future dates (left out when 0).
    static QJsonObject settingsObject(const ProphetConfig &config, int periods = 0);

    /// The settings whose values are not all equal (a key some objects lack included),
    /// sorted by key.
    static QList<SettingDifference> compare(const QList<QJsonObject> &settings);

    /// A value as compact JSON text (strings without quotes, null as "null").
    static QString valueText(const QJsonValue &value);
};

} // namespace prognos
