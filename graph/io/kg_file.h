#pragma once
// The .kg file: the whole graph with provenance, as versioned JSON (docs/file-format.md).
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
/// file is untouched and GraphFileError is thrown.
void saveGraph(const KnowledgeGraph& graph, const std::filesystem::path& path);
KnowledgeGraph loadGraph(const std::filesystem::path& path);

} // namespace kg::graph
