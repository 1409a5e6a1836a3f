#pragma once

#include "dateformat.h"

#include <QChar>
#include <QString>

#include <optional>

namespace prognos {

/// The one interpretation chosen for a whole column, as detected or as the user set it.
struct ColumnType
{
    enum class Kind {
        Empty,  ///< no values at all
        Date,   ///< dates or date-times written as text
        Number, ///< numbers (possibly dates written as numbers, see numericDate)
        Text,   ///< anything else: categories, notes
    };

    Kind kind = Kind::Text;
    DateFormat dateFormat = DateFormat::Iso; ///< for Date columns, and numbers read as dates
    QChar decimalMark = u'.';                ///< for Number columns: '.' or ','

    /// A Number column whose magnitudes suggest dates (Excel serials or Unix time): the
    /// suggested format. It is only used when the column becomes ds.
    std::optional<DateFormat> numericDate;
    /// Whether the values are exactly 0, 1, 2, ... or 1, 2, 3, ... in file order.
    bool indexLike = false;
    /// Dates carry a time of day other than midnight, or UTC offsets.
    bool hasTime = false;
    bool hasOffsets = false;
    bool mixedOffsets = false;

    /// The detection could not decide (day/month order, decimal mark): the user must.
    bool needsDecision = false;
    /// The question to put to the user when needsDecision, or about single values.
    QString question;
    /// Some values read as two different numbers ("1,234" among decimal commas); they are
    /// left out with a question until the user confirms the decimal mark.
    bool ambiguousValues = false;
    /// Set by an override: the interpretation was chosen by the user, not detected.
    bool confirmed = false;

    int values = 0;  ///< non-missing cells
    int missing = 0; ///< empty cells and missing-value markers
    int invalid = 0; ///< non-missing cells that do not read in the chosen interpretation

    /// A short description such as "date, DD.MM.YYYY" or "number, decimal comma".
    QString describe() const;
};

} // namespace prognos
