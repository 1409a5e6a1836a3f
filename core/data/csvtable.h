#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace prognos {

/// The cells of a delimited file exactly as written (quotes removed, nothing trimmed or
/// converted), held compactly: the decoded text of the file plus the offsets of each cell in
/// it; only quoted cells, whose text differs from the file's, are copied (unescaped).
///
/// Rows are data records, 0-based here (the issues list shows them 1-based); the header, if
/// any, is kept apart as the column names. A record with fewer fields than there are columns
/// reads as empty cells; fields beyond the last column are kept but not addressable.
class CsvTable
{
public:
    /// Number of data records.
    int rowCount() const { return static_cast<int>(m_rowFirstCell.size()); }
    /// Number of columns: the header's field count, or the widest record without a header.
    int columnCount() const { return static_cast<int>(m_columnNames.size()); }
    /// Column names as written in the header, trimmed of surrounding white space.
    const QStringList &columnNames() const { return m_columnNames; }
    /// A name to show for a column: its header text, or "column N" when the header is empty.
    QString displayName(int column) const;
    /// Index of the column whose name equals `name`, or -1.
    int columnIndex(const QString &name) const { return m_columnNames.indexOf(name); }

    /// The text of a cell; empty when the record is shorter than the header.
    QStringView cell(int row, int column) const;
    /// Number of fields the record actually had.
    int fieldCount(int row) const;
    /// File line (1-based) on which the record starts.
    int lineOfRow(int row) const { return m_rowLine[static_cast<std::size_t>(row)]; }

    /// Takes the decoded text of the file; appendField() keeps views into it as offsets.
    void setText(QString text) { m_text = std::move(text); }
    /// The text given to setText().
    QStringView text() const { return m_text; }
    /// Appends one field to the record being built: a view into text() is kept as offsets,
    /// any other text is copied.
    void appendField(QStringView text);
    /// Makes room for about `cells` fields in `records` records, so that a large file is not
    /// copied each time the offsets grow.
    void reserve(qsizetype cells, qsizetype records);
    /// Starts a record at file line `line`.
    void beginRecord(int line);
    /// Removes the record begun last (used for blank lines).
    void dropLastRecord();
    /// Turns the first record into the column names (header present) or names the columns
    /// "column 1" ... (header absent), then makes every column addressable.
    void finish(bool firstRecordIsHeader);
    /// Forgets trailing columns that have no name and no value in any row (a delimiter at
    /// the end of every line); returns how many were dropped.
    int dropEmptyTrailingColumns();

private:
    QString m_text;                        // the file's decoded text
    QString m_copies;                      // unescaped quoted cells
    std::vector<qsizetype> m_cellBegin;    // offset in m_text, or ~offset in m_copies
    std::vector<qsizetype> m_cellEnd;      // end offset in the same string
    std::vector<qsizetype> m_rowFirstCell; // index of the first cell of each record
    std::vector<int> m_rowLine;
    QStringList m_columnNames;
};

} // namespace prognos
