// libFuzzer target over every reader in graph/io: the .kg loader, the fact record (JSON Lines)
// parser, the N-Triples line parser, the line-based importer (line reader, UTF-8 check,
// TSV splitting, key=value columns), the bulk TSV import into a binary file (which must write
// what the editable import saves) and the binary .kgb form, mapped and loaded. The first byte
// picks the reader. Only the documented error types may escape; a graph that loads must save
// and load again unchanged in size.
#include "graph/io/bulk_import.h"
#include "graph/io/fact_record_json.h"
#include "graph/io/importer.h"
#include "graph/io/kg_file.h"
#include "graph/io/kgb_format.h"
#include "graph/io/ntriples.h"
#include "graph/mapped_graph.h"
#include "graph/stats.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

namespace {

using namespace kg::graph;

std::filesystem::path scratch(const char* name) {
    return std::filesystem::temp_directory_path() /
           (std::string("kg-fuzz-") + std::to_string(::getpid()) + "-" + name);
}

// The two files the .kg reader is fuzzed through, removed when the process ends.
struct ScratchFiles {
    std::filesystem::path input = scratch("in.kg");
    std::filesystem::path again = scratch("again.kg");
    ~ScratchFiles() {
        std::error_code ec;
        std::filesystem::remove(input, ec);
        std::filesystem::remove(again, ec);
    }
};

void loadAndResave(std::string_view bytes) {
    static const ScratchFiles files;
    const auto& input = files.input;
    const auto& again = files.again;
    {
        std::ofstream out(input, std::ios::binary | std::ios::trunc);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    }
    try {
        KnowledgeGraph g = loadGraph(input);
        saveGraph(g, again);
        KnowledgeGraph h = loadGraph(again);
        if (h.entityCount() != g.entityCount() || h.relationCount() != g.relationCount())
            std::abort();
    } catch (const GraphFileError&) {
    }
}

/// Gives a mutated binary file correct checksums, so that the fuzzer reaches the section layout
/// and the content instead of stopping at the checksum every time.
std::string withChecksums(std::string bytes) {
    namespace kgb = kg::graph::kgb;
    const std::size_t tableEnd =
        sizeof(kgb::Header) + kgb::kSectionCount * sizeof(kgb::SectionEntry);
    if (bytes.size() < tableEnd)
        return bytes;
    for (std::size_t i = 0; i < kgb::kSectionCount; ++i) {
        kgb::SectionEntry e;
        char* at = bytes.data() + sizeof(kgb::Header) + i * sizeof e;
        std::memcpy(&e, at, sizeof e);
        if (e.offset > bytes.size() || e.elementSize == 0 ||
            e.count > (bytes.size() - e.offset) / e.elementSize)
            continue;
        e.checksum = kgb::checksum(bytes.data() + e.offset, e.count * e.elementSize);
        std::memcpy(at, &e, sizeof e);
    }
    kgb::Header h;
    std::memcpy(&h, bytes.data(), sizeof h);
    h.checksum = 0;
    h.checksum =
        kgb::checksum(&h, sizeof h) ^ kgb::checksum(bytes.data() + sizeof h, tableEnd - sizeof h);
    std::memcpy(bytes.data(), &h, sizeof h);
    return bytes;
}

/// Reads everything a query can reach through the mapped form.
void walkMapped(const std::filesystem::path& path) {
    try {
        const MappedGraph m(path);
        const GraphView g(m);
        for (EntityId id = 0; id < g.entityIdBound(); ++id) {
            EntityView e = g.entity(id);
            g.findEntityIgnoreCase(g.str(e.name));
            g.forEachOutEdge(id, [&](EdgeView edge) { g.relation(edge.relation); });
            g.forEachInEdge(id, [&](EdgeView edge) { g.str(edge.predicate); });
        }
        for (const auto& [predicate, count] : g.predicates())
            g.forEachRelationWithPredicate(predicate, [&](RelationId r) { g.relation(r); });
        computeStats(g, 1000);
    } catch (const GraphFileError&) {
    }
}

void binary(std::string_view bytes) {
    static const ScratchFiles files;
    {
        std::ofstream out(files.input, std::ios::binary | std::ios::trunc);
        const std::string fixed = withChecksums(std::string(bytes));
        out.write(fixed.data(), static_cast<std::streamsize>(fixed.size()));
    }
    walkMapped(files.input);
    try {
        KnowledgeGraph g = loadGraph(files.input);
        saveBinaryGraph(g, files.again);
        walkMapped(files.again);
    } catch (const GraphFileError&) {
    }
}

void importLines(std::string bytes, ImportFormat format) {
    std::FILE* in = ::fmemopen(bytes.data(), bytes.size(), "rb");
    if (in == nullptr)
        return;
    KnowledgeGraph g;
    ImportOptions options;
    options.onMalformed = [](const std::string&) {};
    importStream(g, in, "fuzz", format, options);
    std::fclose(in);
}

std::string readAll(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The bulk import of the bytes as a TSV file must write the file the editable import saves.
void bulkTsv(std::string_view bytes) {
    static const ScratchFiles files;
    {
        std::ofstream out(files.input, std::ios::binary | std::ios::trunc);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    }
    ImportOptions options;
    options.onMalformed = [](const std::string&) {};
    std::optional<ImportCounts> counts =
        importTsvToBinary({files.input.string()}, files.again, options);
    if (!counts || (counts->facts == 0 && counts->malformed > 0))
        return;
    KnowledgeGraph g;
    importFile(g, files.input, ImportFormat::Tsv, options);
    std::string bulk = readAll(files.again);
    saveBinaryGraph(g, files.again);
    if (bulk != readAll(files.again))
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0 || size > 65536)
        return 0;
    std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
    switch (data[0] % 8) {
    case 0:
        loadAndResave(bytes);
        break;
    case 1:
        try {
            FactRecord r = parseFactRecord(bytes);
            if (parseFactRecord(factRecordToJson(r)).predicate != r.predicate)
                std::abort();
        } catch (const RecordError&) {
        }
        break;
    case 2:
        try {
            RdfTriple t;
            parseNTriplesLine(bytes, t);
        } catch (const RecordError&) {
        }
        break;
    case 3:
        importLines(std::string(bytes), ImportFormat::Tsv);
        break;
    case 4:
        importLines(std::string(bytes), ImportFormat::JsonLines);
        break;
    case 5:
        importLines(std::string(bytes), ImportFormat::NTriples);
        break;
    case 6:
        binary(bytes);
        break;
    case 7:
        bulkTsv(bytes);
        break;
    }
    return 0;
}
