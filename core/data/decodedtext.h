#pragma once

#include "textencoding.h"

#include <QString>

namespace prognos {

/// The outcome of decoding a byte buffer into text.
struct DecodedText
{
    QString text;            ///< decoded text, without byte-order mark
    bool ascii = false;      ///< plain ASCII left undecoded: the text is the bytes from asciiFrom
    qsizetype asciiFrom = 0; ///< where the text starts in the bytes (after a byte-order mark)
    TextEncoding encoding = TextEncoding::Auto; ///< the encoding that was used or tried
    bool hadBom = false;                        ///< whether the bytes started with a BOM
    bool guessed = false;                       ///< detected without a BOM (heuristic)
    bool ok = false;                            ///< false when the bytes are invalid
    qsizetype errorOffset = -1;                 ///< byte offset of the first invalid byte
    QString error;                              ///< translated message when !ok
};

} // namespace prognos
