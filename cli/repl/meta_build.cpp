// :build FILE|DIR — extract facts from news text and add them to the session's graph, the same
// pipeline as `kg build --append`, without leaving the REPL.
#include "cli/repl/interrupt.h"
#include "cli/repl/meta_commands.h"
#include "extract/document.h"
#include "extract/entity_resolver.h"
#include "extract/extractor.h"
#include "graph/io/fact_record.h"

#include <algorithm>
#include <fmt/core.h>
#include <memory>
#include <thread>

namespace kg::cli::repl {
namespace {

/// Loading the link-grammar dictionary takes a while: one extractor serves every :build.
extract::Extractor& sharedExtractor() {
    static std::unique_ptr<extract::Extractor> extractor = [] {
        extract::ExtractOptions options;
        options.threads = std::max(1u, std::thread::hardware_concurrency());
        return std::make_unique<extract::Extractor>(options);
    }();
    return *extractor;
}

} // namespace

void metaBuild(Session& session, const MetaArgs& args) {
    args.expect(1, 1);
    std::vector<std::filesystem::path> files = extract::listInputFiles({args[0]});
    std::vector<extract::DocumentClaims> claims =
        sharedExtractor().readAll(files.size(), [&](std::size_t i) {
            // Ctrl-C stops the build before the next document; the graph is left unchanged.
            if (InterruptScope::raised())
                throw MetaError(":build cancelled; the graph is unchanged");
            return extract::readDocumentFile(files[i]);
        });

    extract::EntityResolver resolver;
    extract::ExtractStats total;
    for (const extract::DocumentClaims& doc : claims) {
        if (doc.stats.invalidBytes > 0)
            fmt::print(session.err(), "warning: {}: {} invalid UTF-8 bytes replaced\n", doc.id,
                       doc.stats.invalidBytes);
        total.add(doc.stats);
        resolver.addDocument(doc);
    }
    std::vector<graph::FactRecord> records = resolver.takeRecords();
    std::size_t added = 0;
    for (const graph::FactRecord& record : records)
        if (graph::addFactRecord(session.graph(), record).inserted)
            ++added;
    fmt::print(session.out(), "built {} facts ({} new) from {} documents, {} sentences\n",
               records.size(), added, total.documents, total.sentences);
}

} // namespace kg::cli::repl
