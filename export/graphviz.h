#pragma once
// Move-only owners for Graphviz's C handles (Debian ships Graphviz 2.42, without the cgraph++ and
// gvc++ wrappers). The C API takes `char*` everywhere; the const_casts stay inside these classes.
// Graphviz reports errors through a global callback: it is captured here and thrown as
// GraphvizError, so nothing of Graphviz's reaches the user's terminal.
#include <cgraph.h>
#include <gvc.h>
#include <stdexcept>
#include <string>
#include <string_view>

namespace kg::exporter {

class GraphvizError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Interned attribute declaration: setting through it skips the name lookup agsafeset does.
class AttrSym {
public:
    AttrSym() = default;
    explicit AttrSym(Agsym_t* sym) : sym_(sym) {}
    Agsym_t* c_struct() const { return sym_; }

private:
    Agsym_t* sym_ = nullptr;
};

/// A cgraph graph (agopen/agclose). Directed and not strict: several facts between the same
/// pair of entities stay several edges.
class DotGraph {
public:
    explicit DotGraph(std::string_view name);
    /// Parses DOT text (as agmemread, with the ids below); throws GraphvizError if it is not DOT.
    static DotGraph parse(const std::string& text);
    DotGraph(DotGraph&& other) noexcept;
    DotGraph& operator=(DotGraph&& other) noexcept;
    DotGraph(const DotGraph&) = delete;
    DotGraph& operator=(const DotGraph&) = delete;
    ~DotGraph();

    /// Declares an attribute with its default for graphs (AGRAPH), nodes (AGNODE) or edges
    /// (AGEDGE). Objects that never set it keep the default and agwrite leaves it out.
    AttrSym declare(int kind, std::string_view name, std::string_view defaultValue);
    void setGraphAttr(std::string_view name, std::string_view value);

    Agraph_t* subgraph(std::string_view name);
    /// Creates the node `name` in `where` (the root graph or one of its subgraphs).
    Agnode_t* node(Agraph_t* where, std::string_view name);
    Agnode_t* node(std::string_view name) { return node(g_, name); }
    /// A new edge every call, even between the same pair (named edges would be merged).
    Agedge_t* edge(Agnode_t* tail, Agnode_t* head);
    static void set(void* object, const AttrSym& attr, std::string_view value);

    /// The DOT text, as agwrite writes it.
    std::string dot() const;

    Agraph_t* c_struct() const { return g_; }

private:
    DotGraph() = default;
    Agraph_t* g_ = nullptr;
};

/// A gvc context (gvContext/gvFreeContext), with the layout and render plugins loaded.
class GvContext {
public:
    GvContext();
    GvContext(GvContext&& other) noexcept;
    GvContext& operator=(GvContext&& other) noexcept;
    GvContext(const GvContext&) = delete;
    GvContext& operator=(const GvContext&) = delete;
    ~GvContext();

    GVC_t* c_struct() const { return gvc_; }

private:
    GVC_t* gvc_ = nullptr;
};

/// Rendered bytes from gvRenderData, freed with gvFreeRenderData. PNG and PDF hold NUL bytes, so
/// the content is a length-delimited view, never a C string.
class Rendered {
public:
    Rendered(char* data, unsigned length) : data_(data), length_(length) {}
    Rendered(Rendered&& other) noexcept;
    Rendered& operator=(Rendered&& other) noexcept;
    Rendered(const Rendered&) = delete;
    Rendered& operator=(const Rendered&) = delete;
    ~Rendered();

    std::string_view bytes() const { return {data_, length_}; }

private:
    char* data_ = nullptr;
    unsigned length_ = 0;
};

/// A layout of one graph, scoped: gvLayout in the constructor, gvFreeLayout in the destructor.
/// Holds references, so it must not outlive the context or the graph.
class GvLayout {
public:
    GvLayout(const GvContext& context, const DotGraph& graph, std::string_view engine);
    GvLayout(const GvLayout&) = delete;
    GvLayout& operator=(const GvLayout&) = delete;
    ~GvLayout();

    /// Renders in memory: "svg", "png", "pdf", ...
    Rendered render(std::string_view format) const;

private:
    const GvContext& context_;
    const DotGraph& graph_;
};

} // namespace kg::exporter
