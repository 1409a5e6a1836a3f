#pragma once

#include <cstddef>

namespace prognos {

/// Every heap block of the process is overwritten with zeros before it is freed (on glibc,
/// where this library replaces malloc's entry points and forwards to glibc's own). So no
/// container that held user data — the file bytes, tables, matrices, forecasts, strings —
/// leaves its contents in freed memory, whatever code released it.
///
/// The replacement is linked into each executable (see core/privacy/CMakeLists.txt). It is
/// off in sanitizer builds, whose own allocator must stay in charge.
class WipingHeap
{
public:
    /// Whether freed heap memory is wiped in this process.
    static bool isActive();

    /// Number of bytes wiped on free so far (for the privacy status window and tests).
    static std::size_t wipedBytes();
};

} // namespace prognos
