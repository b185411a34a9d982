#pragma once
// WordNet's database from memory. The WordNet C library answers every lookup by binary search
// over its index files and a seek into its data files, through stdio: some 40 system calls a
// lookup, and on text full of new words (CaRB dev) more CPU than kg's own claim reading. The
// files are mapped once instead and the library's streams pointed at the mapping, so the library
// runs unchanged (same answers) with no system call per lookup.
//
// The binary search itself still cost 5 % of a `-j 1` run through those streams (a seek, a
// character-by-character skip to the next line and a copy of the line at each of ~17 steps), so
// kg defines the library's `bin_search` too: the dynamic linker then sends the library's own
// calls (index_lookup, morphstr) to kg's, which takes the same steps over the mapped bytes and
// hands the same line to the library's record parsing. A stream kg did not map (morphstr's
// exception lists) is searched by the library's own function.
#include <string_view>

namespace kg::extract {

/// After wninit() succeeded, once, under WordNet's lock: replaces the library's index and data
/// streams of every part of speech with read-only streams over mappings of the same files. A
/// part whose file cannot be mapped keeps its file stream. The mappings last for the process.
void serveWordNetFromMemory();

/// The line WordNet's bin_search finds for `key` in `file` (the bytes of a file of lines sorted
/// by their first space-delimited word), found by the library's own steps: the same probes in the
/// same order, so the same answer even where the file is not strictly sorted. Empty when the
/// search ends on another key. `lineStart` gets the offset of the last line read, as the
/// library's last_bin_search_offset does.
std::string_view wordNetSearch(std::string_view file, std::string_view key, long& lineStart);

} // namespace kg::extract
