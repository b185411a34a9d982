#pragma once
// A graph file opened for one command. A command that only reads a binary file maps it (opening
// costs a header check, and a query pages in what it touches); a command that changes the graph,
// or reads a JSON file, gets the editable KnowledgeGraph. Either way it reads through view().
#include "graph/graph_view.h"
#include "graph/knowledge_graph.h"
#include "graph/mapped_graph.h"

#include <filesystem>
#include <memory>

namespace kg::graph {

enum class GraphAccess { Read, Edit };

class OpenGraph {
public:
    /// Throws GraphFileError naming the file.
    OpenGraph(const std::filesystem::path& path, GraphAccess access);

    GraphView view() const { return mapped_ ? GraphView(*mapped_) : GraphView(loaded_); }
    /// The editable graph: only for GraphAccess::Edit (or a JSON file).
    KnowledgeGraph& editable();

private:
    std::unique_ptr<MappedGraph> mapped_;
    KnowledgeGraph loaded_;
};

} // namespace kg::graph
