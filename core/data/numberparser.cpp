#include "numberparser.h"

#include "cellview.h"

#include <QString>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <type_traits>

namespace prognos {

namespace {

bool isGroupSpace(QChar c)
{
    return c == u' ' || c == QChar(0x00A0) || c == QChar(0x202F) || c == u'\'' ||
           c == QChar(0x2019);
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isCurrency(QChar c)
{
    return c == u'$' || (c.unicode() >= 0x80 && c.category() == QChar::Symbol_Currency);
}

/// Removes currency symbols, a percent sign, parentheses and the sign; returns the core.
QStringView stripDecorations(QStringView t, bool &negative, bool &ok)
{
    ok = true;
    negative = false;
    t = trimmedView(t);
    if (t.size() >= 2 && t.front() == u'(' && t.back() == u')') {
        negative = true;
        t = t.mid(1, t.size() - 2).trimmed();
    }
    bool signSeen = false;
    for (int pass = 0; pass < 2; ++pass) {
        if (!t.isEmpty() &&
            (t.front() == u'-' || t.front() == u'+' || t.front() == QChar(0x2212))) {
            if (signSeen || negative) {
                ok = false;
                return t;
            }
            negative = t.front() != u'+';
            signSeen = true;
            t = t.mid(1).trimmed();
        }
        if (!t.isEmpty() && isCurrency(t.front()))
            t = t.mid(1).trimmed();
    }
    if (!t.isEmpty() && t.back() == u'%')
        t.chop(1);
    else if (!t.isEmpty() && isCurrency(t.back()))
        t.chop(1);
    return trimmedView(t);
}

/// Converts the core of a number to ASCII "digits.digits[e±digits]", checking the grouping.
bool normalise(QStringView t, QChar decimalMark, std::string &ascii)
{
    const QChar groupMark = decimalMark == u'.' ? u',' : u'.';
    ascii.clear();
    qsizetype i = 0;
    int groupDigits = -1; // digits since the last group separator; -1 before the first one
    int leadingDigits = 0;
    QChar separator;
    while (i < t.size() && (isDigit(t[i]) || t[i] == groupMark || isGroupSpace(t[i]))) {
        const QChar c = t[i++];
        if (isDigit(c)) {
            ascii.push_back(static_cast<char>(c.unicode()));
            if (groupDigits < 0)
                ++leadingDigits;
            else
                ++groupDigits;
            continue;
        }
        const bool badStart = leadingDigits == 0 || leadingDigits > 3 || ascii.front() == '0';
        if ((separator.isNull() && badStart) || (!separator.isNull() && separator != c) ||
            (groupDigits >= 0 && groupDigits != 3))
            return false;
        separator = c;
        groupDigits = 0;
    }
    if (groupDigits >= 0 && groupDigits != 3)
        return false;
    if (i < t.size() && t[i] == decimalMark) {
        ascii.push_back('.');
        ++i;
        while (i < t.size() && isDigit(t[i]))
            ascii.push_back(static_cast<char>(t[i++].unicode()));
    }
    if (ascii.empty() || ascii == ".")
        return false;
    if (i < t.size() && (t[i] == u'e' || t[i] == u'E') && separator.isNull()) {
        ascii.push_back('e');
        ++i;
        if (i < t.size() && (t[i] == u'+' || t[i] == u'-'))
            ascii.push_back(static_cast<char>(t[i++].unicode()));
        const std::size_t before = ascii.size();
        while (i < t.size() && isDigit(t[i]))
            ascii.push_back(static_cast<char>(t[i++].unicode()));
        if (ascii.size() == before)
            return false;
    }
    return i == t.size();
}

/// What the plain reading of a cell found.
enum class Plain {
    Number,    ///< read; the general rules give the same value
    NotNumber, ///< the general rules refuse it too
    Other,     ///< not plain: the general rules decide
};

/// Exact powers of ten: a whole number below 2^53 divided by one of them is correctly rounded.
constexpr double kPowersOfTen[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                   1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                   1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

/// The shape of a plain number: an optional minus, ASCII digits and at most one '.' or ','
/// between digits, nothing around them.
struct PlainScan
{
    bool plain = false;      ///< the text has that shape
    bool negative = false;   ///< led by a minus
    qsizetype first = 0;     ///< index of the first digit
    qsizetype before = 0;    ///< digits before the mark
    qsizetype after = -1;    ///< digits after the mark; -1 without a mark
    char16_t mark = 0;       ///< the mark, or 0
    std::uint64_t whole = 0; ///< all digits as one number, while it matters (15 or fewer)
};

template <typename View>
PlainScan scanPlain(View text)
{
    constexpr qsizetype kMaxPlain = 40;
    PlainScan scan;
    const qsizetype n = text.size();
    if (n == 0 || n > kMaxPlain)
        return scan;
    const auto digitAt = [&](qsizetype i) {
        return text[i].unicode() >= u'0' && text[i].unicode() <= u'9';
    };
    scan.negative = text[0].unicode() == u'-';
    scan.first = scan.negative ? 1 : 0;
    qsizetype i = scan.first;
    for (; i < n && digitAt(i); ++i)
        scan.whole = scan.whole * 10 + (text[i].unicode() - u'0');
    scan.before = i - scan.first;
    scan.mark = i < n ? text[i].unicode() : 0;
    if (i < n) {
        if (scan.mark != u'.' && scan.mark != u',')
            return scan;
        const qsizetype fraction = ++i;
        for (; i < n && digitAt(i); ++i)
            scan.whole = scan.whole * 10 + (text[i].unicode() - u'0');
        scan.after = i - fraction;
    }
    scan.plain = i == n && scan.before > 0 && scan.after != 0;
    return scan;
}

/// Reads a plain number (see scanPlain()) with `decimalMark`, as the general rules would.
template <typename View>
Plain readPlain(View text, const PlainScan &scan, QChar decimalMark, double &value)
{
    constexpr qsizetype kMaxPlain = 40;
    constexpr qsizetype kExactDigits = 15; // 10^15 < 2^53: the whole number is exact
    constexpr qsizetype kExactPower = 22;  // 10^22 is the largest exact power of ten
    if (!scan.plain)
        return Plain::Other;

    // 1. The other mark is a group separator: three digits after it, one to three before, not
    // led by 0.
    if (scan.mark != 0 && scan.mark != decimalMark.unicode()) {
        if (scan.after != 3 || scan.before > 3 || text[scan.first].unicode() == u'0')
            return Plain::NotNumber;
        value = scan.negative ? -double(scan.whole) : double(scan.whole);
        return Plain::Number;
    }

    // 2. Exact when the digits fit a double's mantissa; std::from_chars otherwise.
    double parsed = 0.0;
    const qsizetype fraction = std::max<qsizetype>(scan.after, 0);
    if (scan.before + fraction <= kExactDigits && fraction <= kExactPower) {
        parsed = double(scan.whole) / kPowersOfTen[fraction];
    } else {
        const qsizetype n = text.size();
        char digits[kMaxPlain];
        for (qsizetype k = scan.first; k < n; ++k)
            digits[k - scan.first] =
                k == scan.first + scan.before ? '.' : static_cast<char>(text[k].unicode());
        const qsizetype length = n - scan.first;
        const auto [end, ec] = std::from_chars(digits, digits + length, parsed);
        if (ec != std::errc() || end != digits + length)
            return Plain::Other;
    }
    value = scan.negative ? -parsed : parsed;
    return Plain::Number;
}

/// The common case, read without the general rules.
template <typename View>
Plain parsePlain(View text, QChar decimalMark, double &value)
{
    return readPlain(text, scanPlain(text), decimalMark, value);
}

/// Whether a trimmed text of `size` characters starting with `first` can be a marker: every
/// marker is at most seven characters long and starts with one of these.
bool mayBeMarker(qsizetype size, char16_t first)
{
    constexpr qsizetype kLongestMarker = 7;
    first = QChar(first).toLower().unicode();
    return size <= kLongestMarker &&
           (first == u'n' || first == u'#' || first == u'-' || first == u'm' || first == u'?');
}

} // namespace

bool NumberParser::parse(QStringView text, QChar decimalMark, double &value)
{
    const Plain plain = parsePlain(text, decimalMark, value);
    if (plain != Plain::Other)
        return plain == Plain::Number;
    bool negative = false;
    bool ok = false;
    const QStringView core = stripDecorations(text, negative, ok);
    if (!ok || core.isEmpty())
        return false;
    const bool infinity =
        core.front() == QChar(0x221E)
            ? core.size() == 1
            : (core.front() == u'i' || core.front() == u'I') &&
                  (core.compare(QLatin1StringView("inf"), Qt::CaseInsensitive) == 0 ||
                   core.compare(QLatin1StringView("infinity"), Qt::CaseInsensitive) == 0);
    if (infinity) {
        value = negative ? -std::numeric_limits<double>::infinity()
                         : std::numeric_limits<double>::infinity();
        return true;
    }
    thread_local std::string ascii;
    if (!normalise(core, decimalMark, ascii))
        return false;
    double parsed = 0.0;
    const auto [end, ec] = std::from_chars(ascii.data(), ascii.data() + ascii.size(), parsed);
    if (end != ascii.data() + ascii.size())
        return false;
    if (ec == std::errc::result_out_of_range) // overflow to inf, underflow to 0
        parsed =
            ascii.find("e-") != std::string::npos ? 0.0 : std::numeric_limits<double>::infinity();
    else if (ec != std::errc())
        return false;
    value = negative ? -parsed : parsed;
    return true;
}

bool NumberParser::isMissingMarker(QStringView text)
{
    static constexpr const char16_t *kMarkers[] = {
        u"na",      u"n/a", u"nan",     u"null",    u"none",  u"#n/a",  u"-",      u"--",   u"nil",
        u"missing", u"?",   u"#value!", u"#div/0!", u"#ref!", u"#num!", u"#name?", u"n.a.", u"#nv",
    };
    const QStringView t = trimmedView(text);
    if (t.isEmpty())
        return true;
    if (!mayBeMarker(t.size(), t.front().unicode()))
        return false;
    for (const char16_t *marker : kMarkers) {
        if (t.compare(QStringView(marker), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool NumberParser::parseCell(QAnyStringView text, QChar decimalMark, double &value)
{
    return text.visit([&](auto view) {
        if constexpr (std::is_same_v<decltype(view), QLatin1StringView>) {
            const Plain plain = parsePlain(view, decimalMark, value);
            if (plain != Plain::Other)
                return plain == Plain::Number;
        }
        return withUtf16(view, [&](QStringView t) { return parse(t, decimalMark, value); });
    });
}

void NumberParser::parseCellBothMarks(QAnyStringView text, Reading &point, Reading &comma)
{
    text.visit([&](auto view) {
        const auto general = [&](QChar mark, Reading &reading) {
            reading.ok =
                withUtf16(view, [&](QStringView t) { return parse(t, mark, reading.value); });
        };
        if constexpr (std::is_same_v<decltype(view), QLatin1StringView>) {
            const PlainScan scan = scanPlain(view);
            if (scan.plain) {
                const Plain withPoint = readPlain(view, scan, u'.', point.value);
                const Plain withComma = readPlain(view, scan, u',', comma.value);
                point.ok = withPoint == Plain::Number;
                comma.ok = withComma == Plain::Number;
                if (withPoint == Plain::Other)
                    general(u'.', point);
                if (withComma == Plain::Other)
                    general(u',', comma);
                return;
            }
        }
        general(u'.', point);
        // Without either mark both readings are the same.
        const bool anyMark = std::any_of(
            view.begin(), view.end(), [](auto c) { return QChar(c) == u'.' || QChar(c) == u','; });
        if (anyMark)
            general(u',', comma);
        else
            comma = point;
    });
}

bool NumberParser::isMissingCell(QAnyStringView text)
{
    return text.visit([](auto view) {
        if constexpr (std::is_same_v<decltype(view), QLatin1StringView>) {
            if (!view.isEmpty() && view.front() >= '0' && view.front() <= '9')
                return false; // no marker starts with a digit
            const QLatin1StringView t = trimmedView(view);
            if (!t.isEmpty() && !mayBeMarker(t.size(), QLatin1Char(t.front()).unicode()))
                return false;
        }
        return withUtf16(view, [](QStringView t) { return isMissingMarker(t); });
    });
}

bool NumberParser::readsBothWays(QStringView text)
{
    double point = 0.0;
    double comma = 0.0;
    return parse(text, u'.', point) && parse(text, u',', comma) && point != comma;
}

int NumberParser::fractionDigits(QStringView text, QChar decimalMark)
{
    const qsizetype mark = text.lastIndexOf(decimalMark);
    if (mark < 0)
        return -1;
    int digits = 0;
    for (qsizetype i = mark + 1; i < text.size() && isDigit(text[i]); ++i)
        ++digits;
    return digits;
}

} // namespace prognos
