#pragma once
// How the process allocator serves link-grammar. A parse allocates and frees blocks of tens of
// megabytes (18-40 MB on 25-word sentences); glibc's defaults hand such blocks back to the
// system after each sentence and fault them in again for the next, which costs a good share of
// the parsing it serves (bench/RESULTS.md, "-j 2 on one file of lines").

namespace kg::extract {

/// Makes the heap keep its freed pages for the next sentence (glibc: no mmap'd chunks, trimmed
/// only above 256 MB). Process-wide and idempotent; called when the dictionary is loaded, so
/// the parsing workers forked after it inherit it. Does nothing on other C libraries.
void keepParserMemory();

} // namespace kg::extract
