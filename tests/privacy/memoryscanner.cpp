#include "memoryscanner.h"

#include <QFile>
#include <QTextStream>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>

namespace prognos::testing {

std::vector<std::uintptr_t> MemoryScanner::find(const QByteArray &needle, std::uintptr_t skipBegin,
                                                std::uintptr_t skipEnd)
{
    std::vector<std::uintptr_t> hits;
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return hits;
    const QList<QByteArray> lines = maps.readAll().split('\n');
    const int memory = ::open("/proc/self/mem", O_RDONLY);
    if (memory < 0)
        return hits;
    std::vector<char> buffer;
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 2 || !fields[1].startsWith('r') || line.contains("[vvar]") ||
            line.contains("[vsyscall]"))
            continue;
        const QList<QByteArray> range = fields[0].split('-');
        const std::uintptr_t begin = range.value(0).toULongLong(nullptr, 16);
        const std::uintptr_t end = range.value(1).toULongLong(nullptr, 16);
        buffer.resize(end - begin);
        const ssize_t read = ::pread(memory, buffer.data(), buffer.size(), off_t(begin));
        if (read <= 0)
            continue;
        const char *first = buffer.data();
        const char *last = buffer.data() + read;
        for (const char *at = first;
             (at = std::search(at, last, needle.begin(), needle.end())) != last; ++at) {
            const std::uintptr_t address = begin + std::uintptr_t(at - first);
            if (address < skipBegin || address >= skipEnd)
                hits.push_back(address);
        }
    }
    std::fill(buffer.begin(), buffer.end(), 0);
    ::close(memory);
    return hits;
}

} // namespace prognos::testing
