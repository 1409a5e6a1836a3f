#pragma once

#include <QChar>
#include <QString>

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>

// The record and field splitting of CsvReader (RFC 4180), over UTF-16 text (QStringView) or
// the Latin-1 bytes of an ASCII file (QLatin1StringView).
namespace prognos::csvtokenizer {

/// A code unit of the text, UTF-16 or Latin-1, as a number.
inline char16_t unit(QChar c)
{
    return c.unicode();
}

inline char16_t unit(char c)
{
    return static_cast<unsigned char>(c);
}

/// The code units that end a plain field: CR, LF and the delimiter.
class FieldEnds
{
public:
    explicit FieldEnds(QChar delimiter)
        : m_delimiter(delimiter.unicode())
    {
        m_table['\n'] = m_table['\r'] = true;
        if (m_delimiter < m_table.size())
            m_table[m_delimiter] = true;
    }

    bool at(char16_t c) const { return c < m_table.size() ? m_table[c] : c == m_delimiter; }

    /// The first index from `i` on where a field ends in `text`, or its size.
    qsizetype next(QStringView text, qsizetype i) const
    {
        while (i < text.size() && !at(text[i].unicode()))
            ++i;
        return i;
    }

    /// The same in Latin-1 text, eight bytes at a time: a byte equal to a field end becomes zero
    /// under XOR, and the lowest zero byte of a word is found exactly (the borrow of the
    /// subtraction only marks bytes above it).
    qsizetype next(QLatin1StringView text, qsizetype i) const
    {
        const qsizetype n = text.size();
        const char *s = text.data();
        if constexpr (std::endian::native == std::endian::little) {
            constexpr std::uint64_t kOnes = 0x0101010101010101u;
            constexpr std::uint64_t kHighs = 0x8080808080808080u;
            const std::uint64_t lf = kOnes * '\n';
            const std::uint64_t cr = kOnes * '\r';
            const std::uint64_t delimiter = m_delimiter < 0x100 ? kOnes * m_delimiter : lf;
            const auto zeroBytes = [](std::uint64_t x) { return (x - kOnes) & ~x & kHighs; };
            for (; i + 8 <= n; i += 8) {
                std::uint64_t word = 0;
                std::memcpy(&word, s + i, sizeof word);
                const std::uint64_t hits =
                    zeroBytes(word ^ lf) | zeroBytes(word ^ cr) | zeroBytes(word ^ delimiter);
                if (hits != 0)
                    return i + std::countr_zero(hits) / 8;
            }
        }
        while (i < n && !at(static_cast<unsigned char>(s[i])))
            ++i;
        return i;
    }

private:
    char16_t m_delimiter;
    std::array<bool, 256> m_table{};
};

/// Reads a quoted field whose opening quote is at `i`, unescaping doubled quotes into `out`;
/// counts the line breaks inside it. Returns false when the closing quote is missing. `View` is
/// QStringView or QLatin1StringView, the same for every function here.
template <typename View>
bool readQuoted(View text, qsizetype &i, int &line, QString &out)
{
    const qsizetype n = text.size();
    const auto *s = text.data();
    out.clear();
    ++i;
    while (i < n) {
        const qsizetype start = i;
        while (i < n && unit(s[i]) != u'"') {
            if (unit(s[i]) == u'\n' ||
                (unit(s[i]) == u'\r' && (i + 1 >= n || unit(s[i + 1]) != u'\n')))
                ++line;
            ++i;
        }
        out.append(text.mid(start, i - start));
        if (i + 1 < n && unit(s[i + 1]) == u'"') {
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
/// beginRecord(line), field(View), endRecord() -> bool (false stops), and unclosedQuote(line).
/// Returns the line after the last record read.
template <typename View, typename Sink>
int tokenize(View text, QChar delimiter, Sink &sink)
{
    const qsizetype n = text.size();
    const auto *s = text.data();
    const char16_t d = delimiter.unicode();
    const FieldEnds ends(delimiter);
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
            if (unit(s[i]) == u'"') {
                if (!readQuoted(text, i, line, quoted))
                    sink.unclosedQuote(recordLine);
                const qsizetype rest = i;
                i = ends.next(text, i);
                quoted.append(text.mid(rest, i - rest));
                sink.field(QStringView(quoted));
            } else {
                i = ends.next(text, i);
                sink.field(text.mid(start, i - start));
            }

            // 2. What ends it: a delimiter, a line break or the end of the text.
            if (i < n && unit(s[i]) == d) {
                ++i;
                endOfRecord = i >= n; // a delimiter at the very end still ends the record
                if (endOfRecord)
                    sink.field(QStringView());
                continue;
            }
            if (i < n && unit(s[i]) == u'\r') {
                ++i;
                if (i < n && unit(s[i]) == u'\n')
                    ++i;
            } else if (i < n && unit(s[i]) == u'\n') {
                ++i;
            }
            ++line;
            endOfRecord = true;
        }
        if (!sink.endRecord())
            return line;
    }
    return line;
}

} // namespace prognos::csvtokenizer
