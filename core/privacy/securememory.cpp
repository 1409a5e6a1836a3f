#include "securememory.h"

#include <cstring>

namespace prognos {

void SecureMemory::wipe(void *data, std::size_t size)
{
    if (!data || size == 0)
        return;
#if defined(__GLIBC__)
    explicit_bzero(data, size);
#else
    volatile unsigned char *bytes = static_cast<volatile unsigned char *>(data);
    while (size--)
        *bytes++ = 0;
#endif
}

} // namespace prognos
