#include "columntypedetector.h"

#include "cellview.h"
#include "dateparser.h"
#include "numberparser.h"

#include <QList>

#include <algorithm>
#include <cmath>

namespace prognos {

namespace {

constexpr double kMinShare = 0.8;
constexpr int kSampleSize = 200;
constexpr DateFormat kTextDateFormats[] = {
    DateFormat::Iso,       DateFormat::YearMonthDay, DateFormat::DayMonthYearDot,
    DateFormat::MonthName, DateFormat::DayMonthYear, DateFormat::MonthDayYear,
};

struct DateCount
{
    int shape = 0; ///< parsed or had the right shape for an impossible date
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

NumberSummary summarize(const QList<QAnyStringView> &values, QChar decimalMark)
{
    NumberSummary summary;
    for (qsizetype i = 0; i < values.size(); ++i) {
        double v = 0.0;
        if (NumberParser::parseCell(values[i], decimalMark, v))
            summary.add(i, v);
    }
    return summary;
}

/// Whether a cell holds a '.' or ','.
bool hasMark(QAnyStringView text)
{
    return text.visit([](auto view) {
        return std::any_of(view.begin(), view.end(),
                           [](auto c) { return QChar(c) == u'.' || QChar(c) == u','; });
    });
}

DateCount countDates(const QList<QAnyStringView> &values, DateFormat format, qsizetype limit)
{
    DateCount count;
    std::optional<int> firstOffset;
    const qsizetype n = std::min(limit, values.size());
    for (qsizetype i = 0; i < n; ++i) {
        ParsedDate date;
        const DateParser::Error error = DateParser::parseCell(values[i], format, date);
        if (error == DateParser::Error::NotADate)
            continue;
        ++count.shape;
        if (error != DateParser::Error::None)
            continue;
        ++count.valid;
        count.hasTime = count.hasTime || date.wallClock % kMsPerDay != 0;
        if (date.hasOffset) {
            count.hasOffsets = true;
            if (!firstOffset)
                firstOffset = date.offsetMinutes;
            count.mixedOffsets = count.mixedOffsets || *firstOffset != date.offsetMinutes;
        }
    }
    return count;
}

/// Step 1 for dates: the best text date format, or nothing.
bool detectDate(const QList<QAnyStringView> &values, ColumnType &type)
{
    const qsizetype need = qsizetype(std::ceil(kMinShare * double(values.size())));
    QList<DateFormat> viable;
    QList<DateCount> counts;
    for (const DateFormat format : kTextDateFormats) {
        const qsizetype sample = std::min<qsizetype>(kSampleSize, values.size());
        if (countDates(values, format, sample).shape < kMinShare * double(sample))
            continue;
        const DateCount count = countDates(values, format, values.size());
        if (count.shape >= need) {
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
bool detectNumber(const QList<QAnyStringView> &values, ColumnType &type, NumberSummary &summary)
{
    NumberSummary point;
    NumberSummary comma;
    int differ = 0;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QAnyStringView v = values[i];
        double a = 0.0;
        double b = 0.0;
        const bool okPoint = NumberParser::parseCell(v, u'.', a);
        const bool noMark = !hasMark(v);
        const bool okComma = noMark ? okPoint : NumberParser::parseCell(v, u',', b);
        b = noMark ? a : b;
        if (okPoint)
            point.add(i, a);
        if (okComma)
            comma.add(i, b);
        differ += okPoint && okComma && a != b;
    }
    if (std::max(point.read, comma.read) < kMinShare * double(values.size()))
        return false;
    type.kind = ColumnType::Kind::Number;
    type.decimalMark = point.read >= comma.read ? u'.' : u',';
    summary = point.read >= comma.read ? point : comma;
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
        for (const QAnyStringView cell : values) {
            const QString v = cell.toString();
            double ignored = 0.0;
            if (NumberParser::readsBothWays(v) ||
                !NumberParser::parse(v, type.decimalMark, ignored))
                continue;
            const int digits = NumberParser::fractionDigits(v, type.decimalMark);
            anyMark = anyMark || digits >= 0;
            threeDigitFractions = threeDigitFractions || digits == 3;
            groupingSeen = groupingSeen || v.contains(groupMark);
        }
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
                                      const ColumnOverride &choice)
{
    ColumnType type;
    QList<QAnyStringView> values;
    values.reserve(table.rowCount());
    for (int r = 0; r < table.rowCount(); ++r) {
        const QAnyStringView cell = trimmedView(table.cellView(r, column));
        if (NumberParser::isMissingCell(cell))
            ++type.missing;
        else
            values.append(cell);
    }
    type.values = static_cast<int>(values.size());

    // 1. The user's choice wins.
    if (choice.dateFormat) {
        type.kind = ColumnType::Kind::Date;
        type.dateFormat = *choice.dateFormat;
        const DateCount count = countDates(values, type.dateFormat, values.size());
        type.invalid = type.values - count.valid;
        type.hasTime = count.hasTime;
        type.hasOffsets = count.hasOffsets;
        type.mixedOffsets = count.mixedOffsets;
    } else if (choice.decimalMark) {
        type.kind = ColumnType::Kind::Number;
        type.decimalMark = *choice.decimalMark;
        describeNumbers(summarize(values, type.decimalMark), type);
    } else if (choice.kind == ColumnType::Kind::Text) {
        type.kind = ColumnType::Kind::Text;
    }
    if (choice.dateFormat || choice.decimalMark || choice.kind) {
        type.confirmed = true;
        if (choice.dateFormat || choice.decimalMark || type.kind == ColumnType::Kind::Text)
            return type;
    }

    // 2. Detection: empty, dates, numbers, else text.
    const bool mayBeDate = choice.kind != ColumnType::Kind::Number;
    const bool mayBeNumber = choice.kind != ColumnType::Kind::Date;
    NumberSummary summary;
    if (values.isEmpty())
        type.kind = ColumnType::Kind::Empty;
    else if (!(mayBeDate && detectDate(values, type)) &&
             !(mayBeNumber && detectNumber(values, type, summary)))
        type.kind = ColumnType::Kind::Text;
    if (type.kind == ColumnType::Kind::Number)
        describeNumbers(summary, type);
    return type;
}

} // namespace prognos
