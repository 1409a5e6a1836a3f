// libFuzzer target: every date format and both decimal marks on arbitrary UTF-8 text, and the
// one-scan reading with both marks against the reading with each (on UTF-16 and, for ASCII,
// Latin-1 cells as a table holds them). Built when PROGNOS_FUZZ is on (clang only).

#include "data/dateparser.h"
#include "data/numberparser.h"

#include <QList>
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

    const QByteArray latin1 = text.toLatin1();
    QList<QAnyStringView> cells = {QAnyStringView(text)};
    if (latin1 == text.toUtf8()) // ASCII: a table holds it as Latin-1 bytes
        cells.append(QLatin1StringView(latin1));
    for (const QAnyStringView cell : std::as_const(cells)) {
        NumberParser::Reading point;
        NumberParser::Reading comma;
        NumberParser::parseCellBothMarks(cell, point, comma);
        double withPoint = 0.0;
        double withComma = 0.0;
        if (point.ok != NumberParser::parseCell(cell, u'.', withPoint) ||
            comma.ok != NumberParser::parseCell(cell, u',', withComma) ||
            (point.ok && !(point.value == withPoint)) || (comma.ok && !(comma.value == withComma)))
            __builtin_trap();
    }
    return 0;
}
