// :export and :render — files from the session's graph, through the exporter that `kg export`
// and `kg render` use.
#include "base/atomic_file.h"
#include "cli/repl/meta_commands.h"
#include "export/diagram.h"
#include "export/export_job.h"
#include "export/render.h"

#include <fmt/core.h>

namespace kg::cli::repl {
namespace {

void collectIds(const query::Value& value, std::vector<graph::EntityId>& entities,
                std::vector<graph::RelationId>& relations) {
    if (value.isNode()) {
        entities.push_back(value.asNode());
    } else if (value.isRelationship()) {
        relations.push_back(value.asRelationship());
    } else if (value.isPath()) {
        const query::Path& path = value.asPath();
        entities.insert(entities.end(), path.nodes.begin(), path.nodes.end());
        relations.insert(relations.end(), path.relationships.begin(), path.relationships.end());
    } else if (value.isList()) {
        for (const query::Value& item : value.asList())
            collectIds(item, entities, relations);
    } else if (value.isMap()) {
        for (const auto& [key, item] : value.asMap())
            collectIds(item, entities, relations);
    }
}

exporter::DiagramFormat diagramFormatOf(const std::filesystem::path& file) {
    auto format = exporter::formatForPath(file);
    if (format == exporter::Format::Svg)
        return exporter::DiagramFormat::Svg;
    if (format == exporter::Format::Png)
        return exporter::DiagramFormat::Png;
    if (format == exporter::Format::Pdf)
        return exporter::DiagramFormat::Pdf;
    if (format == exporter::Format::Dot)
        return exporter::DiagramFormat::Dot;
    throw MetaError(fmt::format("cannot tell the diagram format of {}: name it .svg, .png, .pdf "
                                "or .dot",
                                file.string()));
}

std::string counts(std::size_t entities, std::size_t relations) {
    return fmt::format("{} {} and {} {}", entities, entities == 1 ? "entity" : "entities",
                       relations, relations == 1 ? "relation" : "relations");
}

} // namespace

void metaExport(Session& session, const MetaArgs& args) {
    if (args.size() < 2)
        throw MetaUsageError();
    auto format = exporter::parseFormat(args[0]);
    if (!format)
        throw MetaError(fmt::format("unknown export format '{}' (dot, svg, png, pdf, json, "
                                    "graphml, ntriples or csv)",
                                    args[0]));
    exporter::ExportJob job;
    job.format = *format;
    job.output = args[1];
    job.selection.query = std::string(args.textAfter(2));
    job.selection.queryLimits = session.limits;
    job.selection.queryParams = session.params;
    exporter::ExportSummary summary = exporter::runExport(session.graph(), job);
    if (!summary.warning.empty())
        fmt::print(session.err(), "warning: {}\n", summary.warning);
    std::string files;
    for (const auto& file : summary.files)
        files += (files.empty() ? "" : ", ") + file.string();
    fmt::print(session.out(), "exported {} to {}\n", counts(summary.entities, summary.relations),
               files);
}

void metaRender(Session& session, const MetaArgs& args) {
    if (args.size() < 1)
        throw MetaUsageError();
    std::filesystem::path file = args[0];
    exporter::DiagramFormat format = diagramFormatOf(file);

    // The query given, run with the session's parameters, or else the last result.
    std::string_view text = args.textAfter(1);
    query::QueryResult fresh;
    const query::QueryResult* result = session.lastResult();
    if (!text.empty()) {
        try {
            fresh = query::runQuery(session.graph(), text, session.params, session.runOptions());
        } catch (const query::QueryError& e) {
            session.printQueryError(e);
            throw MetaError("nothing drawn: the query above failed");
        }
        result = &fresh;
    }
    if (result == nullptr)
        throw MetaError("no result to draw: run a query first, or give one after the file name");

    std::vector<graph::EntityId> entities;
    std::vector<graph::RelationId> relations;
    for (const auto& row : result->rows)
        for (const query::Value& value : row)
            collectIds(value, entities, relations);
    exporter::Selection selection =
        exporter::selectIds(session.graph(), std::move(entities), std::move(relations));
    if (selection.entities.empty())
        throw MetaError("nothing to draw: the result holds no entities, relationships or paths");

    exporter::DiagramOptions options;
    options.hoverable =
        format == exporter::DiagramFormat::Svg || format == exporter::DiagramFormat::Dot;
    exporter::Diagram diagram = exporter::buildDiagram(session.graph(), selection, options);
    exporter::DrawnDiagram drawn = exporter::drawDiagram(diagram, format);
    base::AtomicFile out(file);
    out.write(drawn.bytes);
    out.commit();
    if (!drawn.warning.empty())
        fmt::print(session.err(), "warning: {}\n", drawn.warning);
    fmt::print(session.out(), "drew {} to {}\n", counts(diagram.entities, diagram.relations),
               file.string());
}

} // namespace kg::cli::repl
