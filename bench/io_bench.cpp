// Import, save and load of FB15k-237 (310,116 triples) through the graph/io code, with
// throughput in triples per second. The whole-pipeline figures at 10M triples come from
// bench/scale.sh; this binary isolates each step for profiling.
#include "graph/io/importer.h"
#include "graph/io/kg_file.h"
#include "graph/stats.h"

#include <benchmark/benchmark.h>
#include <filesystem>
#include <unistd.h>

namespace {

using namespace kg::graph;

const std::filesystem::path kTriples = KG_SOURCE_DIR "/../shared/data/fb15k237.tsv";

std::filesystem::path scratchFile() {
    return std::filesystem::temp_directory_path() /
           ("kg-io-bench-" + std::to_string(::getpid()) + ".kg");
}

KnowledgeGraph importTriples() {
    KnowledgeGraph g;
    importFile(g, kTriples, ImportFormat::Tsv, {});
    return g;
}

void setThroughput(benchmark::State& state, std::size_t triples) {
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * triples));
}

void BM_ImportTsv(benchmark::State& state) {
    std::size_t triples = 0;
    for (auto _ : state) {
        KnowledgeGraph g = importTriples();
        triples = g.relationCount();
        benchmark::DoNotOptimize(g);
    }
    setThroughput(state, triples);
}

void BM_Save(benchmark::State& state) {
    KnowledgeGraph g = importTriples();
    auto file = scratchFile();
    for (auto _ : state)
        saveGraph(g, file);
    state.counters["file_bytes"] = static_cast<double>(std::filesystem::file_size(file));
    std::filesystem::remove(file);
    setThroughput(state, g.relationCount());
}

void BM_Load(benchmark::State& state) {
    auto file = scratchFile();
    saveGraph(importTriples(), file);
    std::size_t triples = 0;
    for (auto _ : state) {
        KnowledgeGraph g = loadGraph(file);
        triples = g.relationCount();
        benchmark::DoNotOptimize(g);
    }
    std::filesystem::remove(file);
    setThroughput(state, triples);
}

void BM_Stats(benchmark::State& state) {
    KnowledgeGraph g = importTriples();
    for (auto _ : state)
        benchmark::DoNotOptimize(computeStats(g));
    setThroughput(state, g.relationCount());
}

BENCHMARK(BM_ImportTsv)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Save)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Load)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Stats)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
