#include "timestamp.h"

#include <charconv>
#include <cstdio>

namespace prognos {

namespace {

Timestamp floorDiv(Timestamp a, Timestamp b)
{
    Timestamp q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

bool readNumber(std::string_view text, std::size_t pos, std::size_t len, int &out)
{
    if (pos + len > text.size())
        return false;
    for (std::size_t i = pos; i < pos + len; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return false;
    }
    std::from_chars(text.data() + pos, text.data() + pos + len, out);
    return true;
}

} // namespace

// Days from civil date: the era-based formula for the proleptic Gregorian calendar
// (400-year eras of 146097 days, years counted from March so that leap days come last).
std::int64_t CivilTime::daysFromCivil(int year, int month, int day)
{
    const std::int64_t y = static_cast<std::int64_t>(year) - (month <= 2 ? 1 : 0);
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const std::int64_t yearOfEra = y - era * 400;
    const std::int64_t monthFromMarch = month > 2 ? month - 3 : month + 9;
    const std::int64_t dayOfYear = (153 * monthFromMarch + 2) / 5 + day - 1;
    const std::int64_t dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

CivilTime CivilTime::fromDays(std::int64_t days)
{
    const std::int64_t z = days + 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const std::int64_t dayOfEra = z - era * 146097;
    const std::int64_t yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const std::int64_t dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const std::int64_t monthFromMarch = (5 * dayOfYear + 2) / 153;
    CivilTime result;
    result.day = static_cast<int>(dayOfYear - (153 * monthFromMarch + 2) / 5 + 1);
    result.month = static_cast<int>(monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9);
    result.year = static_cast<int>(yearOfEra + era * 400 + (result.month <= 2 ? 1 : 0));
    return result;
}

CivilTime CivilTime::fromTimestamp(Timestamp ts)
{
    const Timestamp days = floorDiv(ts, kMsPerDay);
    Timestamp rest = ts - days * kMsPerDay;
    CivilTime result = fromDays(days);
    result.hour = static_cast<int>(rest / kMsPerHour);
    rest %= kMsPerHour;
    result.minute = static_cast<int>(rest / kMsPerMinute);
    rest %= kMsPerMinute;
    result.second = static_cast<int>(rest / kMsPerSecond);
    result.millisecond = static_cast<int>(rest % kMsPerSecond);
    return result;
}

bool CivilTime::isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int CivilTime::daysInMonth(int year, int month)
{
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2 && isLeapYear(year))
        return 29;
    return kDays[month - 1];
}

int CivilTime::weekday(std::int64_t days)
{
    // 1970-01-01 was a Thursday (3 when Monday is 0).
    const std::int64_t w = (days + 3) % 7;
    return static_cast<int>(w < 0 ? w + 7 : w);
}

Timestamp CivilTime::toTimestamp() const
{
    return daysFromCivil(year, month, day) * kMsPerDay + hour * kMsPerHour + minute * kMsPerMinute +
           second * kMsPerSecond + millisecond;
}

std::string CivilTime::toString() const
{
    char buffer[40];
    if (hour == 0 && minute == 0 && second == 0 && millisecond == 0) {
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
    } else if (millisecond == 0) {
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d %02d:%02d:%02d", year, month, day,
                      hour, minute, second);
    } else {
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d %02d:%02d:%02d.%03d", year, month, day,
                      hour, minute, second, millisecond);
    }
    return buffer;
}

std::int64_t dayNumber(Timestamp ts)
{
    return floorDiv(ts, kMsPerDay);
}

std::string formatTimestamp(Timestamp ts)
{
    return CivilTime::fromTimestamp(ts).toString();
}

std::optional<Timestamp> parseIsoTimestamp(std::string_view text)
{
    CivilTime c;
    if (text.size() < 10 || text[4] != '-' || text[7] != '-' || !readNumber(text, 0, 4, c.year) ||
        !readNumber(text, 5, 2, c.month) || !readNumber(text, 8, 2, c.day)) {
        return std::nullopt;
    }
    if (c.month < 1 || c.month > 12 || c.day < 1 || c.day > CivilTime::daysInMonth(c.year, c.month))
        return std::nullopt;
    if (text.size() == 10)
        return c.toTimestamp();
    if ((text[10] != ' ' && text[10] != 'T') || text.size() < 16 || text[13] != ':' ||
        !readNumber(text, 11, 2, c.hour) || !readNumber(text, 14, 2, c.minute)) {
        return std::nullopt;
    }
    std::size_t pos = 16;
    if (pos < text.size()) {
        if (text[pos] != ':' || !readNumber(text, pos + 1, 2, c.second))
            return std::nullopt;
        pos += 3;
        if (pos < text.size()) {
            if (text[pos] != '.' || pos + 1 >= text.size())
                return std::nullopt;
            int digits = 0;
            int ms = 0;
            for (std::size_t i = pos + 1; i < text.size(); ++i, ++digits) {
                if (text[i] < '0' || text[i] > '9')
                    return std::nullopt;
                if (digits < 3)
                    ms = ms * 10 + (text[i] - '0');
            }
            for (; digits < 3; ++digits)
                ms *= 10;
            c.millisecond = ms;
        }
    }
    if (c.hour > 23 || c.minute > 59 || c.second > 59)
        return std::nullopt;
    return c.toTimestamp();
}

} // namespace prognos
