#include "numberparser.h"

#include <QString>

#include <charconv>
#include <cmath>
#include <limits>
#include <string>

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
    t = t.trimmed();
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
    return t.trimmed();
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

/// The common case, read without the general rules: an optional minus, ASCII digits and at most
/// one decimal mark followed by digits, nothing around them. Returns false when the text is
/// anything else (or does not convert cleanly), so that the general rules decide.
bool parsePlain(QStringView text, QChar decimalMark, double &value)
{
    constexpr qsizetype kMaxPlain = 40;
    const qsizetype n = text.size();
    if (n == 0 || n > kMaxPlain)
        return false;
    char digits[kMaxPlain];
    const bool negative = text[0] == u'-';
    qsizetype i = negative ? 1 : 0;
    int length = 0;
    int before = 0;
    int after = -1; // digits after the mark; -1 without a mark
    for (; i < n; ++i) {
        const char16_t c = text[i].unicode();
        if (c >= u'0' && c <= u'9') {
            digits[length++] = static_cast<char>(c);
            after >= 0 ? ++after : ++before;
        } else if (c == decimalMark.unicode() && after < 0) {
            digits[length++] = '.';
            after = 0;
        } else {
            return false;
        }
    }
    if (before == 0 || after == 0)
        return false;
    double parsed = 0.0;
    const auto [end, ec] = std::from_chars(digits, digits + length, parsed);
    if (ec != std::errc() || end != digits + length)
        return false;
    value = negative ? -parsed : parsed;
    return true;
}

} // namespace

bool NumberParser::parse(QStringView text, QChar decimalMark, double &value)
{
    if (parsePlain(text, decimalMark, value))
        return true;
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
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return true;
    // Every marker is at most 7 characters long and starts with one of these.
    constexpr qsizetype kLongestMarker = 7;
    const char16_t first = t.front().toLower().unicode();
    if (t.size() > kLongestMarker ||
        (first != u'n' && first != u'#' && first != u'-' && first != u'm' && first != u'?'))
        return false;
    for (const char16_t *marker : kMarkers) {
        if (t.compare(QStringView(marker), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
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
