#include "extract/pipeline.h"

#include "extract/entity_resolver.h"

#include <algorithm>
#include <fmt/core.h>
#include <unordered_set>

namespace kg::extract {

std::string invalidBytesWarning(const DocumentClaims& document) {
    const std::size_t n = document.stats.invalidBytes;
    if (n == 0)
        return {};
    return fmt::format("{}: {} invalid UTF-8 byte{} replaced", document.id, n, n == 1 ? "" : "s");
}

void keepConfident(std::vector<graph::FactRecord>& records, double minimum) {
    std::erase_if(records,
                  [minimum](const graph::FactRecord& r) { return r.confidence < minimum; });
}

std::size_t keepFirstOfEachId(std::vector<DocumentClaims>& documents) {
    // Stable, so documents sharing an id keep their input order and the first one read wins.
    std::stable_sort(documents.begin(), documents.end(),
                     [](const DocumentClaims& a, const DocumentClaims& b) { return a.id < b.id; });
    // std::unique, not std::ranges::unique: clang's fuzz and sanitizer builds (make test) cannot
    // compile libstdc++ 12's ranges.
    const auto kept =
        std::unique(documents.begin(), documents.end(),
                    [](const DocumentClaims& a, const DocumentClaims& b) { return a.id == b.id; });
    const auto dropped = static_cast<std::size_t>(documents.end() - kept);
    documents.erase(kept, documents.end());
    return dropped;
}

// Resolution of documents given in order of their id, each id once.
class IncrementalResolution::InOrder {
public:
    explicit InOrder(const ResolveOptions& options) : options_(options) {
        resolver_.avoidNames(options.namesInUse);
    }

    void add(const DocumentClaims& doc) {
        if (options_.documentRead && options_.documentRead(doc.id)) {
            ++out_.repeated;
            return;
        }
        if (std::string warning = invalidBytesWarning(doc); !warning.empty())
            out_.warnings.push_back(std::move(warning));
        out_.stats.add(doc.stats);
        resolver_.addDocument(doc);
    }

    void countRepeated() { ++out_.repeated; }

    ExtractedFacts finish() {
        out_.facts = resolver_.takeRecords();
        keepConfident(out_.facts, options_.minConfidence);
        out_.stats.facts = out_.facts.size();
        return std::move(out_);
    }

private:
    const ResolveOptions& options_;
    EntityResolver resolver_;
    ExtractedFacts out_;
};

ExtractedFacts resolveDocuments(std::vector<DocumentClaims> documents,
                                const ResolveOptions& options) {
    // Sorted first, so no document is resolved before one out of order sends it back.
    const std::size_t repeated = keepFirstOfEachId(documents);
    IncrementalResolution resolution(options);
    for (const DocumentClaims& doc : documents)
        resolution.add(doc);
    ExtractedFacts out = resolution.finish(documents);
    out.repeated += repeated;
    return out;
}

IncrementalResolution::IncrementalResolution(ResolveOptions options)
    : options_(std::move(options)), inOrder_(std::make_unique<InOrder>(options_)) {}

IncrementalResolution::~IncrementalResolution() = default;

void IncrementalResolution::add(const DocumentClaims& document) {
    if (!inOrder_)
        return;
    if (started_ && document.id < lastId_) {
        inOrder_.reset();
        return;
    }
    // Ids arrive sorted, so a repeated id follows its first document, which wins as in
    // keepFirstOfEachId.
    if (started_ && document.id == lastId_)
        inOrder_->countRepeated();
    else
        inOrder_->add(document);
    lastId_ = document.id;
    started_ = true;
}

ExtractedFacts IncrementalResolution::finish(std::vector<DocumentClaims>& documents) {
    const std::size_t repeated = keepFirstOfEachId(documents);
    if (inOrder_) // it saw the same repeated ids
        return inOrder_->finish();
    InOrder all(options_);
    for (std::size_t i = 0; i < repeated; ++i)
        all.countRepeated();
    for (const DocumentClaims& doc : documents)
        all.add(doc);
    return all.finish();
}

ExtractedFacts extractFacts(Extractor& extractor, std::size_t count, const DocumentLoader& load,
                            const ProgressCallback& progress,
                            const std::function<bool(std::string_view)>& namesInUse) {
    ResolveOptions options;
    options.minConfidence = extractor.options().minConfidence;
    options.namesInUse = namesInUse;
    IncrementalResolution resolution(options);
    std::vector<DocumentClaims> documents = extractor.readAll(
        count, load, progress, [&](const DocumentClaims& doc) { resolution.add(doc); });
    return resolution.finish(documents);
}

ExtractedFacts extractFacts(Extractor& extractor, const std::vector<Document>& documents) {
    return extractFacts(extractor, documents.size(), [&](std::size_t i) { return documents[i]; });
}

namespace {

// The documents a graph holds evidence from.
std::unordered_set<std::string> documentsOf(const graph::KnowledgeGraph& graph) {
    std::unordered_set<std::string> documents;
    for (graph::RelationId id : graph.relationIds())
        for (const graph::Mention& mention : graph.relation(id).mentions)
            if (mention.doc != graph::kNoSym)
                documents.emplace(graph.str(mention.doc));
    return documents;
}

// How documents join `graph`: documents the graph already has evidence from are left out,
// names join its entities. The options refer to this object and to the graph.
class JoiningGraph {
public:
    JoiningGraph(const graph::KnowledgeGraph& graph, double minConfidence)
        : documentsRead_(documentsOf(graph)) {
        options_.minConfidence = minConfidence;
        options_.namesInUse = [&graph](std::string_view name) {
            return graph.findEntity(name).has_value();
        };
        options_.documentRead = [this](std::string_view id) {
            return documentsRead_.contains(std::string(id));
        };
    }
    JoiningGraph(const JoiningGraph&) = delete;
    JoiningGraph& operator=(const JoiningGraph&) = delete;
    const ResolveOptions& options() const { return options_; }

private:
    std::unordered_set<std::string> documentsRead_;
    ResolveOptions options_;
};

BuildResult addFacts(graph::KnowledgeGraph& graph, ExtractedFacts extracted) {
    BuildResult result;
    result.extracted = std::move(extracted);
    for (const graph::FactRecord& record : result.extracted.facts)
        if (graph::addFactRecord(graph, record).inserted)
            ++result.added;
    return result;
}

} // namespace

BuildResult addDocumentsToGraph(graph::KnowledgeGraph& graph, std::vector<DocumentClaims> documents,
                                double minConfidence) {
    const JoiningGraph joining(graph, minConfidence);
    return addFacts(graph, resolveDocuments(std::move(documents), joining.options()));
}

GraphBuild buildGraph(graph::KnowledgeGraph& graph, std::vector<DocumentClaims> earlier,
                      const DocumentSource& source, double minConfidence) {
    const JoiningGraph joining(graph, minConfidence);
    IncrementalResolution resolution(joining.options());
    GraphBuild build;
    build.documents = std::move(earlier);
    for (const DocumentClaims& doc : build.documents)
        resolution.add(doc);
    const std::size_t before = build.documents.size();
    for (DocumentClaims& doc : source([&](const DocumentClaims& read) { resolution.add(read); }))
        build.documents.push_back(std::move(doc));
    ExtractedFacts extracted = resolution.finish(build.documents);
    build.added = build.documents.size() - before;
    build.result = addFacts(graph, std::move(extracted));
    return build;
}

BuildResult buildGraph(graph::KnowledgeGraph& graph, Extractor& extractor, std::size_t count,
                       const DocumentLoader& load, const ProgressCallback& progress) {
    return buildGraph(
               graph, {},
               [&](const DocumentCallback& onDocument) {
                   return extractor.readAll(count, load, progress, onDocument);
               },
               extractor.options().minConfidence)
        .result;
}

} // namespace kg::extract
