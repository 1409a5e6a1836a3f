#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace prognos {

/// Character encodings the importer understands.
enum class TextEncoding {
    Auto,        ///< detect: BOM first, then UTF-8 if valid, else Windows-1252
    Utf8,        ///< UTF-8; a leading BOM, if any, is removed
    Utf16LE,     ///< UTF-16 little endian; a leading BOM, if any, is removed
    Utf16BE,     ///< UTF-16 big endian; a leading BOM, if any, is removed
    Windows1252, ///< Windows "ANSI" Western European code page (a superset of Latin-1)
};

/// The outcome of decoding a byte buffer into text.
struct DecodedText
{
    QString text;                               ///< decoded text, without byte-order mark
    TextEncoding encoding = TextEncoding::Auto; ///< the encoding that was used or tried
    bool hadBom = false;                        ///< whether the bytes started with a BOM
    bool guessed = false;                       ///< detected without a BOM (heuristic)
    bool ok = false;                            ///< false when the bytes are invalid
    qsizetype errorOffset = -1;                 ///< byte offset of the first invalid byte
    QString error;                              ///< translated message when !ok
};

/// Turns the bytes of a text file into a QString, detecting the encoding when asked.
///
/// Detection order: a byte-order mark (UTF-8, UTF-16 LE/BE); UTF-16 without BOM when every
/// second byte of the start is zero; UTF-8 when the whole buffer is valid UTF-8; otherwise
/// Windows-1252, which can decode any byte. Decoding never writes to disk.
class TextDecoder
{
    Q_DECLARE_TR_FUNCTIONS(TextDecoder)

public:
    /// Decodes `bytes` as `encoding` (Auto detects). On failure `ok` is false and `error`
    /// names the encoding and the byte offset of the first byte that could not be decoded.
    static DecodedText decode(const QByteArray &bytes, TextEncoding encoding = TextEncoding::Auto);

    /// Byte offset of the first invalid UTF-8 sequence in `bytes`, or -1 when all is valid.
    static qsizetype firstInvalidUtf8(const QByteArray &bytes, qsizetype from = 0);

    /// A short display name such as "UTF-8" or "Windows-1252".
    static QString name(TextEncoding encoding);
};

} // namespace prognos
