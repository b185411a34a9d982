#pragma once
// How the process allocator serves link-grammar. A parse allocates and frees blocks of tens of
// megabytes (18-40 MB on 25-word sentences); glibc's defaults hand such blocks back to the
// system after each sentence and fault them in again for the next, and a worker thread's arena
// (heaps of at most 64 MB) does so far more often than the main one. With N threads that costs
// more CPU than the parsing it serves (bench/RESULTS.md, "-j 2 on one file of lines").

namespace kg::extract {

/// Makes each thread's heap keep its freed pages for the next sentence (glibc: no mmap'd chunks,
/// trimmed only above 256 MB). Process-wide and idempotent; called before the parser threads
/// start. Does nothing on other C libraries.
void keepParserMemory();

} // namespace kg::extract
