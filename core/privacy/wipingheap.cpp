#include "wipingheap.h"

#include "securememory.h"

#include <atomic>
#include <cerrno>
#include <cstring>

#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) ||                         \
    __has_feature(memory_sanitizer)
#define PROGNOS_SANITIZED 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define PROGNOS_SANITIZED 1
#endif

#if defined(__GLIBC__) && !defined(PROGNOS_SANITIZED)
#define PROGNOS_WIPING_HEAP 1
#include <malloc.h>
#endif

namespace {

std::atomic<std::size_t> s_wipedBytes{0};

} // namespace

namespace prognos {

bool WipingHeap::isActive()
{
#ifdef PROGNOS_WIPING_HEAP
    return true;
#else
    return false;
#endif
}

std::size_t WipingHeap::wipedBytes()
{
    return s_wipedBytes.load(std::memory_order_relaxed);
}

} // namespace prognos

#ifdef PROGNOS_WIPING_HEAP

// glibc's own entry points, which these replacements forward to.
extern "C" {
void *__libc_malloc(std::size_t size);
void *__libc_calloc(std::size_t count, std::size_t size);
void *__libc_memalign(std::size_t alignment, std::size_t size);
void __libc_free(void *pointer);
}

namespace {

void wipeAndFree(void *pointer)
{
    if (!pointer)
        return;
    const std::size_t size = malloc_usable_size(pointer);
    prognos::SecureMemory::wipe(pointer, size);
    s_wipedBytes.fetch_add(size, std::memory_order_relaxed);
    __libc_free(pointer);
}

} // namespace

extern "C" {

void *malloc(std::size_t size)
{
    return __libc_malloc(size);
}

void *calloc(std::size_t count, std::size_t size)
{
    return __libc_calloc(count, size);
}

void free(void *pointer)
{
    wipeAndFree(pointer);
}

void cfree(void *pointer)
{
    wipeAndFree(pointer);
}

void *realloc(void *pointer, std::size_t size)
{
    if (!pointer)
        return __libc_malloc(size);
    if (size == 0) {
        wipeAndFree(pointer);
        return nullptr;
    }
    const std::size_t available = malloc_usable_size(pointer);
    if (size <= available)
        return pointer; // fits where it is: nothing is left behind
    void *moved = __libc_malloc(size);
    if (!moved)
        return nullptr;
    std::memcpy(moved, pointer, available);
    wipeAndFree(pointer);
    return moved;
}

void *reallocarray(void *pointer, std::size_t count, std::size_t size)
{
    std::size_t total = 0;
    if (__builtin_mul_overflow(count, size, &total)) {
        errno = ENOMEM;
        return nullptr;
    }
    return realloc(pointer, total);
}

void *memalign(std::size_t alignment, std::size_t size)
{
    return __libc_memalign(alignment, size);
}

void *aligned_alloc(std::size_t alignment, std::size_t size)
{
    return __libc_memalign(alignment, size);
}

int posix_memalign(void **result, std::size_t alignment, std::size_t size)
{
    if (alignment % sizeof(void *) != 0 || (alignment & (alignment - 1)) != 0)
        return EINVAL;
    void *pointer = __libc_memalign(alignment, size);
    if (!pointer)
        return ENOMEM;
    *result = pointer;
    return 0;
}

void *valloc(std::size_t size)
{
    return __libc_memalign(4096, size);
}

void *pvalloc(std::size_t size)
{
    return __libc_memalign(4096, (size + 4095) & ~std::size_t(4095));
}

} // extern "C"

#endif
