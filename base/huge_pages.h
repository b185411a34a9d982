#pragma once
// Large arrays read and written at random (a graph's relation records, its fact index) run
// faster on 2 MB pages: one TLB entry and one page fault where 4 kB pages take 512. Linux gives
// them (transparent huge pages, in its default "madvise" mode) only to memory that asks.
#include <cstddef>

namespace kg::base {

/// Asks for huge pages for the whole 2 MB pages inside [data, data + bytes). A hint: it matters
/// only before the memory is first written, and is ignored where unsupported.
void adviseHugePages(void* data, std::size_t bytes);

} // namespace kg::base
