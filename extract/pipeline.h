#pragma once
// The build pipeline in one place: documents in -> claims per sentence (Extractor, in N processes)
// -> entities resolved over the whole corpus (EntityResolver, in document-id order) -> facts
// added to a KnowledgeGraph (graph::addFactRecord). Resolution is its own step
// (resolveDocuments), so claims extracted apart (`kg extract --format claims` on many machines)
// are resolved by `kg build --from-records` through the same code as `kg build DIR`. The REPL's
// :build and the tests go through it too; `kg extract` writes the resolved facts instead of
// adding them.
#include "extract/document.h"
#include "extract/extractor.h"
#include "graph/io/fact_record.h"
#include "graph/knowledge_graph.h"

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace kg::extract {

/// Supplies document i; called in order, in this process.
using DocumentLoader = std::function<Document(std::size_t)>;

/// Facts with resolved entities from documents read as one corpus.
struct ExtractedFacts {
    std::vector<graph::FactRecord> facts;
    ExtractStats stats;                ///< summed over the documents; stats.facts = facts.size()
    std::vector<std::string> warnings; ///< one line per document with replaced bytes
    std::size_t repeated = 0;          ///< documents left out because their id was already read
};

/// Drops the records whose confidence is below `minimum`.
void keepConfident(std::vector<graph::FactRecord>& records, double minimum);

struct ResolveOptions {
    double minConfidence = kDefaultMinConfidence; ///< facts below it are left out
    /// Names a graph the facts will join already has: names join its entities, descriptions
    /// keep clear of them.
    EntityResolver::NameInUse namesInUse;
    /// Documents already read (into the graph the facts will join): left out.
    std::function<bool(std::string_view)> documentRead;
};

/// Puts the documents in order of their id and drops every document whose id an earlier one
/// (in the given order) has; returns how many were dropped. The order and the set of documents
/// that resolveDocuments resolves.
std::size_t keepFirstOfEachId(std::vector<DocumentClaims>& documents);

/// Resolves the documents' entities as one corpus. The documents are taken in order of their
/// id, whatever order they come in, and a document whose id was already read (earlier in this
/// call, or in `options.documentRead`) is left out, so any partition of a corpus into shards,
/// read in any order and any number of times, gives the same facts.
ExtractedFacts resolveDocuments(std::vector<DocumentClaims> documents,
                                const ResolveOptions& options);

/// resolveDocuments fed one document at a time as the documents are read (the Extractor's
/// DocumentCallback), so that resolution overlaps parsing. While the documents come in order of
/// their id, the order resolveDocuments takes them in, each is resolved as it comes; a document
/// out of that order sets it back to resolving them all in finish(). The facts are those of
/// resolveDocuments on the same documents either way.
class IncrementalResolution {
public:
    explicit IncrementalResolution(ResolveOptions options);
    ~IncrementalResolution();
    IncrementalResolution(const IncrementalResolution&) = delete;
    IncrementalResolution& operator=(const IncrementalResolution&) = delete;

    void add(const DocumentClaims& document);
    /// `documents`: every document given to add(), in the same order. They are left as they
    /// were resolved: in id order, each id once (keepFirstOfEachId).
    ExtractedFacts finish(std::vector<DocumentClaims>& documents);

private:
    class InOrder;
    ResolveOptions options_;
    std::unique_ptr<InOrder> inOrder_; ///< null once a document came out of id order
    std::string lastId_;
    bool started_ = false;
};

/// Parses `count` documents and resolves their entities as one corpus (resolveDocuments);
/// facts below the extractor's `minConfidence` are left out.
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

/// Resolves the documents' claims against `graph` and adds their facts to it: documents the
/// graph already has evidence from are left out, names join its entities.
BuildResult addDocumentsToGraph(graph::KnowledgeGraph& graph, std::vector<DocumentClaims> documents,
                                double minConfidence);

/// Reads new documents and passes each to `onDocument` as soon as it and the ones before it are
/// read (Extractor::readAll; claim records read from files); returns them in the order read.
using DocumentSource =
    std::function<std::vector<DocumentClaims>(const DocumentCallback& onDocument)>;

/// What a build read and added.
struct GraphBuild {
    BuildResult result;
    /// Every document resolved, in id order, each id once: the graph's claim records.
    std::vector<DocumentClaims> documents;
    std::size_t added = 0; ///< documents from the source not among the earlier ones
};

/// A build as `kg build`, --append and the REPL's :build make it: the `earlier` documents (the
/// claim records a graph was built from, resolved again with the new ones) and those `source`
/// reads are resolved as one corpus, as addDocumentsToGraph does, and their facts added to
/// `graph`. Each new document is resolved as soon as it is read, while later ones are parsed.
/// The earlier documents come first, so a document read again keeps its old claims. The graph
/// is changed only after every document was read, so an error or a cancellation (an exception
/// from the source) leaves it as it was.
GraphBuild buildGraph(graph::KnowledgeGraph& graph, std::vector<DocumentClaims> earlier,
                      const DocumentSource& source, double minConfidence);

/// The same for documents extracted from text, with no earlier ones.
BuildResult buildGraph(graph::KnowledgeGraph& graph, Extractor& extractor, std::size_t count,
                       const DocumentLoader& load, const ProgressCallback& progress = {});

/// The warning for a document whose invalid UTF-8 bytes were replaced, or empty.
std::string invalidBytesWarning(const DocumentClaims& document);

} // namespace kg::extract
