// :build FILE|DIR — extract facts from news text and add them to the session's graph, the same
// pipeline as `kg build --append`, without leaving the REPL.
#include "cli/repl/interrupt.h"
#include "cli/repl/meta_commands.h"
#include "extract/document.h"
#include "extract/pipeline.h"
#include "graph/curation.h"

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
        options.jobs = std::max(1u, std::thread::hardware_concurrency());
        return std::make_unique<extract::Extractor>(options);
    }();
    return *extractor;
}

// The curator's logged changes hold for what was just read.
void replayCuration(graph::KnowledgeGraph& graph, Session& session) {
    if (graph::ReplayCounts replayed = graph::replayCurationLog(graph); replayed.any())
        fmt::print(session.err(), "{}\n", replayed.describe());
}

} // namespace

void metaBuild(Session& session, const MetaArgs& args) {
    args.expect(1, 1);
    std::vector<std::filesystem::path> files =
        extract::listInputFiles({args[0]}, [&session](const std::string& message) {
            fmt::print(session.err(), "warning: {}\n", message);
        });
    extract::Extractor& extractor = sharedExtractor();
    const extract::DocumentSource source = [&](const extract::DocumentCallback& onDocument) {
        return extractor.readAll(
            files.size(),
            [&](std::size_t i) {
                // Ctrl-C stops the build before the next document; the graph is left unchanged.
                if (InterruptScope::raised())
                    throw MetaError(":build cancelled; the graph is unchanged");
                return extract::readDocumentFile(files[i]);
            },
            {}, onDocument);
    };
    const double minConfidence = extractor.options().minConfidence;
    const std::size_t relationsBefore = session.graph().relationCount();
    // As kg build --append does: a graph its claim records build is built again from them and
    // the new documents, as one build of them all; any other joins them by name.
    std::optional<std::vector<extract::DocumentClaims>> earlier = session.documentsOfGraph();
    extract::GraphBuild build;
    if (earlier) {
        graph::KnowledgeGraph rebuilt;
        rebuilt.curationLog() = session.graph().curationLog();
        build = extract::buildGraph(rebuilt, std::move(*earlier), source, minConfidence);
        replayCuration(rebuilt, session);
        session.rebuildGraph(std::move(rebuilt), std::move(build.documents));
    } else {
        fmt::print(session.err(),
                   "note: no claim records build this graph (kg build writes them beside it): "
                   "the new documents join its entities by name, which can differ from one "
                   "build of all the documents\n");
        build = extract::buildGraph(session.graph(), {}, source, minConfidence);
        replayCuration(session.graph(), session);
    }
    const extract::ExtractedFacts& extracted = build.result.extracted;
    for (const std::string& warning : extracted.warnings)
        fmt::print(session.err(), "warning: {}\n", warning);
    const std::size_t relations = session.graph().relationCount();
    fmt::print(
        session.out(), "built {} facts ({} new) from {} documents ({} added), {} sentences\n",
        extracted.facts.size(), relations > relationsBefore ? relations - relationsBefore : 0,
        extracted.stats.documents, build.added, extracted.stats.sentences);
}

} // namespace kg::cli::repl
