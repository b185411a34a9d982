#pragma once
// `kg import FILE.tsv... -o graph.kgb`: plain triples straight to the binary file. The columns
// are built in bulk (strings and entities numbered in order of first use, duplicates merged
// through a hash of the triple, CSR arrays by counting sort in the writer), with no editable
// graph in between, and the file is byte for byte the one the editable import would save.
#include "graph/io/importer.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace kg::graph {

/// Imports TSV files (not stdin: a fall-back must read them again) of plain triples into a new
/// binary graph at `output`. Returns nullopt,
/// having written and reported nothing, when a line has columns past the third (qualifiers,
/// which need the editable graph's rules): the caller then imports the usual way. Malformed
/// lines are handled as importFile does. Throws ImportError, GraphFileError.
std::optional<ImportCounts> importTsvToBinary(const std::vector<std::string>& inputs,
                                              const std::filesystem::path& output,
                                              const ImportOptions& options);

} // namespace kg::graph
