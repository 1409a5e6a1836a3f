#include "preferences.h"

#include <QSettings>

#include <algorithm>

namespace prognos {

namespace {

const char *const kMaxFileKey = "limits/maxFileMegabytes";
const char *const kSessionMemoryKey = "limits/sessionMemoryMegabytes";
const char *const kIdleClearKey = "privacy/idleClearMinutes";

/// The stored value of `key`, or `fallback` when absent or outside [minimum, maximum].
int storedInt(const char *key, int fallback, int minimum, int maximum)
{
    bool ok = false;
    const int value = QSettings().value(key, fallback).toInt(&ok);
    return ok && value >= minimum && value <= maximum ? value : fallback;
}

void store(const char *key, int value)
{
    QSettings().setValue(key, value);
}

} // namespace

int Preferences::maxFileMegabytes()
{
    return storedInt(kMaxFileKey, kDefaultMaxFileMegabytes, 1, 2000);
}

void Preferences::setMaxFileMegabytes(int megabytes)
{
    store(kMaxFileKey, std::clamp(megabytes, 1, 2000));
}

int Preferences::sessionMemoryMegabytes()
{
    return storedInt(kSessionMemoryKey, kDefaultSessionMemoryMegabytes, 1, 1 << 20);
}

void Preferences::setSessionMemoryMegabytes(int megabytes)
{
    store(kSessionMemoryKey, std::clamp(megabytes, 1, 1 << 20));
}

int Preferences::idleClearMinutes()
{
    return storedInt(kIdleClearKey, kDefaultIdleClearMinutes, 0, 7 * 24 * 60);
}

void Preferences::setIdleClearMinutes(int minutes)
{
    store(kIdleClearKey, std::clamp(minutes, 0, 7 * 24 * 60));
}

} // namespace prognos
