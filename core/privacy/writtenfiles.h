#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace prognos {

/// The process-wide list of the files the application wrote in this session, for the
/// privacy status window: every export reports here when it is committed. Thread-safe.
class WrittenFiles
{
public:
    /// Records that `path` (UTF-8) was written; a path written again is listed once.
    static void record(const std::string &path);
    /// The paths written so far, in the order of their first write.
    static std::vector<std::string> paths();
    static std::size_t count();
};

} // namespace prognos
