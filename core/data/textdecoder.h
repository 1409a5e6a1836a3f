#pragma once

#include "decodedtext.h"
#include "textencoding.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace prognos {

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
    ///
    /// With `keepAscii`, UTF-8 that is plain ASCII is left undecoded: `ascii` is set, `text`
    /// stays empty and the caller reads the bytes from `asciiFrom` on as Latin-1.
    static DecodedText decode(const QByteArray &bytes, TextEncoding encoding = TextEncoding::Auto,
                              bool keepAscii = false);

    /// Byte offset of the first invalid UTF-8 sequence in `bytes`, or -1 when all is valid.
    static qsizetype firstInvalidUtf8(const QByteArray &bytes, qsizetype from = 0);

    /// A short display name such as "UTF-8" or "Windows-1252".
    static QString name(TextEncoding encoding);
};

} // namespace prognos
