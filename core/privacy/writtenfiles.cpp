#include "writtenfiles.h"

#include <algorithm>
#include <mutex>

namespace prognos {

namespace {

std::mutex s_mutex;

std::vector<std::string> &registry()
{
    static std::vector<std::string> paths;
    return paths;
}

} // namespace

void WrittenFiles::record(const std::string &path)
{
    const std::lock_guard lock(s_mutex);
    std::vector<std::string> &paths = registry();
    if (std::find(paths.begin(), paths.end(), path) == paths.end())
        paths.push_back(path);
}

std::vector<std::string> WrittenFiles::paths()
{
    const std::lock_guard lock(s_mutex);
    return registry();
}

std::size_t WrittenFiles::count()
{
    const std::lock_guard lock(s_mutex);
    return registry().size();
}

} // namespace prognos
