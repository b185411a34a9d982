#include "extract/pipeline.h"

#include "extract/entity_resolver.h"

#include <fmt/core.h>

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

ExtractedFacts extractFacts(Extractor& extractor, std::size_t count, const DocumentLoader& load,
                            const ProgressCallback& progress,
                            const std::function<bool(std::string_view)>& namesInUse) {
    const std::vector<DocumentClaims> claims = extractor.readAll(count, load, progress);
    ExtractedFacts out;
    EntityResolver resolver;
    resolver.avoidNames(namesInUse);
    for (const DocumentClaims& doc : claims) {
        if (std::string warning = invalidBytesWarning(doc); !warning.empty())
            out.warnings.push_back(std::move(warning));
        out.stats.add(doc.stats);
        resolver.addDocument(doc);
    }
    out.facts = resolver.takeRecords();
    keepConfident(out.facts, extractor.options().minConfidence);
    out.stats.facts = out.facts.size();
    return out;
}

ExtractedFacts extractFacts(Extractor& extractor, const std::vector<Document>& documents) {
    return extractFacts(extractor, documents.size(), [&](std::size_t i) { return documents[i]; });
}

BuildResult buildGraph(graph::KnowledgeGraph& graph, Extractor& extractor, std::size_t count,
                       const DocumentLoader& load, const ProgressCallback& progress) {
    BuildResult result;
    result.extracted =
        extractFacts(extractor, count, load, progress, [&graph](std::string_view name) {
            return graph.findEntity(name).has_value();
        });
    for (const graph::FactRecord& record : result.extracted.facts)
        if (graph::addFactRecord(graph, record).inserted)
            ++result.added;
    return result;
}

} // namespace kg::extract
