// Replaying the log on a graph a build has just added to: what the curator decided about names
// and facts is applied again to whatever the new text brought in. Each step does nothing when
// the graph already agrees with it, so replaying a log twice changes nothing more.
#include "graph/curation.h"
#include "graph/curation_images.h"

#include <fmt/format.h>

namespace kg::graph {
namespace {

// Joins every entity that goes by one of `names` into the one named `into` (or, if no entity
// has that name yet, into the first found, which takes the name).
bool replayMerge(KnowledgeGraph& graph, const EntityMerge& merge) {
    std::optional<EntityId> keep = graph.findEntity(merge.into);
    bool changed = false;
    for (const std::string& name : merge.names) {
        auto other = graph.findEntity(name);
        if (!other || other == keep)
            continue;
        if (!keep) {
            keep = other;
            graph.rename(*keep, merge.into);
        } else {
            graph.mergeEntities(*keep, *other);
        }
        changed = true;
    }
    return changed;
}

bool replayRename(KnowledgeGraph& graph, const EntityRename& rename) {
    auto id = graph.findEntity(rename.from);
    if (!id || graph.name(*id) == rename.to)
        return false;
    if (auto other = graph.findEntity(rename.to))
        graph.mergeEntities(*other, *id); // new text made an entity of the new name: join them
    else
        graph.rename(*id, rename.to);
    return true;
}

// A fact made or confirmed by hand stays, whatever an older entry said about it.
bool replayDeletion(KnowledgeGraph& graph, const FactImage& fact) {
    auto id = findFact(graph, fact);
    if (!id || hasManualMention(graph, graph.relation(*id)))
        return false;
    graph.removeRelation(*id);
    return true;
}

bool replayAddition(KnowledgeGraph& graph, const FactImage& fact) {
    if (findFact(graph, fact))
        return false;
    auto end = [&](const std::string& name) {
        return name.empty() ? kNoId : graph.addEntity(name);
    };
    EntityId source = end(fact.source), target = end(fact.target), speaker = end(fact.speaker);
    graph.addRelation(relationFromImage(graph, fact, source, target, speaker));
    return true;
}

} // namespace

std::string ReplayCounts::describe() const {
    return fmt::format("curation log applied again: {} merged, {} renamed, {} deleted, {} added",
                       merged, renamed, deleted, added);
}

ReplayCounts replayCurationLog(KnowledgeGraph& graph) {
    ReplayCounts counts;
    for (const CurationEntry& entry : graph.curationLog()) {
        const ReplaySteps& steps = entry.replay;
        for (const EntityMerge& m : steps.merged)
            counts.merged += replayMerge(graph, m) ? 1 : 0;
        for (const EntityRename& r : steps.renamed)
            counts.renamed += replayRename(graph, r) ? 1 : 0;
        for (const FactImage& f : steps.deleted)
            counts.deleted += replayDeletion(graph, f) ? 1 : 0;
        for (const FactImage& f : steps.added)
            counts.added += replayAddition(graph, f) ? 1 : 0;
    }
    return counts;
}

} // namespace kg::graph
