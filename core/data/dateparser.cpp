#include "dateparser.h"

#include "cellview.h"

#include <array>
#include <charconv>
#include <cmath>
#include <type_traits>

namespace prognos {

namespace {

constexpr std::array<const char *, 12> kMonthNames = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december",
};

/// A cursor over the text of one cell.
struct Scanner
{
    QStringView text;
    qsizetype pos = 0;

    bool atEnd() const { return pos >= text.size(); }
    QChar peek() const { return atEnd() ? QChar() : text[pos]; }
    bool accept(QChar c)
    {
        if (peek() != c)
            return false;
        ++pos;
        return true;
    }
    void skipSpaces()
    {
        while (!atEnd() && text[pos].isSpace())
            ++pos;
    }
    /// Reads between `minDigits` and `maxDigits` ASCII digits.
    bool number(int minDigits, int maxDigits, int &value)
    {
        int digits = 0;
        value = 0;
        while (digits < maxDigits && !atEnd() && text[pos] >= u'0' && text[pos] <= u'9') {
            value = value * 10 + (text[pos].unicode() - u'0');
            ++pos;
            ++digits;
        }
        return digits >= minDigits;
    }
};

/// Reads ".fff" or ",fff" after the seconds (any number of digits, kept to milliseconds).
bool readFraction(Scanner &s, CivilTime &c)
{
    if (!s.accept(u'.') && !s.accept(u','))
        return true;
    int digits = 0;
    int ms = 0;
    while (!s.atEnd() && s.peek().isDigit()) {
        if (digits++ < 3)
            ms = ms * 10 + (s.peek().unicode() - u'0');
        ++s.pos;
    }
    for (int d = digits; d < 3; ++d)
        ms *= 10;
    c.millisecond = ms;
    return digits > 0;
}

/// Reads an optional AM or PM marker; 12-hour times outside 1..12 become impossible.
void readMeridiem(Scanner &s, CivilTime &c)
{
    const QStringView rest = s.text.mid(s.pos);
    if (!rest.startsWith(u"AM", Qt::CaseInsensitive) &&
        !rest.startsWith(u"PM", Qt::CaseInsensitive))
        return;
    if (c.hour < 1 || c.hour > 12)
        c.hour = 99; // rejected by finish()
    else
        c.hour = c.hour % 12 + (rest[0].toUpper() == u'P' ? 12 : 0);
    s.pos += 2;
    s.skipSpaces();
}

/// Reads an optional UTC offset (Z, ±HH, ±HHMM, ±HH:MM) that must end the text.
bool readOffset(Scanner &s, ParsedDate &out)
{
    if (s.accept(u'Z')) {
        out.hasOffset = true;
        return s.atEnd();
    }
    if (s.peek() == u'+' || s.peek() == u'-' || s.peek() == QChar(0x2212)) {
        const int sign = s.peek() == u'+' ? 1 : -1;
        ++s.pos;
        int hours = 0;
        int minutes = 0;
        if (!s.number(2, 2, hours))
            return false;
        s.accept(u':');
        if (!s.atEnd() && !s.number(2, 2, minutes))
            return false;
        out.hasOffset = true;
        out.offsetMinutes = sign * (hours * 60 + minutes);
    }
    return s.atEnd();
}

/// Reads an optional time of day, AM/PM marker and UTC offset after a date.
bool readTime(Scanner &s, CivilTime &c, ParsedDate &out, bool allowT)
{
    if (s.atEnd())
        return true;
    if (!(allowT && s.accept(u'T'))) {
        if (!s.peek().isSpace())
            return false;
        s.skipSpaces();
        if (s.atEnd())
            return true;
    }
    if (!s.number(1, 2, c.hour) || !s.accept(u':') || !s.number(2, 2, c.minute))
        return false;
    if (s.accept(u':') && (!s.number(2, 2, c.second) || !readFraction(s, c)))
        return false;
    s.skipSpaces();
    readMeridiem(s, c);
    return readOffset(s, out);
}

DateParser::Error finish(CivilTime &c, ParsedDate &out)
{
    if (c.year < 1 || c.year > 9999)
        return DateParser::Error::OutOfRange;
    if (c.month < 1 || c.month > 12 || c.day < 1 || c.day > CivilTime::daysInMonth(c.year, c.month))
        return DateParser::Error::NoSuchDate;
    if (c.hour > 23 || c.minute > 59 || c.second > 59 || std::abs(out.offsetMinutes) > 18 * 60)
        return DateParser::Error::NoSuchDate;
    out.wallClock = c.toTimestamp();
    return DateParser::Error::None;
}

/// Numeric forms: separators `sep1`, `sep2` between three numbers in the given order.
DateParser::Error parseNumeric(Scanner &s, DateFormat format, ParsedDate &out)
{
    CivilTime c;
    bool ok = false;
    switch (format) {
    case DateFormat::Iso:
        ok = s.number(4, 4, c.year) && s.accept(u'-') && s.number(1, 2, c.month) &&
             s.accept(u'-') && s.number(1, 2, c.day) && readTime(s, c, out, true);
        break;
    case DateFormat::YearMonthDay:
        ok = s.number(4, 4, c.year) && s.accept(u'/') && s.number(1, 2, c.month) &&
             s.accept(u'/') && s.number(1, 2, c.day) && readTime(s, c, out, false);
        break;
    case DateFormat::DayMonthYear:
    case DateFormat::MonthDayYear: {
        int first = 0;
        int second = 0;
        QChar sep;
        ok = s.number(1, 2, first) && (s.accept(u'/') || s.accept(u'-'));
        sep = ok ? s.text[s.pos - 1] : QChar();
        ok = ok && s.number(1, 2, second) && s.accept(sep) && s.number(4, 4, c.year) &&
             readTime(s, c, out, false);
        c.day = format == DateFormat::DayMonthYear ? first : second;
        c.month = format == DateFormat::DayMonthYear ? second : first;
        break;
    }
    case DateFormat::DayMonthYearDot:
        ok = s.number(1, 2, c.day) && s.accept(u'.') && s.number(1, 2, c.month) && s.accept(u'.') &&
             s.number(4, 4, c.year) && readTime(s, c, out, false);
        break;
    default:
        break;
    }
    return ok ? finish(c, out) : DateParser::Error::NotADate;
}

/// The usual ISO form at fixed widths: YYYY-MM-DD, optionally followed by a space or T and
/// HH:MM or HH:MM:SS, and nothing else. Fills the fields the general rules would; returns
/// false for any other text, which the general rules then read.
template <typename View>
bool readFixedIso(View t, CivilTime &c)
{
    const qsizetype n = t.size();
    if (n != 10 && n != 16 && n != 19)
        return false;
    const auto at = [&](qsizetype i, char16_t ch) { return t[i].unicode() == ch; };
    const auto number = [&](qsizetype i, int width, int &value) {
        value = 0;
        for (qsizetype k = i; k < i + width; ++k) {
            const char16_t u = t[k].unicode();
            if (u < u'0' || u > u'9')
                return false;
            value = value * 10 + (u - u'0');
        }
        return true;
    };
    if (!number(0, 4, c.year) || !at(4, u'-') || !number(5, 2, c.month) || !at(7, u'-') ||
        !number(8, 2, c.day))
        return false;
    if (n == 10)
        return true;
    if (!(at(10, u' ') || at(10, u'T')) || !number(11, 2, c.hour) || !at(13, u':') ||
        !number(14, 2, c.minute))
        return false;
    return n == 16 || (at(16, u':') && number(17, 2, c.second));
}

int monthFromName(QStringView word)
{
    if (word.size() < 3)
        return 0;
    for (std::size_t m = 0; m < kMonthNames.size(); ++m) {
        const QLatin1StringView name(kMonthNames[m]);
        if (word.size() <= name.size() &&
            name.startsWith(word, Qt::CaseInsensitive)) // "Jan", "Sept", "January"
            return static_cast<int>(m) + 1;
    }
    return 0;
}

DateParser::Error parseMonthName(Scanner &s, ParsedDate &out)
{
    // The date part ends where a time (HH:MM) begins.
    qsizetype end = s.text.size();
    for (qsizetype i = 0; i + 2 < s.text.size(); ++i) {
        if (s.text[i].isSpace() && s.text[i + 1].isDigit() &&
            (s.text[i + 2] == u':' || (i + 3 < s.text.size() && s.text[i + 3] == u':'))) {
            end = i;
            break;
        }
    }
    CivilTime c;
    c.day = 0;
    int months = 0;
    int years = 0;
    int days = 0;
    qsizetype i = 0;
    while (i < end) {
        if (s.text[i].isLetterOrNumber()) {
            const qsizetype start = i;
            const bool letters = s.text[i].isLetter();
            while (i < end && s.text[i].isLetterOrNumber() && s.text[i].isLetter() == letters)
                ++i;
            const QStringView word = s.text.mid(start, i - start);
            if (letters) {
                const int m = monthFromName(word);
                if (m == 0 && word.compare(u"of", Qt::CaseInsensitive) != 0 &&
                    !(word.size() == 2 && days == 1)) // "st", "nd", "th" after a day
                    return DateParser::Error::NotADate;
                if (m != 0) {
                    c.month = m;
                    ++months;
                }
            } else if (word.size() == 4) {
                c.year = word.toInt();
                ++years;
            } else if (word.size() <= 2) {
                c.day = word.toInt();
                ++days;
            } else {
                return DateParser::Error::NotADate;
            }
        } else if (!QStringView(u" ,.-/").contains(s.text[i])) {
            return DateParser::Error::NotADate;
        } else {
            ++i;
        }
    }
    if (months != 1 || years != 1 || days > 1)
        return DateParser::Error::NotADate;
    if (days == 0)
        c.day = 1;
    s.pos = end;
    if (!readTime(s, c, out, false))
        return DateParser::Error::NotADate;
    return finish(c, out);
}

DateParser::Error parseEpoch(QStringView text, DateFormat format, ParsedDate &out)
{
    const QByteArray ascii = text.toLatin1();
    double value = 0.0;
    const auto [end, ec] = std::from_chars(ascii.data(), ascii.data() + ascii.size(), value);
    if (ec != std::errc() || end != ascii.data() + ascii.size() || !std::isfinite(value))
        return DateParser::Error::NotADate;
    double ms = 0.0;
    switch (format) {
    case DateFormat::ExcelSerial:
        if (value >= 60.0 && value < 61.0)
            return DateParser::Error::ExcelFictitiousDay;
        ms = (value + double(CivilTime::daysFromCivil(1899, 12, 30))) * double(kMsPerDay);
        break;
    case DateFormat::UnixSeconds:
        ms = value * 1000.0;
        break;
    default:
        ms = value;
        break;
    }
    constexpr double kMin = -62135596800000.0; // 0001-01-01
    constexpr double kMax = 253402300799999.0; // 9999-12-31 23:59:59.999
    if (!(ms >= kMin && ms <= kMax))
        return DateParser::Error::OutOfRange;
    out.wallClock = static_cast<Timestamp>(std::llround(ms));
    return DateParser::Error::None;
}

} // namespace

DateParser::Error DateParser::parse(QStringView text, DateFormat format, ParsedDate &out)
{
    out = ParsedDate();
    Scanner s{trimmedView(text)};
    if (s.text.isEmpty())
        return Error::NotADate;
    if (CivilTime c; format == DateFormat::Iso && readFixedIso(s.text, c))
        return finish(c, out);
    switch (format) {
    case DateFormat::MonthName:
        return parseMonthName(s, out);
    case DateFormat::ExcelSerial:
    case DateFormat::UnixSeconds:
    case DateFormat::UnixMilliseconds:
        return parseEpoch(s.text, format, out);
    case DateFormat::Year: {
        CivilTime c;
        if (!s.number(4, 4, c.year) || !s.atEnd())
            return Error::NotADate;
        return finish(c, out);
    }
    default:
        return parseNumeric(s, format, out);
    }
}

DateParser::Error DateParser::parseCell(QAnyStringView text, DateFormat format, ParsedDate &out)
{
    return text.visit([&](auto view) {
        if constexpr (std::is_same_v<decltype(view), QLatin1StringView>) {
            out = ParsedDate();
            if (CivilTime c; format == DateFormat::Iso && readFixedIso(trimmedView(view), c))
                return finish(c, out);
        }
        return withUtf16(view, [&](QStringView t) { return parse(t, format, out); });
    });
}

QString DateParser::formatName(DateFormat format)
{
    switch (format) {
    case DateFormat::Iso:
        return tr("YYYY-MM-DD (ISO 8601)");
    case DateFormat::YearMonthDay:
        return tr("YYYY/MM/DD");
    case DateFormat::DayMonthYear:
        return tr("DD/MM/YYYY (day first)");
    case DateFormat::MonthDayYear:
        return tr("MM/DD/YYYY (month first)");
    case DateFormat::DayMonthYearDot:
        return tr("DD.MM.YYYY");
    case DateFormat::MonthName:
        return tr("English month names");
    case DateFormat::ExcelSerial:
        return tr("Excel serial days (1900 system, day 0 = 1899-12-30)");
    case DateFormat::UnixSeconds:
        return tr("Unix time in seconds (UTC)");
    case DateFormat::UnixMilliseconds:
        return tr("Unix time in milliseconds (UTC)");
    case DateFormat::Year:
        return tr("year (YYYY, read as 1 January)");
    }
    return {};
}

QString DateParser::reason(Error error)
{
    switch (error) {
    case Error::None:
        return {};
    case Error::NotADate:
        return tr("not a date in the column's format");
    case Error::NoSuchDate:
        return tr("no such date or time");
    case Error::ExcelFictitiousDay:
        return tr("Excel serial 60 is 1900-02-29, a day that does not exist");
    case Error::OutOfRange:
        return tr("outside the years 1 to 9999");
    }
    return {};
}

QString DateParser::timeZoneRule()
{
    return tr("Times are kept as written (local wall-clock time). UTC offsets are read but not "
              "applied; Unix times are shown in UTC.");
}

} // namespace prognos
