#pragma once

namespace prognos {

/// Character encodings the importer understands.
enum class TextEncoding {
    Auto,        ///< detect: BOM first, then UTF-8 if valid, else Windows-1252
    Utf8,        ///< UTF-8; a leading BOM, if any, is removed
    Utf16LE,     ///< UTF-16 little endian; a leading BOM, if any, is removed
    Utf16BE,     ///< UTF-16 big endian; a leading BOM, if any, is removed
    Windows1252, ///< Windows "ANSI" Western European code page (a superset of Latin-1)
};

} // namespace prognos
