#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace prognos {

/// What ProcessHardening::apply() achieved, for the privacy status window.
struct HardeningReport
{
    bool coreDumpsDisabled = false; ///< the core file size limit is 0
    bool notDumpable = false;       ///< Linux: the process is not dumpable (no core, no ptrace)
    bool memoryLocked = false;      ///< current and future pages are locked out of swap
    std::vector<std::string> notes; ///< what could not be done, and why (never fatal)
};

/// Keeps the process's memory out of core dumps, crash reports and swap where the system
/// allows: core limit 0, not dumpable (Linux), error reporting off (Windows), and an attempt
/// to lock memory. Call once at start-up, before any user data is read.
class ProcessHardening
{
public:
    static HardeningReport apply();
    /// The report of the last apply() in this process.
    static const HardeningReport &lastReport();
    /// Bytes of this process's memory locked out of swap now (Linux: VmLck of
    /// /proc/self/status; 0 where unknown).
    static std::size_t lockedBytes();
};

} // namespace prognos
