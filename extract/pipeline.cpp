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

ExtractedFacts resolveDocuments(std::vector<DocumentClaims> documents,
                                const ResolveOptions& options) {
    ExtractedFacts out;
    out.repeated = keepFirstOfEachId(documents);
    EntityResolver resolver;
    resolver.avoidNames(options.namesInUse);
    for (const DocumentClaims& doc : documents) {
        if (options.documentRead && options.documentRead(doc.id)) {
            ++out.repeated;
            continue;
        }
        if (std::string warning = invalidBytesWarning(doc); !warning.empty())
            out.warnings.push_back(std::move(warning));
        out.stats.add(doc.stats);
        resolver.addDocument(doc);
    }
    out.facts = resolver.takeRecords();
    keepConfident(out.facts, options.minConfidence);
    out.stats.facts = out.facts.size();
    return out;
}

ExtractedFacts extractFacts(Extractor& extractor, std::size_t count, const DocumentLoader& load,
                            const ProgressCallback& progress,
                            const std::function<bool(std::string_view)>& namesInUse) {
    ResolveOptions options;
    options.minConfidence = extractor.options().minConfidence;
    options.namesInUse = namesInUse;
    return resolveDocuments(extractor.readAll(count, load, progress), options);
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

} // namespace

BuildResult addDocumentsToGraph(graph::KnowledgeGraph& graph, std::vector<DocumentClaims> documents,
                                double minConfidence) {
    const std::unordered_set<std::string> read = documentsOf(graph);
    ResolveOptions options;
    options.minConfidence = minConfidence;
    options.namesInUse = [&graph](std::string_view name) {
        return graph.findEntity(name).has_value();
    };
    options.documentRead = [&read](std::string_view id) { return read.contains(std::string(id)); };
    BuildResult result;
    result.extracted = resolveDocuments(std::move(documents), options);
    for (const graph::FactRecord& record : result.extracted.facts)
        if (graph::addFactRecord(graph, record).inserted)
            ++result.added;
    return result;
}

BuildResult buildGraph(graph::KnowledgeGraph& graph, Extractor& extractor, std::size_t count,
                       const DocumentLoader& load, const ProgressCallback& progress) {
    return addDocumentsToGraph(graph, extractor.readAll(count, load, progress),
                               extractor.options().minConfidence);
}

} // namespace kg::extract
