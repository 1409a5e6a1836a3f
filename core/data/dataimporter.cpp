#include "dataimporter.h"

#include "cellview.h"
#include "columnroledetector.h"
#include "columntypedetector.h"
#include "dateparser.h"
#include "importlog.h"
#include "numberparser.h"

#include <QLocale>

#include <algorithm>
#include <atomic>
#include <climits>
#include <cmath>
#include <future>
#include <limits>
#include <numeric>
#include <thread>

namespace prognos {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr int kNoOffset = INT_MIN;
/// Below this many records the work is not shared with a second thread.
constexpr int kRowsWorthAThread = 20000;

ImportFinding cellFinding(const CsvTable &table, int row, int column, ImportFinding::Severity sev,
                          const QString &reason)
{
    ImportFinding finding;
    finding.severity = sev;
    finding.row = row + 1;
    finding.line = table.lineOfRow(row);
    finding.column = table.displayName(column);
    finding.rawValue = table.cellText(row, column);
    finding.reason = reason;
    return finding;
}

QString offsetText(int minutes)
{
    const QChar sign = minutes < 0 ? u'-' : u'+';
    minutes = std::abs(minutes);
    return QStringLiteral("%1%2:%3")
        .arg(sign)
        .arg(minutes / 60, 2, 10, QChar(u'0'))
        .arg(minutes % 60, 2, 10, QChar(u'0'));
}

/// The readings ColumnTypeDetector kept for each column, one per row (NaN: read the cell).
using ColumnReadings = std::vector<std::vector<double>>;

/// Reads one numeric cell of a role column; reports what it cannot read. `kept` is the column's
/// readings, or null.
double readNumber(const CsvTable &table, int row, int column, const ColumnType &type,
                  const double *kept, ImportFindings &findings)
{
    if (kept && !std::isnan(kept[row]))
        return kept[row];
    const QAnyStringView cell = table.cellView(row, column);
    if (NumberParser::isMissingCell(cell))
        return kNaN;
    if (type.needsDecision)
        return kNaN; // one column-level question covers every cell
    if (type.ambiguousValues && !type.confirmed && NumberParser::readsBothWays(cell.toString())) {
        double point = 0.0;
        double comma = 0.0;
        NumberParser::parseCell(cell, u'.', point);
        NumberParser::parseCell(cell, u',', comma);
        findings.append(cellFinding(
            table, row, column, ImportFinding::Severity::Question,
            DataImporter::tr("reads as %1 with a decimal comma or as %2 with a thousands "
                             "separator; confirm the decimal mark to use it")
                .arg(QLocale::c().toString(comma, 'g', 17),
                     QLocale::c().toString(point, 'g', 17))));
        return kNaN;
    }
    double value = 0.0;
    if (type.kind == ColumnType::Kind::Number &&
        NumberParser::parseCell(cell, type.decimalMark, value))
        return value;
    findings.append(cellFinding(table, row, column, ImportFinding::Severity::Warning,
                                DataImporter::tr("not a number; read as missing")));
    return kNaN;
}

/// Reads ds for one row; reports and returns false when the row has no usable date.
bool readDate(const CsvTable &table, int row, int column, const ColumnType &type,
              const double *kept, ParsedDate &date, ImportFindings &findings)
{
    if (kept && !std::isnan(kept[row])) {
        date = ParsedDate();
        date.wallClock = static_cast<Timestamp>(kept[row]);
        return true;
    }
    const QAnyStringView cell = table.cellView(row, column);
    QString reason;
    if (isBlank(cell)) {
        reason = DataImporter::tr("empty date; the row is left out");
    } else if (NumberParser::isMissingCell(cell)) {
        reason = DataImporter::tr("no date (a missing-value marker); the row is left out");
    } else {
        const DateParser::Error error = DateParser::parseCell(cell, type.dateFormat, date);
        if (error == DateParser::Error::None)
            return true;
        reason = DataImporter::tr("%1; the row is left out").arg(DateParser::reason(error));
    }
    findings.append(cellFinding(table, row, column, ImportFinding::Severity::Warning, reason));
    return false;
}

/// Rows of the series read apart from the others, with their findings and UTC offsets.
struct SeriesPart
{
    SeriesTable series;
    ImportFindings findings;
    std::vector<int> offsets;
};

/// The readings of the columns of the roles, where they can stand for the cells.
struct RoleReadings
{
    const double *ds = nullptr;
    const double *y = nullptr;
    const double *cap = nullptr;
    const double *floor = nullptr;
    std::vector<const double *> regressors;
};

/// Reads the records [first, last) into `part`, with room for `capacity` rows.
void readRows(const CsvTable &table, const QList<ColumnType> &types, const ColumnRoles &roles,
              const RoleReadings &kept, int first, int last, std::size_t capacity, SeriesPart &part)
{
    SeriesTable &series = part.series;
    series.sourceRow.reserve(capacity);
    series.ds.reserve(capacity);
    series.y.reserve(capacity);
    series.excluded.reserve(capacity);
    part.offsets.reserve(capacity);
    if (roles.cap >= 0)
        series.cap.reserve(capacity);
    if (roles.floor >= 0)
        series.floor.reserve(capacity);
    std::vector<std::vector<double> *> regressors;
    for (const int c : roles.regressors) {
        regressors.push_back(&series.regressors[table.displayName(c).toStdString()]);
        regressors.back()->reserve(capacity);
    }
    for (int r = first; r < last; ++r) {
        ParsedDate date;
        if (!readDate(table, r, roles.ds, types[roles.ds], kept.ds, date, part.findings))
            continue;
        series.sourceRow.push_back(r + 1);
        series.ds.push_back(date.wallClock);
        part.offsets.push_back(date.hasOffset ? date.offsetMinutes : kNoOffset);
        series.y.push_back(readNumber(table, r, roles.y, types[roles.y], kept.y, part.findings));
        series.excluded.push_back(false);
        if (roles.cap >= 0)
            series.cap.push_back(
                readNumber(table, r, roles.cap, types[roles.cap], kept.cap, part.findings));
        if (roles.floor >= 0)
            series.floor.push_back(
                readNumber(table, r, roles.floor, types[roles.floor], kept.floor, part.findings));
        for (qsizetype k = 0; k < roles.regressors.size(); ++k) {
            const int c = roles.regressors[k];
            const std::size_t i = static_cast<std::size_t>(k);
            regressors[i]->push_back(
                readNumber(table, r, c, types[c], kept.regressors[i], part.findings));
        }
        if (roles.group >= 0)
            series.group.push_back(table.cellText(r, roles.group).trimmed());
    }
}

template <typename T>
void appendAll(std::vector<T> &to, const std::vector<T> &from)
{
    to.insert(to.end(), from.begin(), from.end());
}

/// Appends the rows of `tail` to those of `head`.
void appendPart(SeriesPart &head, const SeriesPart &tail)
{
    appendAll(head.series.sourceRow, tail.series.sourceRow);
    appendAll(head.series.ds, tail.series.ds);
    appendAll(head.series.y, tail.series.y);
    appendAll(head.series.cap, tail.series.cap);
    appendAll(head.series.floor, tail.series.floor);
    appendAll(head.series.group, tail.series.group);
    appendAll(head.series.excluded, tail.series.excluded);
    for (const auto &[name, values] : tail.series.regressors)
        appendAll(head.series.regressors[name], values);
    appendAll(head.offsets, tail.offsets);
    head.findings += tail.findings;
}

/// The readings of `column` when they stand for its cells read as `kind`: the type is `kind`
/// and still the one they were made for, and no question about single values is pending;
/// else null.
const double *usableReadings(const ColumnReadings &readings, const QList<ColumnType> &detected,
                             const QList<ColumnType> &types, int column, ColumnType::Kind kind)
{
    if (column < 0 || types[column].kind != kind)
        return nullptr;
    const std::vector<double> &values = readings[static_cast<std::size_t>(column)];
    const ColumnType &was = detected[column];
    const ColumnType &is = types[column];
    const bool sameReading =
        was.kind == is.kind &&
        (is.kind == ColumnType::Kind::Number
             ? was.decimalMark == is.decimalMark && !is.needsDecision &&
                   !(is.ambiguousValues && !is.confirmed)
             : is.kind == ColumnType::Kind::Date && was.dateFormat == is.dateFormat);
    return sameReading && !values.empty() ? values.data() : nullptr;
}

/// Reads the series in file order. A large table whose dates must be read from the cells is
/// read in two halves, the second on a second thread.
void readSeries(const CsvTable &table, const QList<ColumnType> &types, const ColumnRoles &roles,
                const RoleReadings &kept, ImportResult &result, std::vector<int> &offsets)
{
    const int rows = table.rowCount();
    const bool split =
        !kept.ds && rows >= kRowsWorthAThread && std::thread::hardware_concurrency() >= 2;
    const int middle = split ? rows / 2 : rows;
    SeriesPart head;
    SeriesPart tail;
    std::future<void> tailRead;
    if (split) {
        tailRead = std::async(std::launch::async, [&] {
            readRows(table, types, roles, kept, middle, rows, std::size_t(rows - middle), tail);
        });
    }
    // The head has room for every row, so that the tail is appended in place.
    readRows(table, types, roles, kept, 0, middle, std::size_t(rows), head);
    if (tailRead.valid()) {
        tailRead.get();
        appendPart(head, tail);
    }
    const QString groupColumn = roles.group >= 0 ? table.displayName(roles.group) : QString();
    result.series = std::move(head.series);
    result.series.groupColumn = groupColumn;
    result.findings += head.findings;
    offsets = std::move(head.offsets);
}

/// Mixed UTC offsets, and the rows where a daylight-saving change repeats or skips an hour.
void reportOffsets(const CsvTable &table, const ColumnRoles &roles, const std::vector<int> &offsets,
                   ImportResult &result)
{
    const SeriesTable &s = result.series;
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (offsets[i] != kNoOffset)
            order.push_back(i);
    }
    const auto instant = [&](std::size_t i) {
        return s.ds[i] - Timestamp(offsets[i]) * kMsPerMinute;
    };
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return instant(a) < instant(b); });
    bool mixed = false;
    for (std::size_t k = 1; k < order.size(); ++k) {
        const std::size_t a = order[k - 1];
        const std::size_t b = order[k];
        if (offsets[a] == offsets[b])
            continue;
        mixed = true;
        const int row = s.sourceRow[b] - 1;
        const QString change = offsetText(offsets[a]) + u'\u2192' + offsetText(offsets[b]);
        const QString reason =
            offsets[b] > offsets[a]
                ? DataImporter::tr("the UTC offset changes (%1): clocks moved forward, so an "
                                   "hour of local time is missing before this row")
                      .arg(change)
                : DataImporter::tr("the UTC offset changes (%1): clocks moved back, so local "
                                   "times from this row on repeat an hour")
                      .arg(change);
        result.findings.append(
            cellFinding(table, row, roles.ds, ImportFinding::Severity::Info, reason));
    }
    if (mixed) {
        ImportFinding finding;
        finding.column = table.displayName(roles.ds);
        finding.reason = DataImporter::tr("The dates carry different UTC offsets. %1")
                             .arg(DateParser::timeZoneRule());
        result.findings.append(finding);
    }
}

void addQuestions(const CsvTable &table, const QList<ColumnType> &types, const ColumnRoles &roles,
                  ImportResult &result)
{
    QList<int> used = {roles.ds, roles.y, roles.cap, roles.floor};
    used += roles.regressors;
    for (const int c : std::as_const(used)) {
        if (c < 0 || !types[c].needsDecision || types[c].confirmed)
            continue;
        ImportFinding finding;
        finding.severity = ImportFinding::Severity::Question;
        finding.column = table.displayName(c);
        finding.reason = types[c].question;
        result.findings.append(finding);
        result.status = ImportResult::Status::NeedsDecision;
    }
}

void addNotes(const CsvTable &table, const QList<ColumnType> &types, ImportResult &result)
{
    const CsvReadResult &csv = result.csv;
    const ColumnRoles &roles = result.roles;
    QStringList &notes = result.notes;
    notes.append(DataImporter::tr("Encoding: %1%2.")
                     .arg(TextDecoder::name(csv.encoding),
                          csv.hadBom            ? DataImporter::tr(" (byte-order mark)")
                          : csv.encodingGuessed ? DataImporter::tr(" (guessed)")
                                                : QString()));
    notes.append(DataImporter::tr("Delimiter: %1.").arg(CsvReader::delimiterName(csv.delimiter)));
    notes.append(csv.hasHeader ? DataImporter::tr("The first row holds the column names.")
                               : DataImporter::tr("There is no header row."));
    if (csv.skippedLines > 0)
        notes.append(DataImporter::tr("%n blank line(s) skipped.", nullptr, csv.skippedLines));
    for (int c = 0; c < table.columnCount(); ++c)
        notes.append(DataImporter::tr("%1: %2.").arg(table.displayName(c), types[c].describe()));
    notes.append(DataImporter::tr("ds: %1.").arg(roles.dsReason));
    notes.append(DataImporter::tr("y: %1.").arg(roles.yReason));
    if (roles.group >= 0)
        notes.append(DataImporter::tr("Group: %1.").arg(roles.groupReason));
    if (types[roles.ds].hasTime || types[roles.ds].hasOffsets)
        notes.append(DateParser::timeZoneRule());
}

/// The type of every column, and the readings made on the way; a large table's columns are
/// shared out over two threads, each taking the next column not yet taken.
QList<ColumnType> detectTypes(const CsvTable &table, const ImportSettings &settings,
                              ColumnReadings &readings)
{
    const int columns = table.columnCount();
    std::vector<ColumnType> types(static_cast<std::size_t>(columns));
    readings.assign(static_cast<std::size_t>(columns), {});
    std::atomic<int> next = 0;
    const auto detectRemaining = [&] {
        for (int c = next++; c < columns; c = next++) {
            const ColumnOverride choice = settings.columnTypes.value(table.displayName(c));
            const auto i = static_cast<std::size_t>(c);
            types[i] = ColumnTypeDetector::detect(table, c, choice, &readings[i]);
        }
    };
    if (table.rowCount() < kRowsWorthAThread || columns < 2 ||
        std::thread::hardware_concurrency() < 2) {
        detectRemaining();
    } else {
        // get() passes on anything the second thread throws.
        std::future<void> helper = std::async(std::launch::async, detectRemaining);
        detectRemaining();
        helper.get();
    }
    return QList<ColumnType>(types.begin(), types.end());
}

} // namespace

QString DataImporter::cancelled()
{
    return tr("The import was cancelled.");
}

ImportResult DataImporter::import(const QByteArray &bytes, const ImportSettings &settings,
                                  const Progress &progress)
{
    ImportResult result;
    const auto goOn = [&progress, &result](int percent) {
        if (!progress || progress(percent))
            return true;
        result = {};
        result.error = cancelled();
        return false;
    };
    if (!goOn(0))
        return result;

    // 1. Text and cells.
    result.csv = CsvReader::read(bytes, settings.csv);
    if (!result.csv.ok) {
        result.error = result.csv.error;
        return result;
    }
    const CsvTable &table = result.csv.table;
    result.findings = result.csv.findings;
    if (!goOn(40))
        return result;

    // 2. One interpretation per column.
    ColumnReadings readings;
    result.columnTypes = detectTypes(table, settings, readings);
    const QList<ColumnType> detected = result.columnTypes;
    if (!goOn(75))
        return result;

    // 3. Roles.
    result.roles = ColumnRoleDetector::detect(table, result.columnTypes, settings.roles);
    if (!result.roles.error.isEmpty()) {
        result.error = result.roles.error;
        return result;
    }
    result.status = ImportResult::Status::Ok;
    addQuestions(table, result.columnTypes, result.roles, result);
    addNotes(table, result.columnTypes, result);
    const ColumnType &dsType = result.columnTypes[result.roles.ds];
    if (dsType.needsDecision && !dsType.confirmed)
        return result;
    if (!goOn(80))
        return result;

    // 4. The raw series, then the time-zone findings. Only the readings of the roles' columns
    // are used; the others go first.
    const ColumnRoles &roles = result.roles;
    const QList<ColumnType> &types = result.columnTypes;
    RoleReadings kept;
    const auto usable = [&](int column, ColumnType::Kind kind) {
        return usableReadings(readings, detected, types, column, kind);
    };
    kept.ds = usable(roles.ds, ColumnType::Kind::Date);
    kept.y = usable(roles.y, ColumnType::Kind::Number);
    kept.cap = usable(roles.cap, ColumnType::Kind::Number);
    kept.floor = usable(roles.floor, ColumnType::Kind::Number);
    for (const int c : roles.regressors)
        kept.regressors.push_back(usable(c, ColumnType::Kind::Number));
    for (int c = 0; c < table.columnCount(); ++c) {
        if (c != roles.ds && c != roles.y && c != roles.cap && c != roles.floor &&
            !roles.regressors.contains(c))
            std::vector<double>().swap(readings[static_cast<std::size_t>(c)]);
    }
    std::vector<int> offsets;
    readSeries(table, types, roles, kept, result, offsets);
    reportOffsets(table, result.roles, offsets, result);
    qCInfo(lcImport) << "imported" << result.series.size() << "rows with" << result.findings.size()
                     << "findings";
    goOn(100);
    return result;
}

} // namespace prognos
