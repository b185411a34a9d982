// loadBinaryGraph: builds the editable KnowledgeGraph from a binary graph file, after checking
// every section's checksum. The graph's own rules (one entity per name, one relation per fact)
// are checked as it is built, as the JSON reader does.
#include "base/huge_pages.h"
#include "graph/curation.h"
#include "graph/io/curation_log_json.h"
#include "graph/io/kg_file.h"
#include "graph/mapped_graph.h"

#include <fmt/format.h>

namespace kg::graph {

KnowledgeGraph loadBinaryGraph(const std::filesystem::path& path) {
    MappedGraph file(path);
    file.verify();
    KnowledgeGraph graph;
    graph.reserve(file.entityCount(), 0, file.stringCount());
    for (Sym s = 0; s < file.stringCount(); ++s)
        if (graph.intern(file.str(s)) != s)
            file.corrupt(fmt::format("string {} repeats an earlier string", s));
    for (EntityId id = 0; id < file.entityCount(); ++id) {
        Sym name = file.entityName(id);
        if (name == kNoSym || graph.addEntity(graph.str(name)) != id)
            file.corrupt(fmt::format("entity {}: its name is empty or names another entity", id));
        graph.setType(id, file.entityType(id));
        graph.addMentions(id, file.entityMentions(id));
        for (Sym alias : file.aliases(id))
            if (file.sym(alias) == kNoSym || !graph.addAlias(id, graph.str(alias)))
                file.corrupt(fmt::format("entity {}: alias {} names another entity", id, alias));
    }
    std::vector<Relation> records;
    records.reserve(file.relationCount());
    base::adviseHugePages(records.data(), file.relationCount() * sizeof(Relation));
    for (RelationId id = 0; id < file.relationCount(); ++id) {
        Relation r = file.relationRecord(id);
        if (r.predicate == kNoSym || r.support == 0 || !(r.confidence >= 0 && r.confidence <= 1))
            file.corrupt(fmt::format("relation {}: no predicate, no support or a confidence "
                                     "outside [0, 1]",
                                     id));
        for (Sym s : file.surfaces(id))
            r.surfaces.push_back(file.sym(s));
        for (const Mention& m : file.mentions(id)) {
            for (Sym s : {m.doc, m.text, m.date, m.source})
                file.sym(s);
            r.mentions.push_back(m);
        }
        records.push_back(std::move(r));
    }
    if (auto repeat = graph.addNewRelations(std::move(records)))
        file.corrupt(fmt::format("relation {} repeats an earlier fact", repeat->index));
    if (std::string_view log = file.curationLogText(); !log.empty()) {
        try {
            graph.curationLog() = curationLogFromJson(log);
        } catch (const CurationError& e) {
            file.corrupt(e.what());
        }
    }
    return graph;
}

} // namespace kg::graph
