// libFuzzer target: the whole import (decoding, CSV records, type and role detection, series)
// and the quality report, on arbitrary bytes. Built when PROGNOS_FUZZ is on (clang only).
// The first byte picks the encoding and delimiter overrides so that every path is reached.

#include "data/dataimporter.h"
#include "data/qualityreport.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace prognos;
    if (size == 0)
        return 0;
    ImportSettings settings;
    settings.csv.encoding = static_cast<TextEncoding>(data[0] % 5);
    const char delimiters[] = {0, ',', ';', '\t', '|'};
    settings.csv.delimiter = QChar(delimiters[(data[0] / 5) % 5]);
    settings.csv.header = static_cast<CsvOptions::Header>((data[0] / 25) % 3);
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const ImportResult result = DataImporter::import(bytes, settings);
    if (result.series.ds.size() != result.series.y.size())
        __builtin_trap();
    QualityReport::analyse(result.series);
    return 0;
}
