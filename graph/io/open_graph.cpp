#include "graph/io/open_graph.h"

#include "graph/io/kg_file.h"

#include <stdexcept>

namespace kg::graph {

OpenGraph::OpenGraph(const std::filesystem::path& path, GraphAccess access) {
    if (access == GraphAccess::Read && MappedGraph::looksBinary(path))
        mapped_ = std::make_unique<MappedGraph>(path);
    else
        loaded_ = loadGraph(path);
}

KnowledgeGraph& OpenGraph::editable() {
    if (mapped_)
        throw std::logic_error("OpenGraph::editable on a graph opened for reading");
    return loaded_;
}

} // namespace kg::graph
