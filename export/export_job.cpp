#include "export/export_job.h"

#include "base/atomic_file.h"
#include "base/case_fold.h"
#include "export/diagram.h"
#include "export/export_error.h"
#include "export/query_selection.h"
#include "export/render.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <fmt/format.h>
#include <utility>

namespace kg::exporter {
namespace {

constexpr std::array<std::pair<std::string_view, Format>, 10> kFormatNames = {{
    {"dot", Format::Dot},
    {"gv", Format::Dot},
    {"svg", Format::Svg},
    {"png", Format::Png},
    {"pdf", Format::Pdf},
    {"json", Format::Json},
    {"graphml", Format::Graphml},
    {"ntriples", Format::NTriples},
    {"nt", Format::NTriples},
    {"csv", Format::Csv},
}};

DiagramFormat diagramFormat(Format format) {
    switch (format) {
    case Format::Svg:
        return DiagramFormat::Svg;
    case Format::Png:
        return DiagramFormat::Png;
    case Format::Pdf:
        return DiagramFormat::Pdf;
    default:
        return DiagramFormat::Dot;
    }
}

// Graphviz 2.43's dot, run as a library, aborts on some clustered diagrams of a few dozen
// entities that the `dot` command draws; the user is told what to change instead.
DrawnDiagram renderClustered(const Diagram& diagram, DiagramFormat format, Cluster cluster) {
    try {
        return drawDiagram(diagram, format);
    } catch (const GraphvizError& e) {
        if (cluster == Cluster::None)
            throw;
        throw ExportError(fmt::format(
            "Graphviz could not draw these {} entities in clusters ({}); lower --max-nodes, "
            "leave out --cluster, or export dot and run the dot command on it",
            diagram.entities, e.what()));
    }
}

ExportSummary exportDiagram(const graph::KnowledgeGraph& g, const Selection& selection,
                            const ExportJob& job) {
    DiagramOptions options = job.diagram;
    options.hoverable = job.format == Format::Svg || job.format == Format::Dot;
    if (options.title.empty() && selection.focus)
        options.title = fmt::format("{}: neighbourhood, depth {}", g.name(*selection.focus),
                                    job.selection.depth);
    Diagram diagram = buildDiagram(g, selection, options);
    if (job.format != Format::Dot && diagram.entities > kMaxLayoutEntities)
        throw ExportError(fmt::format("laying out {} entities would take Graphviz very long (at "
                                      "most {}); lower --max-nodes, or export dot",
                                      diagram.entities, kMaxLayoutEntities));
    // Render into memory first: a failing layout must not leave even a temporary file behind.
    DrawnDiagram drawn = renderClustered(diagram, diagramFormat(job.format), options.cluster);
    base::AtomicFile file(job.output);
    file.write(drawn.bytes);
    file.commit();
    return {{job.output}, diagram.entities, diagram.relations, std::move(drawn.warning)};
}

template <class Writer> void writeAtomically(const std::filesystem::path& path, Writer&& writer) {
    base::AtomicFile file(path);
    try {
        writer(file.file());
    } catch (const ExportError& e) { // a failed write (full disk, ulimit -f): name the file
        throw ExportError(fmt::format("cannot write {}: {}", path.string(), e.what()));
    }
    file.commit();
}

} // namespace

std::optional<Format> parseFormat(std::string_view name) {
    std::string wanted = base::lowerAscii(name);
    for (const auto& [text, format] : kFormatNames)
        if (text == wanted)
            return format;
    return std::nullopt;
}

std::string_view formatName(Format format) {
    for (const auto& [text, value] : kFormatNames)
        if (value == format)
            return text;
    return "json";
}

std::optional<Format> formatForPath(const std::filesystem::path& path) {
    std::string extension = path.extension().string();
    if (extension.size() < 2)
        return std::nullopt;
    return parseFormat(std::string_view(extension).substr(1));
}

bool isDiagramFormat(Format format) {
    return format == Format::Dot || format == Format::Svg || format == Format::Png ||
           format == Format::Pdf;
}

Selection buildSelection(const graph::KnowledgeGraph& g, const SelectionSpec& spec) {
    if (!spec.around.empty() && !spec.query.empty())
        throw ExportError("choose either --around or --query, not both");
    if (!spec.around.empty())
        return selectAround(g, spec.around, spec.depth);
    if (!spec.query.empty())
        return selectFromQuery(g, spec.query, spec.queryParams, spec.queryLimits);
    return selectWhole();
}

std::pair<std::filesystem::path, std::filesystem::path>
csvPaths(const std::filesystem::path& output) {
    std::error_code ec;
    std::string text = output.string();
    if (!text.empty() && (text.back() == '/' || std::filesystem::is_directory(output, ec)))
        return {output / "nodes.csv", output / "relationships.csv"};
    return {std::filesystem::path(text + ".nodes.csv"),
            std::filesystem::path(text + ".relationships.csv")};
}

ExportSummary runExport(const graph::KnowledgeGraph& g, const ExportJob& job) {
    if (job.output.empty())
        throw ExportError("no output file given (-o FILE)");
    std::string base = job.format == Format::NTriples ? checkBaseIri(job.base) : std::string();
    Selection selection = buildSelection(g, job.selection);
    if (isDiagramFormat(job.format))
        return exportDiagram(g, selection, job);

    ExportSummary summary{{}, selection.entityCount(g), selection.relationCount(g), {}};
    switch (job.format) {
    case Format::Json:
        writeAtomically(job.output, [&](std::FILE* f) { writeJson(g, selection, f); });
        summary.files = {job.output};
        break;
    case Format::Graphml:
        writeAtomically(job.output, [&](std::FILE* f) { writeGraphml(g, selection, f); });
        summary.files = {job.output};
        break;
    case Format::NTriples:
        writeAtomically(job.output, [&](std::FILE* f) { writeNTriples(g, selection, base, f); });
        summary.files = {job.output};
        break;
    case Format::Csv: {
        auto [nodes, relationships] = csvPaths(job.output);
        if (std::string text = job.output.string(); !text.empty() && text.back() == '/') {
            std::error_code ec;
            std::filesystem::create_directories(job.output, ec);
            if (ec)
                throw ExportError(fmt::format("cannot create folder {}: {}", text, ec.message()));
        }
        // Both files are complete before either replaces an older export.
        base::AtomicFile nodeFile(nodes);
        base::AtomicFile relationshipFile(relationships);
        writeCsvNodes(g, selection, nodeFile.file());
        writeCsvRelationships(g, selection, relationshipFile.file());
        nodeFile.commit();
        relationshipFile.commit();
        summary.files = {nodes, relationships};
        break;
    }
    default:
        break;
    }
    return summary;
}

} // namespace kg::exporter
