#include "export/graph_part.h"

#include <map>

namespace kg::exporter {

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

} // namespace kg::exporter
