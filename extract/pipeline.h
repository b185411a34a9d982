#pragma once
// The build pipeline in one place: documents in -> claims per sentence (Extractor, on N threads)
// -> entities resolved over the whole corpus (EntityResolver, in document order) -> facts added
// to a KnowledgeGraph (graph::addFactRecord). `kg build`, the REPL's :build and the tests go
// through it; `kg extract` writes the resolved facts instead of adding them.
#include "extract/document.h"
#include "extract/extractor.h"
#include "graph/io/fact_record.h"
#include "graph/knowledge_graph.h"

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace kg::extract {

/// Supplies document i; called from the extraction threads, so it may read files.
using DocumentLoader = std::function<Document(std::size_t)>;

/// Facts with resolved entities from documents read as one corpus.
struct ExtractedFacts {
    std::vector<graph::FactRecord> facts;
    ExtractStats stats;                ///< summed over the documents; stats.facts = facts.size()
    std::vector<std::string> warnings; ///< one line per document with replaced bytes
};

/// Drops the records whose confidence is below `minimum`.
void keepConfident(std::vector<graph::FactRecord>& records, double minimum);

/// Parses `count` documents and resolves their entities as one corpus; facts below the
/// extractor's `minConfidence` are left out. `namesInUse` says which names a graph the facts
/// will join already has: names join its entities, descriptions keep clear of them.
ExtractedFacts extractFacts(Extractor& extractor, std::size_t count, const DocumentLoader& load,
                            const ProgressCallback& progress = {},
                            const std::function<bool(std::string_view)>& namesInUse = {});

/// The same for documents in memory.
ExtractedFacts extractFacts(Extractor& extractor, const std::vector<Document>& documents);

/// What adding a corpus to a graph did.
struct BuildResult {
    ExtractedFacts extracted;
    std::size_t added = 0; ///< facts that were new to the graph (the rest merged into old ones)
};

/// The whole pipeline: extracts the documents and adds their facts to `graph`. The graph is
/// changed only after every document was read, so an error or a cancellation (an exception from
/// `load`) leaves it as it was.
BuildResult buildGraph(graph::KnowledgeGraph& graph, Extractor& extractor, std::size_t count,
                       const DocumentLoader& load, const ProgressCallback& progress = {});

/// The warning for a document whose invalid UTF-8 bytes were replaced, or empty.
std::string invalidBytesWarning(const DocumentClaims& document);

} // namespace kg::extract
