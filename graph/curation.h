#pragma once
// Recording, undoing and replaying manual changes (docs/curation.md). A change is recorded by
// comparing the graph with a snapshot taken before it; undo rebuilds the graph as it was from
// the entry's before-images; replay applies what the log's entries decided to a rebuilt graph.
#include "graph/curation_log.h"
#include "graph/knowledge_graph.h"

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace kg::graph {

/// A log that cannot be undone or read; what() is one line for the user.
class CurationError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// The graph's live objects as they are now, in id order, to compare a changed graph with.
/// Symbols are the graph's own: valid while the graph lives (its string pool only grows).
struct GraphSnapshot {
    std::vector<EntityId> entityIds;
    std::vector<Entity> entities;
    EntityId entityBound = 0;
    std::vector<RelationId> relationIds;
    std::vector<Relation> relations;
    RelationId relationBound = 0;
};
GraphSnapshot takeSnapshot(const KnowledgeGraph& graph);

/// The entry for the change from `before` to `graph`, what, when and note left empty. A change
/// that changed nothing still gives an entry: call it only when the graph's generation moved.
CurationEntry describeChange(const GraphSnapshot& before, const KnowledgeGraph& graph);

/// Records the change from `before` to `graph` as the newest entry of the graph's log, stamped
/// with the current UTC time.
void logChange(KnowledgeGraph& graph, const GraphSnapshot& before, std::string what,
               std::string note);

/// The `what` of an entry for a script: each statement as written, ending in ';', one per line.
std::string scriptText(const std::vector<std::string_view>& statements);

/// A hash of everything a saved graph holds except its log: equal graphs (as saved) give
/// equal fingerprints whatever their in-memory ids.
std::uint64_t graphFingerprint(const KnowledgeGraph& graph);

/// The graph as it was before its last logged change, with that entry dropped from the log.
/// CurationError when the log is empty or the graph changed after that entry was made.
KnowledgeGraph undoLastChange(const KnowledgeGraph& graph);

struct ReplayCounts {
    std::size_t merged = 0;
    std::size_t renamed = 0;
    std::size_t deleted = 0;
    std::size_t added = 0;
    bool any() const { return merged + renamed + deleted + added > 0; }
    /// "curation log applied again: 1 merged, 0 renamed, 1 deleted, 0 added"
    std::string describe() const;
};
/// Applies every entry's replay steps, oldest first, to a graph a build has just added to:
/// names the curator merged or renamed are joined again, facts they deleted are taken out
/// (unless a curator made them by hand since), facts they added are put back if missing.
ReplayCounts replayCurationLog(KnowledgeGraph& graph);

} // namespace kg::graph
