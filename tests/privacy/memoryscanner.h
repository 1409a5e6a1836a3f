#pragma once

#include <QByteArray>

#include <cstdint>
#include <vector>

namespace prognos::testing {

/// Scans the readable memory of this process for a byte pattern, through /proc/self/mem so
/// that unreadable pages are skipped instead of faulting. Linux only.
class MemoryScanner
{
public:
    /// Addresses where `needle` occurs, leaving out matches inside [skipBegin, skipEnd).
    static std::vector<std::uintptr_t> find(const QByteArray &needle, std::uintptr_t skipBegin,
                                            std::uintptr_t skipEnd);
};

} // namespace prognos::testing
