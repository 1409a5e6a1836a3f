#include "csvreader.h"

#include "importlog.h"
#include "trimmedview.h"

#include <QIODevice>
#include <QLocale>

#include <algorithm>
#include <map>

namespace prognos {

namespace {

constexpr QChar kCandidates[] = {u',', u';', u'\t', u'|'};
constexpr qsizetype kDetectionChars = 64 * 1024;
constexpr int kDetectionRecords = 200;

/// Reads a quoted field whose opening quote is at `i`, unescaping doubled quotes into `out`;
/// counts the line breaks inside it. Returns false when the closing quote is missing.
bool readQuoted(QStringView text, qsizetype &i, int &line, QString &out)
{
    const qsizetype n = text.size();
    const QChar *s = text.data();
    out.clear();
    ++i;
    while (i < n) {
        const qsizetype start = i;
        while (i < n && s[i] != u'"') {
            if (s[i] == u'\n' || (s[i] == u'\r' && (i + 1 >= n || s[i + 1] != u'\n')))
                ++line;
            ++i;
        }
        out.append(text.mid(start, i - start));
        if (i + 1 < n && s[i + 1] == u'"') {
            out.append(u'"');
            i += 2;
            continue;
        }
        if (i < n) {
            ++i;
            return true;
        }
    }
    return false;
}

/// Splits `text` into records and fields, calling the sink for each. The sink provides
/// beginRecord(line), field(QStringView), endRecord() -> bool (false stops), and
/// unclosedQuote(line).
template <typename Sink>
void tokenize(QStringView text, QChar delimiter, Sink &sink)
{
    const qsizetype n = text.size();
    const QChar *s = text.data();
    const auto atFieldEnd = [&](qsizetype k) {
        return k >= n || s[k] == delimiter || s[k] == u'\n' || s[k] == u'\r';
    };
    qsizetype i = 0;
    int line = 1;
    QString quoted;
    while (i < n) {
        sink.beginRecord(line);
        const int recordLine = line;
        bool endOfRecord = false;
        while (!endOfRecord) {
            // 1. One field: quoted (RFC 4180) or plain. Text after a closing quote is kept as
            // written, as spreadsheets do.
            const qsizetype start = i;
            if (s[i] == u'"') {
                if (!readQuoted(text, i, line, quoted))
                    sink.unclosedQuote(recordLine);
                const qsizetype rest = i;
                while (!atFieldEnd(i))
                    ++i;
                quoted.append(text.mid(rest, i - rest));
                sink.field(QStringView(quoted));
            } else {
                while (!atFieldEnd(i))
                    ++i;
                sink.field(text.mid(start, i - start));
            }

            // 2. What ends it: a delimiter, a line break or the end of the text.
            if (i < n && s[i] == delimiter) {
                ++i;
                endOfRecord = i >= n; // a delimiter at the very end still ends the record
                if (endOfRecord)
                    sink.field(QStringView());
                continue;
            }
            if (i < n && s[i] == u'\r') {
                ++i;
                if (i < n && s[i] == u'\n')
                    ++i;
            } else if (i < n && s[i] == u'\n') {
                ++i;
            }
            ++line;
            endOfRecord = true;
        }
        if (!sink.endRecord())
            return;
    }
}

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
    void field(QStringView value)
    {
        ++fields;
        blank = blank && value.trimmed().isEmpty();
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

/// Builds the table, dropping blank records.
struct TableSink
{
    CsvTable &table;
    CsvReadResult &result;
    bool blank = true;

    void beginRecord(int line)
    {
        table.beginRecord(line);
        blank = true;
    }
    void field(QStringView value)
    {
        table.appendField(value);
        blank = blank && trimmedView(value).isEmpty();
    }
    bool endRecord()
    {
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
        const QStringView first = raw.cell(0, c);
        const bool value = looksLikeValue(first);
        const bool text = !value && !first.trimmed().isEmpty();
        allValues = allValues && (value || first.trimmed().isEmpty());
        allText = allText && !value;
        if (text && raw.rowCount() > 1 && looksLikeValue(raw.cell(1, c)))
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
            extraAreEmpty = table.cell(r, c).trimmed().isEmpty();
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
void reserveFor(CsvTable &table, QStringView text, QChar delimiter)
{
    const QStringView sample = text.left(kDetectionChars);
    if (sample.isEmpty())
        return;
    const qsizetype breaks = sample.count(u'\n') + sample.count(u'\r') + 1;
    const qsizetype fields = sample.count(delimiter) + breaks;
    const double scale = 1.25 * double(text.size()) / double(sample.size());
    table.reserve(qsizetype(double(fields) * scale) + 16, qsizetype(double(breaks) * scale) + 16);
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

QChar CsvReader::detectDelimiter(QStringView text)
{
    const QStringView sample = text.left(kDetectionChars);
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
    if (!result.error.isEmpty())
        return result;
    DecodedText decoded = TextDecoder::decode(bytes, options.encoding);
    result.encoding = decoded.encoding;
    result.encodingGuessed = decoded.guessed;
    result.hadBom = decoded.hadBom;
    if (!decoded.ok) {
        result.error = decoded.error;
        return result;
    }

    // 2. Delimiter and records.
    result.delimiterDetected = options.delimiter.isNull();
    result.delimiter = result.delimiterDetected ? detectDelimiter(decoded.text) : options.delimiter;
    result.table.setText(std::move(decoded.text));
    reserveFor(result.table, result.table.text(), result.delimiter);
    TableSink sink{result.table, result};
    tokenize(result.table.text(), result.delimiter, sink);

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
