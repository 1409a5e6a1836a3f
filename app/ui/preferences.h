#pragma once

#include <QtGlobal>

namespace prognos {

/// The preferences kept between runs, each declared once here with its QSettings key and
/// default. Nothing else of the application goes to QSettings (the README lists the keys).
class Preferences
{
public:
    /// `limits/maxFileMegabytes`: files larger than this are refused before they are read.
    static constexpr int kDefaultMaxFileMegabytes = 50;
    /// `limits/sessionMemoryMegabytes`: what one session may hold (import, cleaned data,
    /// results).
    static constexpr int kDefaultSessionMemoryMegabytes = 500;
    /// `privacy/idleClearMinutes`: minutes without input before every session's data is
    /// wiped; 0 turns the auto-clear off.
    static constexpr int kDefaultIdleClearMinutes = 120;

    static int maxFileMegabytes();
    static void setMaxFileMegabytes(int megabytes);
    /// The file size limit in bytes.
    static qint64 maxFileBytes() { return qint64(maxFileMegabytes()) << 20; }

    static int sessionMemoryMegabytes();
    static void setSessionMemoryMegabytes(int megabytes);
    /// The per-session memory limit in bytes.
    static qint64 sessionMemoryBytes() { return qint64(sessionMemoryMegabytes()) << 20; }

    static int idleClearMinutes();
    static void setIdleClearMinutes(int minutes);
};

} // namespace prognos
