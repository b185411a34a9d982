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

} // namespace

void metaBuild(Session& session, const MetaArgs& args) {
    args.expect(1, 1);
    std::vector<std::filesystem::path> files =
        extract::listInputFiles({args[0]}, [&session](const std::string& message) {
            fmt::print(session.err(), "warning: {}\n", message);
        });
    const extract::BuildResult built =
        extract::buildGraph(session.graph(), sharedExtractor(), files.size(), [&](std::size_t i) {
            // Ctrl-C stops the build before the next document; the graph is left unchanged.
            if (InterruptScope::raised())
                throw MetaError(":build cancelled; the graph is unchanged");
            return extract::readDocumentFile(files[i]);
        });
    if (!built.extracted.facts.empty())
        session.claimsNoLongerBuildGraph(":build added facts no claim record holds");
    for (const std::string& warning : built.extracted.warnings)
        fmt::print(session.err(), "warning: {}\n", warning);
    // As kg build --append does: the curator's logged changes hold for what was just read.
    if (graph::ReplayCounts replayed = graph::replayCurationLog(session.graph()); replayed.any())
        fmt::print(session.err(), "{}\n", replayed.describe());
    fmt::print(session.out(), "built {} facts ({} new) from {} documents, {} sentences\n",
               built.extracted.facts.size(), built.added, built.extracted.stats.documents,
               built.extracted.stats.sentences);
}

} // namespace kg::cli::repl
