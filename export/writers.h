#pragma once
// The data formats: each writer streams one selection to a FILE* in increasing id order, holding
// no more than one record in memory (schemas in docs/export.md).
#include "export/selection.h"

#include <cstdio>
#include <string>
#include <string_view>

namespace kg::exporter {

/// Node-link JSON (the shape networkx's node_link_graph reads), written with RapidJSON.
void writeJson(const graph::KnowledgeGraph& g, const Selection& s, std::FILE* out);

/// GraphML with one typed <key> per property (Gephi, Cytoscape, networkx, yEd read it).
void writeGraphml(const graph::KnowledgeGraph& g, const Selection& s, std::FILE* out);

/// The namespace IRIs are minted under when no --base is given.
inline constexpr std::string_view kDefaultBase = "urn:kg:";

/// Checks a --base IRI and returns it ready for minting (a '/' appended unless it ends in
/// '/', '#' or ':'). Throws ExportError naming the offending character.
std::string checkBaseIri(std::string_view base);

/// N-Triples: entities, their types and names, and each fact as a reified statement with its
/// qualifiers and provenance; plain facts are also asserted directly.
void writeNTriples(const graph::KnowledgeGraph& g, const Selection& s, std::string_view base,
                   std::FILE* out);

/// neo4j-admin import CSV: nodes.csv and relationships.csv.
void writeCsvNodes(const graph::KnowledgeGraph& g, const Selection& s, std::FILE* out);
void writeCsvRelationships(const graph::KnowledgeGraph& g, const Selection& s, std::FILE* out);

} // namespace kg::exporter
