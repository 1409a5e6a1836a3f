// libFuzzer target: the import and cleaning sections of a settings file, read from arbitrary
// bytes and then applied to a small fixed series. Built when PROGNOS_FUZZ is on (clang only).

#include "data/dataimporter.h"
#include "data/settingsjson.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace prognos;
    const QJsonObject root =
        QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)))
            .object();
    QStringList warnings;
    ImportSettings settings =
        SettingsJson::importSettings(root.value(QStringLiteral("import")).toObject(), warnings);
    const CleaningPipeline pipeline =
        SettingsJson::cleaningPipeline(root.value(QStringLiteral("cleaning")).toArray(), warnings);
    settings.csv.maxBytes = 1 << 20;
    const ImportResult result = DataImporter::import("ds,y,g\n2024-01-01,1,a\n2024-01-02,,b\n"
                                                     "2024-01-02,3,a\n2024-01-09,100,b\n",
                                                     settings);
    if (result.ok())
        pipeline.apply(result.series);
    return 0;
}
