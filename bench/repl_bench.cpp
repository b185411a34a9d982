// What a Tab press and a printed table cost in the REPL, on a graph imported once:
//   FirstTab       the first completion of an entity name (builds the sorted name index)
//   NextTab        later completions of a name (binary search in the index)
//   PredicateTab   completion of a predicate after `[:`
//   Table10k       layout of a 10,000-row, 3-column result for a 120-column terminal
// The triples file is KG_BENCH_TSV (default: FB15k-237).
#include "base/text_table.h"
#include "cli/repl/completion.h"
#include "graph/io/importer.h"

#include <benchmark/benchmark.h>
#include <cstdlib>
#include <string>

namespace {

using namespace kg;

const graph::KnowledgeGraph& benchGraph() {
    static graph::KnowledgeGraph g = [] {
        const char* tsv = std::getenv("KG_BENCH_TSV");
        graph::KnowledgeGraph loaded;
        graph::importFile(loaded, tsv ? tsv : KG_SOURCE_DIR "/../shared/data/fb15k237.tsv",
                          graph::ImportFormat::Tsv, {});
        return loaded;
    }();
    return g;
}

// A prefix that matches a few names: the first three characters of a mid-table name.
std::string pickPrefix(const graph::KnowledgeGraph& g) {
    auto ids = g.entityIds();
    return std::string(g.name(ids[ids.size() / 2]).substr(0, 3));
}

void FirstTab(benchmark::State& state) {
    const auto& g = benchGraph();
    std::string prefix = pickPrefix(g);
    for (auto _ : state) {
        cli::repl::EntityNameIndex index;
        benchmark::DoNotOptimize(index.withPrefix(g, prefix, 500));
    }
    state.counters["entities"] = static_cast<double>(g.entityCount());
}

void NextTab(benchmark::State& state) {
    const auto& g = benchGraph();
    std::string prefix = pickPrefix(g);
    cli::repl::EntityNameIndex index;
    index.withPrefix(g, prefix, 500);
    for (auto _ : state)
        benchmark::DoNotOptimize(index.withPrefix(g, prefix, 500));
}

void PredicateTab(benchmark::State& state) {
    const auto& g = benchGraph();
    cli::repl::Completer completer({":open"});
    std::string line =
        "MATCH (a)-[:" + std::string(g.str(g.predicates().front().first).substr(0, 2));
    for (auto _ : state)
        benchmark::DoNotOptimize(completer.complete(g, {}, "", line));
}

void Table10k(benchmark::State& state) {
    base::TableText table;
    table.header = {"name", "predicate", "support"};
    table.rightAligned = {false, false, true};
    for (int i = 0; i < 10000; ++i)
        table.rows.push_back({"entity number " + std::to_string(i), std::string(40 + i % 100, 'p'),
                              std::to_string(i)});
    for (auto _ : state)
        benchmark::DoNotOptimize(base::renderTable(table, 120));
}

BENCHMARK(FirstTab)->Unit(benchmark::kMillisecond);
BENCHMARK(NextTab)->Unit(benchmark::kMicrosecond);
BENCHMARK(PredicateTab)->Unit(benchmark::kMicrosecond);
BENCHMARK(Table10k)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
