// libFuzzer target for the settings loader: any bytes, read as a settings file, give a
// config, warnings or errors, never a crash.
#include "settings/pipelinejson.h"
#include "settings/settingsjson.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    const QJsonObject object = document.object();
    QStringList warnings;
    QStringList errors;
    const prognos::ProphetConfig config =
        prognos::SettingsJson::readModel(object, warnings, errors);
    (void)config.validate();
    (void)prognos::SettingsJson::readHorizon(object, errors);
    (void)prognos::PipelineJson::readImport(object.value(QLatin1String("import")).toObject(),
                                            errors);
    (void)prognos::PipelineJson::readCleaning(object.value(QLatin1String("cleaning")).toArray(),
                                              errors);
    (void)prognos::SettingsJson::writeModel(config);
    return 0;
}
