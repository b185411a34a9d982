// Meta commands that load, save, grow and describe the session's graph.
#include "cli/repl/meta_commands.h"
#include "extract/graph_claims.h"
#include "graph/curation.h"
#include "graph/entity.h"
#include "graph/io/importer.h"
#include "graph/io/kg_file.h"
#include "graph/stats.h"

#include <array>
#include <filesystem>
#include <fmt/core.h>
#include <system_error>

namespace kg::cli::repl {
namespace {

std::string sizeText(const graph::KnowledgeGraph& graph) {
    return fmt::format("{} {}, {} {}", graph.entityCount(),
                       graph.entityCount() == 1 ? "entity" : "entities", graph.relationCount(),
                       graph.relationCount() == 1 ? "relation" : "relations");
}

} // namespace

void metaOpen(Session& session, const MetaArgs& args) {
    args.expect(1, 1);
    std::filesystem::path file = args[0];
    if (!session.confirmDiscard(":open"))
        return;
    std::error_code ec;
    if (!std::filesystem::exists(file, ec)) {
        session.replaceGraph(graph::KnowledgeGraph{}, file);
        fmt::print(session.out(), "new graph; :save writes it to {}\n", file.string());
        return;
    }
    session.replaceGraph(graph::loadGraph(file), file);
    fmt::print(session.out(), "opened {}: {}\n", file.string(), sizeText(session.graph()));
}

namespace {

// A graph saved with its claims current for it is one `kg build --append` resolves again with
// new documents, as one build of them all. One the session changed in a way a rebuild would not
// do again gets no claims: --append joins new documents to it by name, which the user hears
// about here rather than at the next append.
void keepClaimsWith(Session& session, const std::optional<std::filesystem::path>& claims,
                    const std::filesystem::path& file) {
    if (claims) {
        extract::keepClaimsCurrent(*claims, file);
        session.claimsMovedWith(file);
    } else if (!session.whyNoClaims().empty()) {
        fmt::print(session.err(),
                   "note: {} is not the graph its claim records build ({}): kg build --append "
                   "on it will join new documents to its entities by name\n",
                   file.string(), session.whyNoClaims());
    }
}

void save(Session& session, const MetaArgs& args, bool overwriteChanges) {
    args.expect(0, 1);
    std::filesystem::path file = args.size() == 1 ? std::filesystem::path(args[0]) : session.file();
    if (file.empty())
        throw MetaError("this graph has no file yet: use :save FILE");
    // Checked and written under the lock `kg import --append` takes, so no writer slips in
    // between the check and the rename.
    base::FileLock lock(file);
    if (!overwriteChanges && !session.file().empty() && base::sameFile(file, session.file()) &&
        session.fileChangedOnDisk())
        throw MetaError(fmt::format("{} changed on disk since it was opened; :save! overwrites "
                                    "those changes, :save OTHER.kg keeps both",
                                    file.string()));
    bool logged = session.logUnsavedWrites();
    try {
        graph::saveGraph(session.graph(), file);
    } catch (...) {
        if (logged)
            session.dropLastLogEntry(); // the writes stay unsaved, to be logged by a later :save
        throw;
    }
    std::optional<std::filesystem::path> claims = session.claimsOfGraph();
    session.markSaved(file);
    fmt::print(session.out(), "saved {}: {}\n", file.string(), sizeText(session.graph()));
    if (const std::vector<extract::DocumentClaims>* documents = session.unsavedClaims()) {
        // A :build resolved the documents again: their claims build the graph just saved.
        extract::saveClaims(*documents, file);
        session.claimsMovedWith(file);
    } else {
        keepClaimsWith(session, claims, file);
    }
}

} // namespace

void metaSave(Session& session, const MetaArgs& args) {
    save(session, args, false);
}

void metaSaveOver(Session& session, const MetaArgs& args) {
    save(session, args, true);
}

void metaUndo(Session& session, const MetaArgs& args) {
    args.expect(0, 0);
    std::string what = session.graph().curationLog().empty()
                           ? std::string()
                           : session.graph().curationLog().back().what;
    try {
        session.undoLastChange();
    } catch (const graph::CurationError& e) {
        throw MetaError(e.what());
    }
    fmt::print(session.out(), "undid: {} (:save writes the graph as it was)\n", what);
}

void metaImport(Session& session, const MetaArgs& args) {
    args.expect(1, 2);
    std::filesystem::path file = args[0];
    auto format =
        args.size() == 2 ? graph::importFormatFromName(args[1]) : graph::importFormatFromPath(file);
    if (!format)
        throw MetaError(args.size() == 2
                            ? fmt::format("unknown format '{}' (tsv, jsonl or nt)", args[1])
                            : fmt::format("cannot tell the format of {} from its extension: "
                                          "add tsv, jsonl or nt after the file name",
                                          file.string()));
    constexpr std::size_t kShownMalformed = 10;
    graph::ImportOptions options;
    std::size_t malformed = 0;
    options.onMalformed = [&](const std::string& message) {
        if (++malformed <= kShownMalformed)
            fmt::print(session.err(), "warning: {}\n", message);
    };
    // Also when it stops part-way.
    session.claimsNoLongerBuildGraph(":import added facts no claim record holds");
    graph::ImportCounts counts = graph::importFile(session.graph(), file, *format, options);
    fmt::print(session.out(), "imported {} facts from {}: {} new, {} merged into existing facts",
               counts.facts, file.string(), counts.added, counts.merged);
    if (counts.malformed > 0)
        fmt::print(session.out(), "; {} malformed lines skipped", counts.malformed);
    fmt::print(session.out(), "\n");
}

void metaStats(Session& session, const MetaArgs& args) {
    args.expect(0, 0);
    const graph::KnowledgeGraph& g = session.graph();
    graph::GraphStats stats = graph::computeStats(g);
    printTable(session, {"measure", "value"},
               {{"entities", std::to_string(stats.entities)},
                {"relations", std::to_string(stats.relations)},
                {"predicates", std::to_string(stats.predicates)},
                {"mentions", std::to_string(stats.mentions)},
                {"components", std::to_string(stats.components)},
                {"largest component", std::to_string(stats.largestComponent)},
                {"with aliases", std::to_string(stats.withAliases)}},
               {false, true});
    std::vector<std::vector<std::string>> top;
    for (const auto& [id, degree] : stats.topEntities)
        top.push_back({std::string(g.name(id)),
                       std::string(graph::entityTypeName(g.entity(id).type)),
                       std::to_string(degree)});
    if (!top.empty()) {
        fmt::print(session.out(), "\n");
        printTable(session, {"top entity", "type", "degree"}, std::move(top), {false, false, true});
    }
}

void metaSchema(Session& session, const MetaArgs& args) {
    args.expect(0, 0);
    const graph::KnowledgeGraph& graph = session.graph();
    std::array<std::size_t, graph::kAllEntityTypes.size()> perType{};
    std::size_t withAliases = 0;
    for (graph::EntityId id : graph.entityIds()) {
        ++perType[static_cast<std::size_t>(graph.entity(id).type)];
        withAliases += graph.entity(id).aliases.empty() ? 0 : 1;
    }
    std::vector<std::vector<std::string>> types;
    for (graph::EntityType type : graph::kAllEntityTypes)
        if (std::size_t n = perType[static_cast<std::size_t>(type)]; n > 0)
            types.push_back({std::string(graph::entityTypeName(type)), std::to_string(n)});
    printTable(session, {"type", "entities"}, std::move(types), {false, true});
    fmt::print(session.out(), "entities with aliases: {} (a.aliases lists them)\n", withAliases);

    std::vector<std::vector<std::string>> predicates;
    for (const auto& [sym, count] : graph.predicates())
        predicates.push_back({std::string(graph.str(sym)), std::to_string(count)});
    fmt::print(session.out(), "\n");
    printTable(session, {"predicate", "relations"}, std::move(predicates), {false, true});
}

} // namespace kg::cli::repl
