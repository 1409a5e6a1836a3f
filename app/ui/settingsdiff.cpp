#include "settingsdiff.h"

#include "settings/settingsjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>

namespace prognos {

namespace {

QString algorithmName(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::Lbfgs:
        return QStringLiteral("lbfgs");
    case Algorithm::Newton:
        return QStringLiteral("newton");
    case Algorithm::Auto:
        break;
    }
    return QStringLiteral("auto");
}

void insertMissing(QJsonObject &object, const QString &key, const QJsonValue &value)
{
    if (!object.contains(key))
        object.insert(key, value);
}

} // namespace

QJsonObject SettingsDiff::settingsObject(const ProphetConfig &config, int periods)
{
    QJsonObject object = SettingsJson::writeModel(config);
    insertMissing(object, QStringLiteral("algorithm"), algorithmName(config.algorithm));
    insertMissing(object, QStringLiteral("iter"), config.maxIterations);
    insertMissing(object, QStringLiteral("trend_simulation"),
                  config.trendSimulation == TrendSimulation::Poisson
                      ? QStringLiteral("poisson")
                      : QStringLiteral("vectorized"));
    insertMissing(object, QStringLiteral("round_parameters"), config.roundParameters);
    if (periods > 0)
        object.insert(QStringLiteral("periods"), periods);
    return object;
}

QList<SettingDifference> SettingsDiff::compare(const QList<QJsonObject> &settings)
{
    if (settings.isEmpty())
        return {};
    QStringList keys;
    for (const QJsonObject &object : settings)
        keys += object.keys();
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());

    QList<SettingDifference> differences;
    for (const QString &key : keys) {
        const QJsonValue first = settings.first().value(key);
        const bool differs =
            std::any_of(settings.begin(), settings.end(),
                        [&](const QJsonObject &o) { return o.value(key) != first; });
        if (!differs)
            continue;
        SettingDifference difference{key, {}};
        for (const QJsonObject &object : settings)
            difference.values.append(valueText(object.value(key)));
        differences.append(difference);
    }
    return differences;
}

QString SettingsDiff::valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Undefined:
        return QStringLiteral("—");
    case QJsonValue::Null:
        break;
    }
    return QStringLiteral("null");
}

} // namespace prognos
