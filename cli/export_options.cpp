#include "cli/export_options.h"

#include "cli/command.h"
#include "cli/output_guard.h"

#include <exception>
#include <fmt/core.h>
#include <new>

namespace kg::cli {

void addExportOptions(CLI::App& cmd, ExportArgs& args, ExportCommand command) {
    bool render = command == ExportCommand::Render;
    cmd.add_option("graph", args.graph, "Graph file (.kg)")->required();
    cmd.add_option("-o,--output", args.output,
                   render ? "Output file (.svg, .png, .pdf or .dot)"
                          : "Output file (csv: a folder, or a prefix for PREFIX.nodes.csv and "
                            "PREFIX.relationships.csv)");
    cmd.add_option("--format", args.format,
                   render ? "svg, png, pdf or dot (default: from the output's extension, else svg)"
                          : "dot, svg, png, pdf, json, graphml, ntriples or csv (default: from "
                            "the output's extension)");
    CLI::Option* around = cmd.add_option("--around", args.around,
                                         "Only this entity (name or alias) and its neighbours");
    cmd.add_option("--depth", args.depth, "Hops from --around")
        ->capture_default_str()
        ->check(CLI::Range(0, 100))
        ->needs(around);
    cmd.add_option("--query", args.query,
                   "Only what this query returns: MATCH ... RETURN nodes, relationships, paths");
    addQueryLimitOptions(cmd, args.limits);
    cmd.add_option("--max-nodes", args.maxNodes,
                   "Diagrams: entities drawn at most, the rest fold into \"+N more\" (0: all)")
        ->capture_default_str();
    cmd.add_option("--layout", args.layout,
                   "Diagrams: auto, dot, neato, fdp, sfdp or circo (auto: dot, or sfdp above " +
                       std::to_string(exporter::kAutoSfdpAbove) + " nodes)")
        ->capture_default_str();
    cmd.add_option("--cluster", args.cluster,
                   "Diagrams: group nodes by none, type or doc (under a force layout the "
                   "clusters are laid out apart and composed)")
        ->capture_default_str();
    cmd.add_flag("--no-legend", args.noLegend, "Diagrams: leave out the legend");
    cmd.add_option("--title", args.title, "Diagrams: caption at the top");
    cmd.add_flag("--timings", args.timings, "Print load and export times to stderr");
}

exporter::ExportJob makeJob(const ExportArgs& args, std::optional<exporter::Format> fallback) {
    exporter::ExportJob job;
    if (args.output.empty())
        throw CliError("no output file given (-o FILE)", kExitUsage);
    // Exports are written atomically beside their final name, which standard output has not;
    // without this check "-o -" quietly made a file named "-".
    if (args.output == "-")
        throw CliError("-o -: exports are written to files; give a file name (kg query prints "
                       "to standard output)",
                       kExitUsage);
    job.output = args.output;
    std::optional<exporter::Format> format;
    if (!args.format.empty()) {
        format = exporter::parseFormat(args.format);
        if (!format)
            throw CliError(fmt::format("unknown format '{}' (expected dot, svg, png, pdf, json, "
                                       "graphml, ntriples or csv)",
                                       args.format),
                           kExitUsage);
    } else {
        format = exporter::formatForPath(job.output);
    }
    if (!format)
        format = fallback;
    if (!format)
        throw CliError(fmt::format("cannot tell the format of '{}': give --format", args.output),
                       kExitUsage);
    job.format = *format;
    if (!args.around.empty() && !args.query.empty())
        throw CliError("choose either --around or --query, not both", kExitUsage);
    job.selection = {args.around, args.depth, args.query, queryLimitsFrom(args.limits)};
    auto layout = exporter::parseLayout(args.layout);
    if (!layout)
        throw CliError(fmt::format("unknown layout '{}' (expected auto, dot, neato, fdp, sfdp or "
                                   "circo)",
                                   args.layout),
                       kExitUsage);
    auto cluster = exporter::parseCluster(args.cluster);
    if (!cluster)
        throw CliError(
            fmt::format("unknown cluster '{}' (expected none, type or doc)", args.cluster),
            kExitUsage);
    job.diagram.maxNodes = args.maxNodes;
    job.diagram.layout = *layout;
    job.diagram.cluster = *cluster;
    job.diagram.legend = !args.noLegend;
    job.diagram.title = args.title;
    return job;
}

void checkJobOutputs(const exporter::ExportJob& job, const std::string& graph) {
    if (job.format != exporter::Format::Csv) {
        checkOutput(job.output.string(), {graph});
        return;
    }
    // The CSV folder may not exist yet (the export creates it): only the inputs are checked.
    auto [nodes, relationships] = exporter::csvPaths(job.output);
    refuseInputAsOutput(nodes.string(), {graph});
    refuseInputAsOutput(relationships.string(), {graph});
}

} // namespace kg::cli
