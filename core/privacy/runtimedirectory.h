#pragma once

#include <string>

namespace prognos {

/// Keeps Qt's GUI start-up from touching the disk or the network outside the user's private
/// runtime directory. On Linux, creating a QGuiApplication looks into the runtime directory
/// (Qt 6.4 checks for a Flatpak there, whatever the platform). When XDG_RUNTIME_DIR does not
/// name a usable directory (a folder of the user's own, mode 0700), Qt instead looks up the
/// user's name — and glibc may first try the nscd socket — then creates
/// `$TMPDIR/runtime-<user>`. Call this before the QGuiApplication exists.
class RuntimeDirectory
{
public:
    /// Leaves a usable XDG_RUNTIME_DIR as it is; otherwise sets it, for this process, to the
    /// first usable one of `/run/user/<uid>` and the home folder (a private home is mode
    /// 0700). Nothing is created. Returns the directory used, or an empty string when there
    /// is none (Qt then falls back as described).
    static std::string prepare();

    /// Whether `path` is a usable runtime directory for this process: a directory (not a
    /// link) owned by the effective user, with mode 0700.
    static bool isUsable(const std::string &path);
};

} // namespace prognos
