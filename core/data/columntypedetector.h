#pragma once

#include "columnoverride.h"
#include "columntype.h"
#include "csvtable.h"

#include <QCoreApplication>

#include <vector>

namespace prognos {

/// Decides one interpretation per column from all of its cells.
///
/// Dates: each text format is tried on every non-missing cell; a format that fits the shape
/// of at least 80 % of them is chosen. Day/month order is decided for the whole column: if
/// both orders read every value, the column needs a decision and nothing is guessed.
/// Numbers: each decimal mark is tried; the one that reads more cells wins when at least
/// 80 % read. If every cell with a mark reads both ways ("1,200") the column needs a
/// decision. Numbers whose magnitudes fit Excel serial days (20000..80000), Unix seconds
/// (1e8..4.2e9), Unix milliseconds (1e11..4.2e12) or years (whole numbers 1000..2999) are
/// marked as possible dates.
class ColumnTypeDetector
{
    Q_DECLARE_TR_FUNCTIONS(ColumnTypeDetector)

public:
    /// Detects the type of column `column` of `table`; whatever `choice` sets is taken as
    /// the user's decision instead (and the type is marked confirmed).
    ///
    /// With `readings`, the values read on the way are kept there, one per row of the table,
    /// so that the caller need not read the cells again: for a Number column the number read
    /// with the chosen decimal mark, for a Date column the wall-clock time in milliseconds
    /// (exact in a double) of a date without UTC offset. A row is NaN where its cell is
    /// missing, does not read that way or carries an offset; it must then be read from the
    /// cell. Empty and Text columns leave `readings` empty.
    static ColumnType detect(const CsvTable &table, int column, const ColumnOverride &choice = {},
                             std::vector<double> *readings = nullptr);
};

} // namespace prognos
