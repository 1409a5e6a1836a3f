#include "columntype.h"

#include "dateparser.h"

#include <QCoreApplication>

namespace prognos {

QString ColumnType::describe() const
{
    switch (kind) {
    case Kind::Empty:
        return QCoreApplication::translate("prognos::ColumnType", "empty");
    case Kind::Text:
        return QCoreApplication::translate("prognos::ColumnType", "text");
    case Kind::Date:
        return QCoreApplication::translate("prognos::ColumnType", "date, %1")
            .arg(DateParser::formatName(dateFormat));
    case Kind::Number:
        if (needsDecision)
            return QCoreApplication::translate("prognos::ColumnType",
                                               "number, decimal mark undecided");
        return decimalMark == u','
                   ? QCoreApplication::translate("prognos::ColumnType", "number, decimal comma")
                   : QCoreApplication::translate("prognos::ColumnType", "number, decimal point");
    }
    return {};
}

} // namespace prognos
