#pragma once

#include "columntype.h"

#include <QChar>

#include <optional>

namespace prognos {

/// A user's choice for one column; unset fields keep the detected value.
struct ColumnOverride
{
    std::optional<ColumnType::Kind> kind;
    std::optional<DateFormat> dateFormat; ///< implies kind Date (or a numeric date for ds)
    std::optional<QChar> decimalMark;     ///< implies kind Number
};

} // namespace prognos
