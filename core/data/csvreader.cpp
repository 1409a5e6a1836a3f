#include "csvreader.h"

#include "cellview.h"
#include "csvtokenizer.h"
#include "importlog.h"

#include <QIODevice>
#include <QLocale>

#include <algorithm>
#include <cstring>
#include <future>
#include <map>
#include <thread>

namespace prognos {

namespace {

constexpr QChar kCandidates[] = {u',', u';', u'\t', u'|'};
constexpr qsizetype kDetectionChars = 64 * 1024;
constexpr int kDetectionRecords = 200;

using csvtokenizer::tokenize;
using csvtokenizer::unit;

/// Counts fields per record for delimiter detection.
struct CountingSink
{
    std::map<int, int> histogram;
    int fields = 0;
    bool blank = true;
    int records = 0;

    void beginRecord(int)
    {
        fields = 0;
        blank = true;
    }
    template <typename View>
    void field(View value)
    {
        ++fields;
        blank = blank && isBlank(value);
    }
    bool endRecord()
    {
        if (!blank) {
            ++histogram[fields];
            ++records;
        }
        return records < kDetectionRecords;
    }
    void unclosedQuote(int) {}
};

/// Builds the table, dropping blank records. A record with more than CsvTable::kMaxColumns
/// fields stops the reading: its further fields are only counted, never stored.
struct TableSink
{
    CsvTable &table;
    CsvReadResult &result;
    bool blank = true;
    qsizetype fields = 0;
    int currentLine = 0;
    int wideLine = 0;         ///< the line of the record over the limit, or 0
    qsizetype wideFields = 0; ///< how many fields it has

    void beginRecord(int recordLine)
    {
        table.beginRecord(recordLine);
        blank = true;
        fields = 0;
        currentLine = recordLine;
    }
    template <typename View>
    void field(View value)
    {
        if (++fields > CsvTable::kMaxColumns)
            return;
        table.appendField(value);
        blank = blank && isBlank(value);
    }
    bool endRecord()
    {
        if (fields > CsvTable::kMaxColumns) {
            wideLine = currentLine;
            wideFields = fields;
            table.dropLastRecord();
            return false;
        }
        if (blank) {
            table.dropLastRecord();
            ++result.skippedLines;
        }
        return true;
    }
    void unclosedQuote(int line)
    {
        ImportFinding finding;
        finding.line = line;
        finding.reason = CsvReader::tr("A quote opened on line %1 is never closed; the rest of "
                                       "the file was read as one field.")
                             .arg(line);
        result.findings.append(finding);
    }
};

/// Whether a field looks like a value (number or date) rather than a column name.
bool looksLikeValue(QStringView field)
{
    const QStringView t = field.trimmed();
    if (t.isEmpty())
        return false;
    const QChar c = t.front();
    return c.isDigit() || c == u'-' || c == u'+' || c == u'.' || c == u'(' ||
           c.category() == QChar::Symbol_Currency;
}

bool decideHeader(const CsvTable &raw)
{
    if (raw.rowCount() == 0)
        return false;
    const int width = raw.fieldCount(0);
    bool allValues = true;
    bool allText = true;
    bool textAboveValue = false;
    for (int c = 0; c < width; ++c) {
        const QString first = raw.cellText(0, c);
        const bool value = looksLikeValue(first);
        const bool text = !value && !first.trimmed().isEmpty();
        allValues = allValues && (value || first.trimmed().isEmpty());
        allText = allText && !value;
        if (text && raw.rowCount() > 1 && looksLikeValue(raw.cellText(1, c)))
            textAboveValue = true;
    }
    if (allValues)
        return false;
    return allText || textAboveValue;
}

void reportRaggedRows(CsvReadResult &result)
{
    const CsvTable &table = result.table;
    const int width = table.columnCount();
    for (int r = 0; r < table.rowCount(); ++r) {
        const int fields = table.fieldCount(r);
        bool extraAreEmpty = true; // "1,2," under "a,b": a trailing delimiter, not a problem
        for (int c = width; c < fields && extraAreEmpty; ++c)
            extraAreEmpty = isBlank(table.cellView(r, c));
        if (fields == width || (fields > width && extraAreEmpty))
            continue;
        ImportFinding finding;
        finding.row = r + 1;
        finding.line = table.lineOfRow(r);
        finding.reason = fields < width
                             ? CsvReader::tr("The row has %1 fields but the header has %2; the "
                                             "missing cells are read as empty.")
                                   .arg(fields)
                                   .arg(width)
                             : CsvReader::tr("The row has %1 fields but the header has %2; the "
                                             "extra fields are ignored.")
                                   .arg(fields)
                                   .arg(width);
        result.findings.append(finding);
    }
}

/// Reserves the table's offsets for the whole text, extrapolated from the fields and line
/// breaks of its start. Room that is never written costs no memory.
template <typename View>
void reserveFor(CsvTable &table, View text, QChar delimiter)
{
    const View sample = text.left(kDetectionChars);
    if (sample.isEmpty())
        return;
    qsizetype breaks = 1;
    qsizetype delimiters = 0;
    for (const auto c : sample) {
        breaks += unit(c) == u'\n' || unit(c) == u'\r';
        delimiters += unit(c) == delimiter.unicode();
    }
    const double scale = 1.25 * double(text.size()) / double(sample.size());
    table.reserve(qsizetype(double(delimiters + breaks) * scale) + 16,
                  qsizetype(double(breaks) * scale) + 16);
}

/// The delimiter that splits the start of `text` best, as detectDelimiter() describes.
template <typename View>
QChar bestDelimiter(View text)
{
    const View sample = text.left(kDetectionChars);
    QChar best = u',';
    double bestScore = -1.0;
    int bestWidth = 0;
    for (const QChar candidate : kCandidates) {
        CountingSink sink;
        tokenize(sample, candidate, sink);
        if (sink.records == 0)
            continue;
        const auto mode =
            std::max_element(sink.histogram.begin(), sink.histogram.end(),
                             [](const auto &a, const auto &b) { return a.second < b.second; });
        if (mode->first <= 1)
            continue;
        const double score = double(mode->second) / sink.records;
        if (score > bestScore || (score == bestScore && mode->first > bestWidth)) {
            best = candidate;
            bestScore = score;
            bestWidth = mode->first;
        }
    }
    return best;
}

bool hasQuote(QLatin1StringView text)
{
    return std::memchr(text.data(), '"', static_cast<std::size_t>(text.size())) != nullptr;
}

bool hasQuote(QStringView text)
{
    return text.contains(u'"');
}

/// Where to split `text` for two threads: just after the first line break past the middle; 0
/// when the text is small or holds a quote (a line break inside quotes ends no record).
template <typename View>
qsizetype splitPoint(View text)
{
    constexpr qsizetype kWorthSplitting = qsizetype(1) << 20;
    if (text.size() < kWorthSplitting || std::thread::hardware_concurrency() < 2 || hasQuote(text))
        return 0;
    const auto *s = text.data();
    for (qsizetype i = text.size() / 2; i + 1 < text.size(); ++i) {
        if (unit(s[i]) == u'\n')
            return i + 1;
    }
    return 0;
}

/// Splits `text`, the text of `result.table`, into its records; a large text is split in two
/// halves at a line break and the second half is read on another thread into `tail`, an empty
/// table over the same text, then appended.
template <typename View>
void readTable(View text, CsvReadResult &result, CsvReadResult &tail)
{
    const qsizetype split = splitPoint(text);
    std::future<void> tailRead;
    TableSink tailSink{tail.table, tail};
    if (split > 0) {
        reserveFor(tail.table, text.sliced(split), result.delimiter);
        tailRead = std::async(std::launch::async,
                              [&] { tokenize(text.sliced(split), result.delimiter, tailSink); });
    }
    TableSink sink{result.table, result};
    const int nextLine = tokenize(split > 0 ? text.first(split) : text, result.delimiter, sink);
    if (tailRead.valid())
        tailRead.wait();
    if (sink.wideLine == 0 && tailSink.wideLine > 0) {
        sink.wideLine = tailSink.wideLine + nextLine - 1;
        sink.wideFields = tailSink.wideFields;
    }
    if (sink.wideLine > 0) {
        result.error = CsvReader::tooManyColumns(sink.wideLine, sink.wideFields);
        return;
    }
    if (tailRead.valid()) {
        tailRead.get();
        result.table.appendRecords(tail.table, nextLine - 1);
        result.skippedLines += tail.skippedLines;
        result.findings += tail.findings;
    }
}

/// Splits the text into the table: the file's bytes themselves when they are ASCII.
void readRecords(const QByteArray &bytes, DecodedText &decoded, CsvReadResult &result,
                 QChar delimiter)
{
    CsvTable &table = result.table;
    CsvReadResult tail;
    if (decoded.ascii) {
        table.setAsciiBytes(bytes, decoded.asciiFrom);
        tail.table.setAsciiBytes(bytes, decoded.asciiFrom);
        result.delimiter = delimiter.isNull() ? bestDelimiter(table.asciiText()) : delimiter;
        reserveFor(table, table.asciiText(), result.delimiter);
        readTable(table.asciiText(), result, tail);
        return;
    }
    tail.table.setText(decoded.text); // shared, not copied
    table.setText(std::move(decoded.text));
    result.delimiter = delimiter.isNull() ? bestDelimiter(table.text()) : delimiter;
    reserveFor(table, table.text(), result.delimiter);
    readTable(table.text(), result, tail);
}

} // namespace

QString CsvReader::sizeProblem(qint64 size, qint64 limit)
{
    if (size <= limit)
        return {};
    const QLocale locale;
    return tr("The file is %1 and the import limit is %2. Raise the limit in the import "
              "settings to read it.")
        .arg(locale.formattedDataSize(size), locale.formattedDataSize(limit));
}

QString CsvReader::tooManyColumns(int line, qsizetype fields)
{
    return tr("Line %1 has %2 columns; at most %3 columns can be imported.")
        .arg(line)
        .arg(fields)
        .arg(CsvTable::kMaxColumns);
}

QChar CsvReader::detectDelimiter(QStringView text)
{
    return bestDelimiter(text);
}

QString CsvReader::delimiterName(QChar delimiter)
{
    switch (delimiter.unicode()) {
    case u',':
        return tr("comma");
    case u';':
        return tr("semicolon");
    case u'\t':
        return tr("tab");
    case u'|':
        return tr("pipe");
    default:
        return QString(delimiter);
    }
}

CsvReadResult CsvReader::read(const QByteArray &bytes, const CsvOptions &options)
{
    CsvReadResult result;

    // 1. Size and encoding.
    result.error = sizeProblem(bytes.size(), options.maxBytes);
    if (result.error.isEmpty() && bytes.size() > CsvTable::kMaxChars)
        result.error = tr("The file is %1; files over 2 GB cannot be imported.")
                           .arg(QLocale().formattedDataSize(bytes.size()));
    if (!result.error.isEmpty())
        return result;
    DecodedText decoded = TextDecoder::decode(bytes, options.encoding, true);
    result.encoding = decoded.encoding;
    result.encodingGuessed = decoded.guessed;
    result.hadBom = decoded.hadBom;
    if (!decoded.ok) {
        result.error = decoded.error;
        return result;
    }

    // 2. Delimiter and records.
    result.delimiterDetected = options.delimiter.isNull();
    readRecords(bytes, decoded, result, options.delimiter);
    if (!result.error.isEmpty()) {
        result.table = CsvTable();
        result.findings.clear();
        return result;
    }

    // 3. Header and shape.
    switch (options.header) {
    case CsvOptions::Header::Auto:
        result.hasHeader = decideHeader(result.table);
        break;
    case CsvOptions::Header::Present:
        result.hasHeader = true;
        break;
    case CsvOptions::Header::Absent:
        result.hasHeader = false;
        break;
    }
    result.table.finish(result.hasHeader);
    if (result.hasHeader)
        result.table.dropEmptyTrailingColumns();
    if (result.table.columnCount() == 0) {
        result.error = tr("The file holds no data: it is empty or has only blank lines.");
        return result;
    }
    reportRaggedRows(result);
    result.ok = true;
    qCDebug(lcImport) << "read" << result.table.rowCount() << "records," << result.skippedLines
                      << "blank lines skipped";
    return result;
}

CsvReadResult CsvReader::read(QIODevice &device, const CsvOptions &options)
{
    CsvReadResult refused;
    if (!device.isSequential()) {
        refused.error = sizeProblem(device.size() - device.pos(), options.maxBytes);
        if (!refused.error.isEmpty())
            return refused;
        return read(device.readAll(), options);
    }
    QByteArray bytes;
    while (!device.atEnd() || device.waitForReadyRead(0)) {
        bytes.append(device.read(1 << 20));
        if (bytes.size() > options.maxBytes) {
            refused.error = tr("The data passed the import limit of %1 and was not read further.")
                                .arg(QLocale().formattedDataSize(options.maxBytes));
            return refused;
        }
        if (device.atEnd())
            break;
    }
    return read(bytes, options);
}

} // namespace prognos
