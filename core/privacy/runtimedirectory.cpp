#include "runtimedirectory.h"

#include <cstdlib>

#if defined(__linux__)
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace prognos {

std::string RuntimeDirectory::prepare()
{
#if defined(__linux__)
    const char *current = std::getenv("XDG_RUNTIME_DIR");
    if (current && isUsable(current))
        return current;
    const char *home = std::getenv("HOME");
    for (const std::string &candidate :
         {"/run/user/" + std::to_string(geteuid()), std::string(home ? home : "")}) {
        if (!candidate.empty() && isUsable(candidate)) {
            setenv("XDG_RUNTIME_DIR", candidate.c_str(), 1);
            return candidate;
        }
    }
#endif
    return {};
}

bool RuntimeDirectory::isUsable(const std::string &path)
{
#if defined(__linux__)
    struct stat info = {};
    return !path.empty() && path.front() == '/' && lstat(path.c_str(), &info) == 0 &&
           S_ISDIR(info.st_mode) && info.st_uid == geteuid() && (info.st_mode & 07777) == 0700;
#else
    (void)path;
    return false;
#endif
}

} // namespace prognos
