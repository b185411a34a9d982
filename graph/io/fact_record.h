#pragma once
// FactRecord: one extracted fact as plain strings, the unit the extractor emits and the JSON Lines
// importer reads (schema in docs/records.md). addFactRecord is the single place where a record
// becomes entities and a relation in a KnowledgeGraph, for `kg build` and `kg import` alike.
#include "graph/entity.h"
#include "graph/knowledge_graph.h"

#include <cstdint>
#include <string>
#include <vector>

namespace kg::graph {

struct FactEntity {
    std::string name;
    EntityType type = EntityType::Other;
    std::vector<std::string> aliases;
};

struct FactRecord {
    FactEntity subject;
    std::string predicate; ///< lemma
    std::string surface;   ///< as written, when different from the lemma
    FactEntity object;
    bool negated = false;
    Stance stance = Stance::Neutral;
    std::string modality;
    std::string attributedTo;                      ///< speaker's canonical name, empty if none
    EntityType attributedType = EntityType::Other; ///< the speaker's type
    std::string time;
    std::string quantity;
    std::string place;
    float confidence = 1.0f;
    // Provenance; doc empty means "none".
    std::string doc;
    std::uint32_t sentence = 0;
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    std::string text;
    std::string date;
    std::string source;
};

/// Adds the record's entities (with aliases, and one mention each when the record names its
/// document) and its relation; a speaker named in attributedTo becomes an entity too. Throws
/// std::invalid_argument if subject, predicate or object is empty.
KnowledgeGraph::AddResult addFactRecord(KnowledgeGraph& graph, const FactRecord& record);

} // namespace kg::graph
