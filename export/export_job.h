#pragma once
// One export: which part of the graph, in which format, to which file. `kg export`, `kg render`
// and every job of `kg export --batch` end up here.
#include "export/diagram_options.h"
#include "export/selection.h"
#include "export/writers.h"
#include "query/limits.h"
#include "query/query_types.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kg::exporter {

enum class Format { Dot, Svg, Png, Pdf, Json, Graphml, NTriples, Csv };

/// "dot", "svg", "png", "pdf", "json", "graphml", "ntriples", "csv" (case-insensitive; "nt" and
/// "gv" too).
std::optional<Format> parseFormat(std::string_view name);
std::string_view formatName(Format format);
/// The format a file name implies by its extension (.dot .gv .svg .png .pdf .json .graphml .nt
/// .csv), if any.
std::optional<Format> formatForPath(const std::filesystem::path& path);
/// Formats drawn as a diagram (and so subject to the node budget).
bool isDiagramFormat(Format format);

/// What to export. Neither `around` nor `query` set: the whole graph.
struct SelectionSpec {
    std::string around;
    unsigned depth = 1;
    std::string query;
    /// Budgets `query` runs under (docs/limits.md).
    query::QueryLimits queryLimits = query::defaultQueryLimits();
    /// What `$name` in `query` stands for (the REPL's :param values).
    query::QueryParams queryParams = {};
};

struct ExportJob {
    Format format = Format::Json;
    std::filesystem::path output;
    SelectionSpec selection;
    DiagramOptions diagram;
    std::string base = std::string(kDefaultBase);
};

struct ExportSummary {
    std::vector<std::filesystem::path> files;
    std::size_t entities = 0;  ///< entities written (drawn, for diagrams)
    std::size_t relations = 0; ///< relations written (drawn, for diagrams)
    std::string warning;       ///< a diagram that is not clean: what to change ("" if clean)
};

/// Builds the selection a spec names. Throws ExportError (unknown entity, query error).
Selection buildSelection(const graph::KnowledgeGraph& g, const SelectionSpec& spec);

/// The two files a CSV export writes for `output`: DIR/nodes.csv and DIR/relationships.csv when
/// `output` is an existing folder or ends in '/', else PREFIX.nodes.csv and
/// PREFIX.relationships.csv.
std::pair<std::filesystem::path, std::filesystem::path>
csvPaths(const std::filesystem::path& output);

/// Runs one export; every file is written atomically. Throws ExportError, GraphvizError or
/// base::FileWriteError; no file is touched when it throws before writing.
ExportSummary runExport(const graph::KnowledgeGraph& g, const ExportJob& job);

} // namespace kg::exporter
