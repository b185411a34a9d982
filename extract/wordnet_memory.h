#pragma once
// WordNet's database from memory. The WordNet C library answers every lookup by binary search
// over its index files and a seek into its data files, through stdio: some 40 system calls a
// lookup, and on text full of new words (CaRB dev) more CPU than kg's own claim reading. The
// files are mapped once instead and the library's streams pointed at the mapping, so the library
// runs unchanged (same answers) with no system call per lookup.

namespace kg::extract {

/// After wninit() succeeded, once, under WordNet's lock: replaces the library's index and data
/// streams of every part of speech with read-only streams over mappings of the same files. A
/// part whose file cannot be mapped keeps its file stream. The mappings last for the process.
void serveWordNetFromMemory();

} // namespace kg::extract
