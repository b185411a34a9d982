#pragma once
// Between the graph's records and the log's images (graph/curation_log.h): the one place that
// turns symbols into strings and back, and finds a logged fact in a graph by its names.
#include "graph/curation_log.h"
#include "graph/knowledge_graph.h"

#include <functional>
#include <optional>
#include <string>

namespace kg::graph {

using EntityNamer = std::function<std::string(EntityId)>;

EntityImage entityImage(const KnowledgeGraph& graph, const Entity& entity);
/// `nameOf` names the fact's ends and speaker (the graph's names may have changed since).
FactImage factImage(const KnowledgeGraph& graph, const Relation& relation,
                    const EntityNamer& nameOf);
/// The record of `image` in `graph` with the given ends and speaker (strings interned).
Relation relationFromImage(KnowledgeGraph& graph, const FactImage& image, EntityId source,
                           EntityId target, EntityId speaker);
/// What makes a fact that fact (KnowledgeGraph's identity: ends, predicate, negation,
/// modality, speaker, qualifiers), as one string.
std::string factKey(const FactImage& image);
/// The live fact with the image's identity, its ends and speaker found by name or alias.
std::optional<RelationId> findFact(const KnowledgeGraph& graph, const FactImage& image);
/// True when one of the fact's mentions is a curator's (document "manual").
bool hasManualMention(const KnowledgeGraph& graph, const Relation& relation);

} // namespace kg::graph
