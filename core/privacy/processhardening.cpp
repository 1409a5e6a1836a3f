#include "processhardening.h"

#include <cerrno>
#include <cstdio>
#include <cstring>

#if defined(__linux__)
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#elif defined(__APPLE__)
#include <sys/mman.h>
#include <sys/resource.h>
#elif defined(_WIN32)
#include <windows.h>
#endif

namespace prognos {

namespace {

HardeningReport s_report;

} // namespace

HardeningReport ProcessHardening::apply()
{
    HardeningReport report;
#if defined(__linux__) || defined(__APPLE__)
    const rlimit noCore{0, 0};
    report.coreDumpsDisabled = setrlimit(RLIMIT_CORE, &noCore) == 0;
    if (!report.coreDumpsDisabled)
        report.notes.push_back(std::string("core dump limit: ") + std::strerror(errno));
#endif
#if defined(__linux__)
    report.notDumpable = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
    if (!report.notDumpable)
        report.notes.push_back(std::string("not dumpable: ") + std::strerror(errno));
#endif
#if defined(__linux__) || defined(__APPLE__)
    // Locking everything may exceed the limit for unprivileged users; that is reported,
    // never fatal.
    report.memoryLocked = mlockall(MCL_CURRENT | MCL_FUTURE) == 0;
    if (!report.memoryLocked)
        report.notes.push_back(std::string("memory not locked: ") + std::strerror(errno));
#endif
#if defined(_WIN32)
    SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX);
    report.coreDumpsDisabled = true;
    report.notes.push_back("Windows Error Reporting dialogs are off for this process");
#endif
    s_report = report;
    return report;
}

const HardeningReport &ProcessHardening::lastReport()
{
    return s_report;
}

std::size_t ProcessHardening::lockedBytes()
{
    std::size_t kilobytes = 0;
#if defined(__linux__)
    if (std::FILE *status = std::fopen("/proc/self/status", "re")) {
        char line[256];
        while (std::fgets(line, sizeof line, status)) {
            if (std::sscanf(line, "VmLck: %zu kB", &kilobytes) == 1)
                break;
        }
        std::fclose(status);
    }
#endif
    return kilobytes * 1024;
}

} // namespace prognos
