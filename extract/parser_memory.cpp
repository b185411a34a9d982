#include "extract/parser_memory.h"

#include <mutex>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace kg::extract {

void keepParserMemory() {
#if defined(__GLIBC__)
    static std::once_flag once;
    std::call_once(once, [] {
        // Blocks above 32 MB are always mmap'd (and unmapped on free) unless mmap is off; the
        // heap then serves them and reuses the pages.
        mallopt(M_MMAP_MAX, 0);
        // Keep freed memory at the top of the heap for the next sentence rather than give it
        // back to the system and fault it in again.
        mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
    });
#endif
}

} // namespace kg::extract
