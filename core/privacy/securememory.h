#pragma once

#include <cstddef>

namespace prognos {

/// Overwriting memory that held user data, in a way the compiler cannot optimise away.
class SecureMemory
{
public:
    /// Sets `size` bytes at `data` to zero.
    static void wipe(void *data, std::size_t size);
};

} // namespace prognos
