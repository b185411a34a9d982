#include "export/graph_part.h"

#include <fmt/format.h>
#include <map>

namespace kg::exporter {
namespace {

// The attribute `name` of the graph's nodes, declared with `fallback` as its default if it is not
// yet (declaring an existing one again would change its default for every node).
AttrSym nodeAttribute(Agraph_t* g, const char* name, const char* fallback) {
    Agsym_t* sym = agattr(g, AGNODE, const_cast<char*>(name), nullptr);
    return AttrSym(sym != nullptr
                       ? sym
                       : agattr(g, AGNODE, const_cast<char*>(name), const_cast<char*>(fallback)));
}

} // namespace

DotGraph copyPart(Agraph_t* root, const std::vector<Agnode_t*>& nodes,
                  const std::function<bool(Agedge_t*)>& keepEdge,
                  const std::set<std::string, std::less<>>& rootOnly) {
    DotGraph part("part");
    for (Agsym_t* sym = agnxtattr(root, AGRAPH, nullptr); sym != nullptr;
         sym = agnxtattr(root, AGRAPH, sym))
        if (!rootOnly.contains(sym->name))
            part.setGraphAttr(sym->name, agxget(root, sym));
    for (int kind : {AGNODE, AGEDGE})
        for (Agsym_t* sym = agnxtattr(root, kind, nullptr); sym != nullptr;
             sym = agnxtattr(root, kind, sym))
            part.declare(kind, sym->name, sym->defval);
    std::map<Agnode_t*, Agnode_t*> copies;
    for (Agnode_t* n : nodes) {
        Agnode_t* copy = part.node(agnameof(n));
        agcopyattr(n, copy);
        copies.emplace(n, copy);
    }
    for (Agnode_t* n : nodes)
        for (Agedge_t* e = agfstout(root, n); e != nullptr; e = agnxtout(root, e))
            if (auto head = copies.find(aghead(e)); head != copies.end() && keepEdge(e))
                agcopyattr(e, part.edge(copies.at(n), head->second));
    return part;
}

void makeFixedBox(Agnode_t* n, double widthInches, double heightInches) {
    Agraph_t* g = agraphof(n);
    DotGraph::set(n, nodeAttribute(g, "shape", "ellipse"), "box");
    DotGraph::set(n, nodeAttribute(g, "fixedsize", "false"), "true");
    DotGraph::set(n, nodeAttribute(g, "width", "0.75"), fmt::format("{:.3f}", widthInches));
    DotGraph::set(n, nodeAttribute(g, "height", "0.5"), fmt::format("{:.3f}", heightInches));
}

} // namespace kg::exporter
