// `kg stats graph.kg [--json] [--top N]`
#include "cli/command.h"
#include "cli/stopwatch.h"
#include "graph/io/json_config.h"
#include "graph/io/open_graph.h"
#include "graph/stats.h"

#include <fmt/core.h>
#include <memory>
#include <rapidjson/prettywriter.h>
#include <string>

namespace kg::cli {
namespace {

struct StatsArgs {
    std::string file;
    bool json = false;
    std::size_t top = 10;
    bool timings = false;
};

void printTable(graph::GraphView g, const graph::GraphStats& s, const std::string& file) {
    fmt::print("{}\n", file);
    fmt::print("  {:<12} {:>12}\n", "entities", s.entities);
    fmt::print("  {:<12} {:>12}\n", "relations", s.relations);
    fmt::print("  {:<12} {:>12}\n", "predicates", s.predicates);
    fmt::print("  {:<12} {:>12}\n", "mentions", s.mentions);
    fmt::print("  {:<12} {:>12}  (largest: {} entities)\n", "components", s.components,
               s.largestComponent);
    fmt::print("  {:<12} {:>12}  (see MATCH (a) RETURN a.name, a.aliases)\n", "with aliases",
               s.withAliases);
    fmt::print("\nEntities by type\n");
    for (graph::EntityType t : graph::kAllEntityTypes)
        fmt::print("  {:<12} {:>12}\n", graph::entityTypeName(t),
                   s.entitiesByType[static_cast<std::size_t>(t)]);
    if (!s.topEntities.empty()) {
        fmt::print("\nTop entities by degree\n");
        for (const auto& [id, degree] : s.topEntities)
            fmt::print("  {:>12}  {} ({})\n", degree, g.name(id),
                       graph::entityTypeName(g.entity(id).type));
    }
    if (!s.topPredicates.empty()) {
        fmt::print("\nTop predicates\n");
        for (const auto& [sym, count] : s.topPredicates)
            fmt::print("  {:>12}  {}\n", count, g.str(sym));
    }
}

void printJson(graph::GraphView g, const graph::GraphStats& s, const std::string& file) {
    namespace rj = rapidjson;
    rj::StringBuffer buffer;
    rj::PrettyWriter<rj::StringBuffer> w(buffer);
    w.SetIndent(' ', 2);
    auto string = [&w](std::string_view v) {
        w.String(v.data(), static_cast<rj::SizeType>(v.size()));
    };
    w.StartObject();
    w.Key("file");
    string(file);
    w.Key("entities");
    w.Uint64(s.entities);
    w.Key("relations");
    w.Uint64(s.relations);
    w.Key("predicates");
    w.Uint64(s.predicates);
    w.Key("mentions");
    w.Uint64(s.mentions);
    w.Key("components");
    w.Uint64(s.components);
    w.Key("largest_component");
    w.Uint64(s.largestComponent);
    w.Key("entities_with_aliases");
    w.Uint64(s.withAliases);
    w.Key("entities_by_type");
    w.StartObject();
    for (graph::EntityType t : graph::kAllEntityTypes) {
        string(graph::entityTypeName(t));
        w.Uint64(s.entitiesByType[static_cast<std::size_t>(t)]);
    }
    w.EndObject();
    w.Key("top_entities");
    w.StartArray();
    for (const auto& [id, degree] : s.topEntities) {
        w.StartObject();
        w.Key("name");
        string(g.name(id));
        w.Key("type");
        string(graph::entityTypeName(g.entity(id).type));
        w.Key("degree");
        w.Uint64(degree);
        w.EndObject();
    }
    w.EndArray();
    w.Key("top_predicates");
    w.StartArray();
    for (const auto& [sym, count] : s.topPredicates) {
        w.StartObject();
        w.Key("predicate");
        string(g.str(sym));
        w.Key("relations");
        w.Uint64(count);
        w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    fmt::print("{}\n", std::string_view(buffer.GetString(), buffer.GetSize()));
}

void runStats(const StatsArgs& args) {
    Stopwatch stopwatch;
    const graph::OpenGraph opened(args.file, graph::GraphAccess::Read);
    const graph::GraphView graph = opened.view();
    std::string loadTime = stopwatch.lap("load");
    graph::GraphStats stats = graph::computeStats(graph, args.top);
    std::string statsTime = stopwatch.lap("stats");
    if (args.json)
        printJson(graph, stats, args.file);
    else
        printTable(graph, stats, args.file);
    if (args.timings)
        fmt::print(stderr, "timings: {}, {}\n", loadTime, statsTime);
}

} // namespace

void addStatsCommand(CLI::App& app, CommandStatus& /*status*/) {
    auto args = std::make_shared<StatsArgs>();
    CLI::App* cmd = app.add_subcommand(
        "stats", "Summarise a graph: sizes, components, types, top entities and predicates");
    cmd->add_option("graph", args->file, "Graph file (.kg or .kgb)")->required();
    cmd->add_flag("--json", args->json, "Print JSON instead of a table");
    cmd->add_option("--top", args->top, "How many top entities and predicates to list")
        ->capture_default_str()
        ->check(CLI::Range(0, 1000));
    cmd->add_flag("--timings", args->timings, "Print load and compute times to stderr");
    cmd->callback([args] { runStats(*args); });
}

} // namespace kg::cli
