#pragma once
// Reports on positions and time, as query-style rows (so every output format of `kg query`
// serves them): the contradictions of a graph, what changed between two windows of days, and
// one entity's timeline. `kg contradictions`, `kg diff` and the REPL's :contradictions and
// :timeline write them; docs/positions.md describes the columns.
#include "graph/fact_date.h"
#include "graph/knowledge_graph.h"
#include "query/engine.h"

namespace kg::exporter {

/// One row per side of each contradiction, grouped by entity pair: contradiction (its number),
/// kind, subject, object, then the side's fact columns (id, fact, stance, speaker, doc, date,
/// sentence).
void writeContradictions(const graph::KnowledgeGraph& g, query::RowSink& sink);

/// Facts of documents dated up to `from` against those dated after it up to `to`: a fact
/// stated only after "appeared", one stated only before "disappeared" (no longer stated), and an
/// entity pair whose stance changed "stance support -> oppose" (the fact stating it now).
void writeDiff(const graph::KnowledgeGraph& g, const std::string& from, const std::string& to,
               query::RowSink& sink);

/// Every fact the entity takes part in, one row per mention in date order (undated last).
void writeTimeline(const graph::KnowledgeGraph& g, graph::EntityId entity, query::RowSink& sink);

} // namespace kg::exporter
