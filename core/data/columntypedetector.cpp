#include "columntypedetector.h"

#include "cellview.h"
#include "dateparser.h"
#include "numberparser.h"

#include <QList>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <vector>

namespace prognos {

namespace {

constexpr double kMinShare = 0.8;
constexpr int kSampleSize = 200;
constexpr qsizetype kAll = std::numeric_limits<qsizetype>::max();
constexpr DateFormat kTextDateFormats[] = {
    DateFormat::Iso,       DateFormat::YearMonthDay, DateFormat::DayMonthYearDot,
    DateFormat::MonthName, DateFormat::DayMonthYear, DateFormat::MonthDayYear,
};

/// The non-missing cells of one column, trimmed, in row order. They are read from the table on
/// each pass, so that no list of them is kept; their number is learnt from the first pass that
/// reaches the end of the column.
class ColumnValues
{
public:
    ColumnValues(const CsvTable &table, int column)
        : m_table(table)
        , m_column(column)
    {}

    /// Number of values; counted here only when no pass has reached the end yet.
    qsizetype size() const
    {
        if (m_size < 0)
            forEach([](qsizetype, int, QAnyStringView) {});
        return m_size;
    }
    bool isEmpty() const
    {
        bool any = false;
        forEach(1, [&](qsizetype, int, QAnyStringView) { any = true; });
        return !any;
    }
    /// Calls `visit(i, row, cell)` for the first `limit` values; i counts the values.
    template <typename Visit>
    void forEach(qsizetype limit, Visit visit) const
    {
        qsizetype i = 0;
        int r = 0;
        for (; r < m_table.rowCount() && i < limit; ++r) {
            const QAnyStringView cell = trimmedView(m_table.cellView(r, m_column));
            if (!NumberParser::isMissingCell(cell))
                visit(i++, r, cell);
        }
        if (r == m_table.rowCount())
            m_size = i; // the values after the limit (none) are all missing
    }
    template <typename Visit>
    void forEach(Visit visit) const
    {
        forEach(kAll, visit);
    }

private:
    const CsvTable &m_table;
    int m_column;
    mutable qsizetype m_size = -1;
};

/// Where the readings of a column go, one per row of the table (see ColumnTypeDetector).
class Readings
{
public:
    explicit Readings(std::vector<double> *values, int rows)
        : m_values(values)
        , m_rows(rows)
    {}

    /// Starts over: every row unread.
    void reset()
    {
        if (m_values)
            m_values->assign(std::size_t(m_rows), kUnread);
    }
    void set(int row, double value)
    {
        if (m_values)
            (*m_values)[std::size_t(row)] = value;
    }
    /// Forgets them: the column's type has no readings.
    void clear()
    {
        if (m_values) {
            m_values->clear();
            m_values->shrink_to_fit();
        }
    }

private:
    static constexpr double kUnread = std::numeric_limits<double>::quiet_NaN();
    std::vector<double> *m_values;
    int m_rows;
};

struct DateCount
{
    qsizetype seen = 0; ///< values looked at
    int shape = 0;      ///< parsed or had the right shape for an impossible date
    int valid = 0;
    bool hasTime = false;
    bool hasOffsets = false;
    bool mixedOffsets = false;
};

/// The numbers of a column as read with one decimal mark, gathered in one pass.
struct NumberSummary
{
    int read = 0; ///< values that read as numbers
    double lo = INFINITY;
    double hi = -INFINITY;
    bool integers = true;
    bool index = true; ///< every value so far read, and they are 0, 1, 2, ... or 1, 2, 3, ...
    double base = 0.0;

    /// Adds the value at position `i` of the column's values, which read as `v`.
    void add(qsizetype i, double v)
    {
        lo = std::min(lo, v);
        hi = std::max(hi, v);
        integers = integers && v == std::floor(v);
        if (i == 0)
            base = v;
        index = index && read == i && (base == 0.0 || base == 1.0) && v == base + double(i);
        ++read;
    }
};

NumberSummary summarize(const ColumnValues &values, QChar decimalMark, Readings &readings)
{
    NumberSummary summary;
    readings.reset();
    values.forEach([&](qsizetype i, int row, QAnyStringView cell) {
        double v = 0.0;
        if (NumberParser::parseCell(cell, decimalMark, v)) {
            summary.add(i, v);
            readings.set(row, v);
        }
    });
    return summary;
}

/// Counts the dates of the first `limit` values in `format`, and keeps the readings of those
/// without a UTC offset.
DateCount countDates(const ColumnValues &values, DateFormat format, qsizetype limit,
                     Readings &readings)
{
    DateCount count;
    std::optional<int> firstOffset;
    readings.reset();
    values.forEach(limit, [&](qsizetype, int row, QAnyStringView cell) {
        ++count.seen;
        ParsedDate date;
        const DateParser::Error error = DateParser::parseCell(cell, format, date);
        if (error == DateParser::Error::NotADate)
            return;
        ++count.shape;
        if (error != DateParser::Error::None)
            return;
        ++count.valid;
        if (!date.hasOffset)
            readings.set(row, double(date.wallClock));
        count.hasTime = count.hasTime || date.wallClock % kMsPerDay != 0;
        if (date.hasOffset) {
            count.hasOffsets = true;
            if (!firstOffset)
                firstOffset = date.offsetMinutes;
            count.mixedOffsets = count.mixedOffsets || *firstOffset != date.offsetMinutes;
        }
    });
    return count;
}

/// Step 1 for dates: the best text date format, or nothing.
bool detectDate(const ColumnValues &values, ColumnType &type, Readings &readings)
{
    QList<DateFormat> viable;
    QList<DateCount> counts;
    Readings none(nullptr, 0);
    std::optional<DateFormat> read; // the format of the readings
    for (const DateFormat format : kTextDateFormats) {
        const DateCount sample = countDates(values, format, kSampleSize, none);
        if (sample.shape < kMinShare * double(sample.seen))
            continue;
        const DateCount count = countDates(values, format, kAll, readings);
        read = format;
        if (count.shape >= qsizetype(std::ceil(kMinShare * double(values.size())))) {
            viable.append(format);
            counts.append(count);
        }
    }
    if (viable.isEmpty())
        return false;
    qsizetype best = 0;
    for (qsizetype i = 1; i < viable.size(); ++i) {
        if (counts[i].valid > counts[best].valid)
            best = i;
    }
    type.kind = ColumnType::Kind::Date;
    type.dateFormat = viable[best];
    if (read != type.dateFormat)
        countDates(values, type.dateFormat, kAll, readings);
    type.invalid = static_cast<int>(values.size()) - counts[best].valid;
    type.hasTime = counts[best].hasTime;
    type.hasOffsets = counts[best].hasOffsets;
    type.mixedOffsets = counts[best].mixedOffsets;

    const qsizetype dmy = viable.indexOf(DateFormat::DayMonthYear);
    const qsizetype mdy = viable.indexOf(DateFormat::MonthDayYear);
    if (dmy >= 0 && mdy >= 0 && counts[dmy].valid == counts[mdy].valid &&
        (best == dmy || best == mdy)) {
        type.needsDecision = true;
        type.question = ColumnTypeDetector::tr("Every date in this column can be read day first "
                                               "(DD/MM/YYYY) or month first (MM/DD/YYYY). "
                                               "Choose the order.");
    }
    return true;
}

/// Step 2 for numbers: the decimal mark, ambiguity, and what the magnitudes suggest.
/// Fills `summary` with the values read with the chosen mark.
bool detectNumber(const ColumnValues &values, ColumnType &type, NumberSummary &summary,
                  Readings &readings)
{
    NumberSummary point;
    NumberSummary comma;
    int differ = 0;
    readings.reset(); // with the decimal point, the usual winner
    values.forEach([&](qsizetype i, int row, QAnyStringView cell) {
        NumberParser::Reading a;
        NumberParser::Reading b;
        NumberParser::parseCellBothMarks(cell, a, b);
        if (a.ok) {
            point.add(i, a.value);
            readings.set(row, a.value);
        }
        if (b.ok)
            comma.add(i, b.value);
        differ += a.ok && b.ok && a.value != b.value;
    });
    if (std::max(point.read, comma.read) < kMinShare * double(values.size()))
        return false;
    type.kind = ColumnType::Kind::Number;
    type.decimalMark = point.read >= comma.read ? u'.' : u',';
    summary = point.read >= comma.read ? point : comma;
    if (type.decimalMark == u',')
        summarize(values, type.decimalMark, readings);
    if (point.read == comma.read && differ > 0) {
        type.needsDecision = true;
        type.question = ColumnTypeDetector::tr(
            "Values such as \"1,234\" can be read with a decimal comma or with a thousands "
            "separator. Choose the decimal mark.");
        return true;
    }
    if (differ > 0) {
        // A value such as "1,234" among "100,5": ambiguous unless other values of the column
        // also have three digits after the mark.
        // A value that uses the other mark for grouping ("12,345.50") settles it too.
        const QChar groupMark = type.decimalMark == u'.' ? u',' : u'.';
        bool threeDigitFractions = false;
        bool anyMark = false;
        bool groupingSeen = false;
        values.forEach([&](qsizetype, int, QAnyStringView cell) {
            const QString v = cell.toString();
            double ignored = 0.0;
            if (NumberParser::readsBothWays(v) ||
                !NumberParser::parse(v, type.decimalMark, ignored))
                return;
            const int digits = NumberParser::fractionDigits(v, type.decimalMark);
            anyMark = anyMark || digits >= 0;
            threeDigitFractions = threeDigitFractions || digits == 3;
            groupingSeen = groupingSeen || v.contains(groupMark);
        });
        if (anyMark && !threeDigitFractions && !groupingSeen) {
            type.ambiguousValues = true;
            type.question = ColumnTypeDetector::tr(
                "Some values read as two different numbers; they are left out until the "
                "decimal mark is confirmed.");
        }
    }
    return true;
}

/// Marks numeric date candidates and index-like columns.
void describeNumbers(const NumberSummary &summary, ColumnType &type)
{
    type.invalid = type.values - summary.read;
    type.indexLike =
        summary.index && type.missing == 0 && type.values > 0 && summary.read == type.values;
    if (type.invalid > 0 || !(summary.lo <= summary.hi))
        return;
    const double lo = summary.lo;
    const double hi = summary.hi;
    if (lo >= 20000 && hi < 80000)
        type.numericDate = DateFormat::ExcelSerial;
    else if (lo >= 1e8 && hi <= 4.2e9)
        type.numericDate = DateFormat::UnixSeconds;
    else if (lo >= 1e11 && hi <= 4.2e12)
        type.numericDate = DateFormat::UnixMilliseconds;
    else if (lo >= 1000 && hi <= 2999 && summary.integers)
        type.numericDate = DateFormat::Year;
}

} // namespace

ColumnType ColumnTypeDetector::detect(const CsvTable &table, int column,
                                      const ColumnOverride &choice, std::vector<double> *readings)
{
    ColumnType type;
    ColumnValues values(table, column);
    Readings kept(readings, table.rowCount());
    const auto setCounts = [&] {
        type.values = static_cast<int>(values.size());
        type.missing = table.rowCount() - type.values;
    };

    // 1. The user's choice wins.
    if (choice.dateFormat) {
        type.kind = ColumnType::Kind::Date;
        type.dateFormat = *choice.dateFormat;
        const DateCount count = countDates(values, type.dateFormat, kAll, kept);
        setCounts();
        type.invalid = type.values - count.valid;
        type.hasTime = count.hasTime;
        type.hasOffsets = count.hasOffsets;
        type.mixedOffsets = count.mixedOffsets;
    } else if (choice.decimalMark) {
        type.kind = ColumnType::Kind::Number;
        type.decimalMark = *choice.decimalMark;
        const NumberSummary summary = summarize(values, type.decimalMark, kept);
        setCounts();
        describeNumbers(summary, type);
    } else if (choice.kind == ColumnType::Kind::Text) {
        type.kind = ColumnType::Kind::Text;
    }
    if (choice.dateFormat || choice.decimalMark || choice.kind) {
        type.confirmed = true;
        if (choice.dateFormat || choice.decimalMark || type.kind == ColumnType::Kind::Text) {
            if (type.kind == ColumnType::Kind::Text) {
                setCounts();
                kept.clear();
            }
            return type;
        }
    }

    // 2. Detection: empty, dates, numbers, else text.
    const bool mayBeDate = choice.kind != ColumnType::Kind::Number;
    const bool mayBeNumber = choice.kind != ColumnType::Kind::Date;
    NumberSummary summary;
    if (values.isEmpty())
        type.kind = ColumnType::Kind::Empty;
    else if (!(mayBeDate && detectDate(values, type, kept)) &&
             !(mayBeNumber && detectNumber(values, type, summary, kept)))
        type.kind = ColumnType::Kind::Text;
    setCounts();
    if (type.kind == ColumnType::Kind::Number)
        describeNumbers(summary, type);
    if (type.kind == ColumnType::Kind::Empty || type.kind == ColumnType::Kind::Text)
        kept.clear();
    return type;
}

} // namespace prognos
