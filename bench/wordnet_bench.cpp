// One WordNet index lookup (bin_search, which index_lookup and morphstr call) by the library's
// own function over its stream and by kg's over the mapped file (extract/wordnet_memory.h), on
// every 16th word of index.noun and a miss beside each.
#include "extract/wordnet.h"

#include <benchmark/benchmark.h>
#include <cstdio>
#include <cstring>
#include <dlfcn.h>
#include <string>
#include <vector>
#include <wn.h>

namespace {

using BinSearch = char* (*)(char*, FILE*);

std::vector<std::string> sampleKeys() {
    kg::extract::WordNet::instance(); // maps the index files
    std::vector<std::string> keys;
    FILE* stream = indexfps[NOUN];
    std::rewind(stream);
    std::vector<char> line(1 << 16);
    for (std::size_t i = 0;
         std::fgets(line.data(), static_cast<int>(line.size()), stream) != nullptr; ++i)
        if (i % 16 == 0) {
            std::string word(line.data(), std::strcspn(line.data(), " \n"));
            keys.push_back(word);
            keys.push_back(word + "zz");
        }
    return keys;
}

void lookUp(benchmark::State& state, BinSearch search) {
    static const std::vector<std::string> keys = sampleKeys();
    std::vector<std::string> copies = keys; // the signature takes a writable key
    for (auto _ : state)
        for (std::string& key : copies)
            benchmark::DoNotOptimize(search(key.data(), indexfps[NOUN]));
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * copies.size()));
}

void BM_LibraryBinSearch(benchmark::State& state) {
    lookUp(state, reinterpret_cast<BinSearch>(::dlsym(RTLD_NEXT, "bin_search")));
}

void BM_KgBinSearch(benchmark::State& state) {
    lookUp(state, &::bin_search);
}

BENCHMARK(BM_LibraryBinSearch)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_KgBinSearch)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
