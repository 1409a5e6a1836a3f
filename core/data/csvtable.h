#pragma once

#include <QAnyStringView>
#include <QByteArray>
#include <QLatin1StringView>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <limits>
#include <memory>
#include <mutex>
#include <vector>

namespace prognos {

/// The cells of a delimited file exactly as written (quotes removed, nothing trimmed or
/// converted), held compactly: the decoded text of the file plus the offsets of each cell in
/// it; only quoted cells, whose text differs from the file's, are copied (unescaped).
///
/// A file that is plain ASCII is not decoded at all: the table keeps the file's own bytes
/// (shared, not copied) and cellView() reads them as Latin-1. cell() needs UTF-16 text and
/// makes it on its first call for such a table, once; cellView() and cellText() never do.
///
/// Offsets are 32-bit: a table holds at most kMaxChars characters (CsvReader refuses larger
/// files), which keeps a 50 MB file's offsets at 8 bytes a cell.
///
/// Rows are data records, 0-based here (the issues list shows them 1-based); the header, if
/// any, is kept apart as the column names. A record with fewer fields than there are columns
/// reads as empty cells; fields beyond the last column are kept but not addressable.
class CsvTable
{
public:
    /// The most characters (or bytes of an ASCII file) a table can hold.
    static constexpr qsizetype kMaxChars = std::numeric_limits<qint32>::max();
    /// The most fields a record may have (a spreadsheet's limit); CsvReader refuses wider files.
    static constexpr int kMaxColumns = 16384;

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
    /// The text of a cell without making UTF-16 text: Latin-1 for an ASCII file's cells.
    QAnyStringView cellView(int row, int column) const;
    /// A copy of the text of a cell.
    QString cellText(int row, int column) const { return cellView(row, column).toString(); }
    /// Number of fields the record actually had.
    int fieldCount(int row) const;
    /// File line (1-based) on which the record starts.
    int lineOfRow(int row) const { return m_rowLine[static_cast<std::size_t>(row)]; }

    /// Takes the decoded text of the file; appendField() keeps views into it as offsets.
    void setText(QString text) { m_text = std::move(text); }
    /// The text given to setText().
    QStringView text() const { return m_text; }
    /// Takes the bytes of a plain ASCII file, from `from` on (after a byte-order mark), instead
    /// of decoded text.
    void setAsciiBytes(const QByteArray &bytes, qsizetype from);
    /// The bytes given to setAsciiBytes(), from its `from` on.
    QLatin1StringView asciiText() const;
    /// Appends one field to the record being built: a view into text() is kept as offsets,
    /// any other text is copied.
    void appendField(QStringView text);
    /// The same for a view into asciiText().
    void appendField(QLatin1StringView text);
    /// Makes room for about `cells` fields in `records` records, so that a large file is not
    /// copied each time the offsets grow.
    void reserve(qsizetype cells, qsizetype records);
    /// Appends the records of `other`, built over the same text, with their lines moved down
    /// by `lineOffset`; before finish().
    void appendRecords(const CsvTable &other, int lineOffset);
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
    /// UTF-16 text of an ASCII table, made on the first call of cell().
    struct Utf16Copy
    {
        std::once_flag made;
        QString text;
    };

    QStringView utf16Text() const;
    void pushCell(qsizetype begin, qsizetype end);
    /// Appends a cell whose text is not in the table's text: a copy is kept.
    void appendCopy(QAnyStringView text);

    QString m_text;                        // the file's decoded text
    QByteArray m_ascii;                    // or the bytes of an ASCII file
    qsizetype m_asciiFrom = 0;             // where its text starts in m_ascii
    std::shared_ptr<Utf16Copy> m_utf16;    // UTF-16 of m_ascii, for cell()
    QString m_copies;                      // unescaped quoted cells
    std::vector<qint32> m_cellBegin;       // offset in m_text, or ~offset in m_copies
    std::vector<qint32> m_cellEnd;         // end offset in the same string
    std::vector<qsizetype> m_rowFirstCell; // index of the first cell of each record
    std::vector<int> m_rowLine;
    QStringList m_columnNames;
};

// Inline: the import calls these once for every cell.

inline int CsvTable::fieldCount(int row) const
{
    const std::size_t r = static_cast<std::size_t>(row);
    const qsizetype next =
        r + 1 < m_rowFirstCell.size() ? m_rowFirstCell[r + 1] : qsizetype(m_cellEnd.size());
    return static_cast<int>(next - m_rowFirstCell[r]);
}

inline void CsvTable::pushCell(qsizetype begin, qsizetype end)
{
    m_cellBegin.push_back(static_cast<qint32>(begin));
    m_cellEnd.push_back(static_cast<qint32>(end));
}

inline void CsvTable::appendField(QLatin1StringView text)
{
    const char *base = m_ascii.constData() + m_asciiFrom;
    if (!text.isEmpty() && m_utf16 && text.data() >= base &&
        text.data() + text.size() <= m_ascii.constData() + m_ascii.size()) {
        pushCell(text.data() - base, text.data() - base + text.size());
        return;
    }
    appendCopy(text);
}

inline void CsvTable::beginRecord(int line)
{
    m_rowFirstCell.push_back(static_cast<qsizetype>(m_cellEnd.size()));
    m_rowLine.push_back(line);
}

inline QAnyStringView CsvTable::cellView(int row, int column) const
{
    if (column >= fieldCount(row))
        return {};
    const std::size_t k =
        static_cast<std::size_t>(m_rowFirstCell[static_cast<std::size_t>(row)] + column);
    const qsizetype begin = m_cellBegin[k];
    const qsizetype size = m_cellEnd[k] - (begin < 0 ? ~begin : begin);
    if (begin < 0)
        return QStringView(m_copies).sliced(~begin, size);
    if (m_utf16)
        return QLatin1StringView(m_ascii.constData() + m_asciiFrom + begin, size);
    return QStringView(m_text).sliced(begin, size);
}

} // namespace prognos
