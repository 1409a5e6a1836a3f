#include "textdecoder.h"

#include "importlog.h"

#include <cstdint>
#include <cstring>

namespace prognos {

namespace {

/// Unicode code points of the Windows-1252 bytes 0x80..0x9F. The five bytes that the code
/// page leaves undefined map to the C1 control of the same value, as Windows itself does.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

bool startsWith(const QByteArray &bytes, std::initializer_list<unsigned char> prefix)
{
    if (bytes.size() < static_cast<qsizetype>(prefix.size()))
        return false;
    qsizetype i = 0;
    for (unsigned char c : prefix) {
        if (static_cast<unsigned char>(bytes[i++]) != c)
            return false;
    }
    return true;
}

QString decodeWindows1252(const QByteArray &bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        out[i] = (b >= 0x80 && b < 0xA0) ? QChar(kCp1252High[b - 0x80]) : QChar(b);
    }
    return text;
}

/// Decodes UTF-16 from `from`; returns the byte offset of the first bad unit or -1.
qsizetype decodeUtf16(const QByteArray &bytes, qsizetype from, bool littleEndian, QString &out)
{
    const qsizetype units = (bytes.size() - from) / 2;
    out.resize(units);
    QChar *dst = out.data();
    const auto *src = reinterpret_cast<const unsigned char *>(bytes.constData() + from);
    for (qsizetype i = 0; i < units; ++i) {
        const unsigned lo = src[2 * i];
        const unsigned hi = src[2 * i + 1];
        dst[i] = QChar(static_cast<char16_t>(littleEndian ? (hi << 8 | lo) : (lo << 8 | hi)));
    }
    for (qsizetype i = 0; i < units; ++i) {
        const QChar c = dst[i];
        if (c.isHighSurrogate()) {
            if (i + 1 >= units || !dst[i + 1].isLowSurrogate())
                return from + 2 * i;
            ++i;
        } else if (c.isLowSurrogate()) {
            return from + 2 * i;
        }
    }
    if ((bytes.size() - from) % 2 != 0)
        return bytes.size() - 1;
    return -1;
}

/// UTF-16 without BOM: look for NUL bytes in every second position of the first bytes.
TextEncoding guessUtf16(const QByteArray &bytes)
{
    const qsizetype n = std::min<qsizetype>(bytes.size() & ~qsizetype(1), 512);
    if (n < 4)
        return TextEncoding::Auto;
    int zeroEven = 0;
    int zeroOdd = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        zeroEven += bytes[i] == 0;
        zeroOdd += bytes[i + 1] == 0;
    }
    const int pairs = static_cast<int>(n / 2);
    if (zeroOdd * 10 >= pairs * 9 && zeroEven == 0)
        return TextEncoding::Utf16LE;
    if (zeroEven * 10 >= pairs * 9 && zeroOdd == 0)
        return TextEncoding::Utf16BE;
    return TextEncoding::Auto;
}

/// Skips ASCII eight bytes at a time (no byte with its high bit set) from `i`.
qsizetype endOfAsciiWords(const unsigned char *s, qsizetype i, qsizetype n)
{
    constexpr std::uint64_t kHighBits = 0x8080808080808080u;
    for (; i + 8 <= n; i += 8) {
        std::uint64_t word = 0;
        std::memcpy(&word, s + i, sizeof word);
        if ((word & kHighBits) != 0)
            break;
    }
    return i;
}

/// The offset of the first byte from `from` on that is not ASCII, or the size.
qsizetype endOfAscii(const QByteArray &bytes, qsizetype from)
{
    const auto *s = reinterpret_cast<const unsigned char *>(bytes.constData());
    qsizetype i = endOfAsciiWords(s, from, bytes.size());
    while (i < bytes.size() && s[i] < 0x80)
        ++i;
    return i;
}

} // namespace

qsizetype TextDecoder::firstInvalidUtf8(const QByteArray &bytes, qsizetype from)
{
    const auto *s = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = from;
    while (i < n) {
        i = endOfAsciiWords(s, i, n);
        if (i >= n)
            break;
        const unsigned c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned minCode = 0;
        unsigned code = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
            minCode = 0x80;
            code = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            minCode = 0x800;
            code = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            minCode = 0x10000;
            code = c & 0x07;
        } else {
            return i;
        }
        if (i + extra >= n)
            return i;
        for (int k = 1; k <= extra; ++k) {
            const unsigned cc = s[i + k];
            if ((cc & 0xC0) != 0x80)
                return i;
            code = (code << 6) | (cc & 0x3F);
        }
        if (code < minCode || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return -1;
}

DecodedText TextDecoder::decode(const QByteArray &bytes, TextEncoding encoding, bool keepAscii)
{
    DecodedText result;
    const bool utf8Bom = startsWith(bytes, {0xEF, 0xBB, 0xBF});
    const bool leBom = startsWith(bytes, {0xFF, 0xFE});
    const bool beBom = startsWith(bytes, {0xFE, 0xFF});

    qsizetype utf8Error = -1; // from the detection, so that valid UTF-8 is checked only once
    bool utf8Checked = false;

    // 1. Choose the encoding.
    if (encoding == TextEncoding::Auto) {
        if (utf8Bom) {
            encoding = TextEncoding::Utf8;
        } else if (leBom) {
            encoding = TextEncoding::Utf16LE;
        } else if (beBom) {
            encoding = TextEncoding::Utf16BE;
        } else if (const TextEncoding utf16 = guessUtf16(bytes); utf16 != TextEncoding::Auto) {
            encoding = utf16;
            result.guessed = true;
        } else {
            utf8Error = firstInvalidUtf8(bytes);
            utf8Checked = true;
            encoding = utf8Error < 0 ? TextEncoding::Utf8 : TextEncoding::Windows1252;
            result.guessed = encoding == TextEncoding::Windows1252;
        }
    }
    result.encoding = encoding;

    // 2. Decode, dropping a BOM of the chosen encoding.
    qsizetype offset = -1;
    switch (encoding) {
    case TextEncoding::Auto:
    case TextEncoding::Utf8: {
        result.hadBom = utf8Bom;
        const qsizetype from = utf8Bom ? 3 : 0;
        offset = utf8Checked && !utf8Bom ? utf8Error : firstInvalidUtf8(bytes, from);
        result.asciiFrom = from;
        result.ascii = offset < 0 && keepAscii && endOfAscii(bytes, from) == bytes.size();
        if (offset < 0 && !result.ascii)
            result.text = QString::fromUtf8(bytes.constData() + from, bytes.size() - from);
        break;
    }
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE: {
        const bool little = encoding == TextEncoding::Utf16LE;
        result.hadBom = little ? leBom : beBom;
        offset = decodeUtf16(bytes, result.hadBom ? 2 : 0, little, result.text);
        break;
    }
    case TextEncoding::Windows1252:
        result.text = decodeWindows1252(bytes);
        break;
    }

    // 3. Report.
    result.ok = offset < 0;
    if (!result.ok) {
        result.text.clear();
        result.errorOffset = offset;
        result.error = tr("The file could not be read as %1: the byte at offset %2 (0x%3) is not "
                          "valid in that encoding. Choose another encoding.")
                           .arg(name(encoding))
                           .arg(offset)
                           .arg(static_cast<unsigned char>(bytes[offset]), 2, 16, QLatin1Char('0'));
        qCInfo(lcImport) << "decoding failed for" << name(encoding) << "at byte offset" << offset;
    }
    return result;
}

QString TextDecoder::name(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Auto:
        return tr("automatic");
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case TextEncoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case TextEncoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return {};
}

} // namespace prognos
