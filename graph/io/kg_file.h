#pragma once
// Graph files: the whole graph with provenance, as versioned JSON (.kg, the interchange form) or
// as the binary form (.kgb) that read-only commands map instead of loading (docs/file-format.md).
#include "graph/knowledge_graph.h"

#include <filesystem>
#include <stdexcept>
#include <string>

namespace kg::graph {

/// A file that cannot be read as a graph; what() names the file and the byte offset.
class GraphFileError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Writes atomically (temp file in the same folder, fsync, rename): on any failure the previous
/// file is untouched and GraphFileError is thrown. A path ending in ".kgb" gets the binary form,
/// any other the JSON form.
void saveGraph(const KnowledgeGraph& graph, const std::filesystem::path& path);
/// Reads either form, told apart by the file's first bytes.
KnowledgeGraph loadGraph(const std::filesystem::path& path);

/// True when saveGraph writes `path` in the binary form.
bool isBinaryGraphPath(const std::filesystem::path& path);
void saveBinaryGraph(const KnowledgeGraph& graph, const std::filesystem::path& path);
/// Checks every checksum and rule of the binary form while building the graph.
KnowledgeGraph loadBinaryGraph(const std::filesystem::path& path);

} // namespace kg::graph
