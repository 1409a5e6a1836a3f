#pragma once

#include <QChar>
#include <QString>

#include <array>

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
    std::array<bool, 256> ends{}; // the Latin-1 units that end a field
    ends['\n'] = ends['\r'] = true;
    if (d < ends.size())
        ends[d] = true;
    const auto atFieldEnd = [&](qsizetype k) {
        const char16_t c = unit(s[k]);
        return c < ends.size() ? ends[c] : c == d;
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
            if (unit(s[i]) == u'"') {
                if (!readQuoted(text, i, line, quoted))
                    sink.unclosedQuote(recordLine);
                const qsizetype rest = i;
                while (i < n && !atFieldEnd(i))
                    ++i;
                quoted.append(text.mid(rest, i - rest));
                sink.field(QStringView(quoted));
            } else {
                while (i < n && !atFieldEnd(i))
                    ++i;
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
