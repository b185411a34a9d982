#pragma once
// `kg import`: triples from TSV, JSON Lines (FactRecords) or N-Triples into a KnowledgeGraph.
// Formats and their rules are documented in docs/import.md.
#include "graph/knowledge_graph.h"

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace kg::graph {

enum class ImportFormat { Tsv, JsonLines, NTriples };

/// "tsv", "jsonl", "nt" (also "ntriples"); nullopt for anything else.
std::optional<ImportFormat> importFormatFromName(std::string_view name);
/// By extension: .tsv .tab → Tsv, .jsonl .ndjson → JsonLines, .nt → NTriples.
std::optional<ImportFormat> importFormatFromPath(const std::filesystem::path& path);

/// The input cannot be read, or (strict mode) a line is malformed. what() is one line naming
/// the place: "cannot read x.tsv: No such file or directory", "x.tsv:12: ...".
class ImportError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct ImportOptions {
    /// Fail on the first malformed line instead of skipping it.
    bool strict = false;
    /// Called for each skipped line with "file:line: what is wrong" (not in strict mode).
    std::function<void(const std::string&)> onMalformed;
};

struct ImportCounts {
    std::uint64_t lines = 0;     ///< lines read, blank and comment lines included
    std::uint64_t facts = 0;     ///< well-formed facts read
    std::uint64_t added = 0;     ///< facts that became new relations
    std::uint64_t merged = 0;    ///< facts merged into an identical relation already present
    std::uint64_t aliases = 0;   ///< N-Triples name triples (rdfs:label, ...) turned into aliases
    std::uint64_t malformed = 0; ///< lines skipped as malformed

    ImportCounts& operator+=(const ImportCounts& o);
};

/// Reads every line of `in` (named `name` in messages) into `graph`.
ImportCounts importStream(KnowledgeGraph& graph, std::FILE* in, std::string_view name,
                          ImportFormat format, const ImportOptions& options);
/// Opens `path` ("-" reads stdin) and imports it.
ImportCounts importFile(KnowledgeGraph& graph, const std::filesystem::path& path,
                        ImportFormat format, const ImportOptions& options);

} // namespace kg::graph
