// libFuzzer target: every date format and both decimal marks on arbitrary UTF-8 text.
// Built when PROGNOS_FUZZ is on (clang only).

#include "data/dateparser.h"
#include "data/numberparser.h"

#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace prognos;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    for (int format = 0; format <= int(DateFormat::Year); ++format) {
        ParsedDate date;
        if (DateParser::parse(text, DateFormat(format), date) == DateParser::Error::None) {
            const CivilTime c = CivilTime::fromTimestamp(date.wallClock);
            if (c.year < 1 || c.year > 9999)
                __builtin_trap();
        }
    }
    double value = 0.0;
    NumberParser::parse(text, u'.', value);
    NumberParser::parse(text, u',', value);
    NumberParser::isMissingMarker(text);
    return 0;
}
