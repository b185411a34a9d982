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
        // One arena: a worker's own arena lives in 64 MB heaps, so a parse's 30 MB block often
        // needs a fresh heap that is unmapped again when the sentence is done. The main arena
        // grows without that limit; the threads share its lock, which each malloc holds briefly.
        mallopt(M_ARENA_MAX, 1);
        // Blocks above 32 MB are always mmap'd (and unmapped on free) unless mmap is off; the
        // main arena then serves them from its heap and reuses the pages.
        mallopt(M_MMAP_MAX, 0);
        // Keep freed memory at the top of the heap for the next sentence rather than give it
        // back to the system and fault it in again.
        mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
    });
#endif
}

} // namespace kg::extract
