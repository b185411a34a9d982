// `kg render graph.kg --around "Mark Rutte" -o rutte.svg`: the short way to a picture. Same
// selection and drawing options as `kg export`, diagram formats only, SVG unless the output's
// extension or --format says otherwise.
#include "cli/command.h"
#include "cli/date_options.h"
#include "cli/export_options.h"
#include "graph/io/kg_file.h"
#include "graph/stance_map.h"

#include <chrono>
#include <fmt/core.h>
#include <memory>

namespace kg::cli {

void addRenderCommand(CLI::App& app, CommandStatus& /*status*/) {
    auto args = std::make_shared<ExportArgs>();
    auto asOf = std::make_shared<std::string>();
    auto stances = std::make_shared<bool>(false);
    CLI::App* cmd = app.add_subcommand(
        "render", "Draw a relationship diagram (SVG, PNG, PDF or DOT) of a graph or part of it");
    addExportOptions(*cmd, *args, ExportCommand::Render);
    addAsOfOption(*cmd, *asOf);
    cmd->add_flag("--stances", *stances,
                  "Draw the stance map: who supports (green) and opposes (red) what");
    cmd->callback([args, asOf, stances] {
        exporter::ExportJob job = makeJob(*args, exporter::Format::Svg);
        if (!exporter::isDiagramFormat(job.format))
            throw CliError(fmt::format("render draws svg, png, pdf or dot, not {} (use kg export)",
                                       exporter::formatName(job.format)),
                           kExitUsage);
        checkJobOutputs(job, args->graph);
        using Clock = std::chrono::steady_clock;
        auto start = Clock::now();
        graph::KnowledgeGraph g = graph::loadGraph(args->graph);
        applyAsOf(g, *asOf);
        if (*stances)
            graph::keepStanceFacts(g);
        auto loaded = Clock::now();
        exporter::ExportSummary summary = exporter::runExport(g, job);
        if (!summary.warning.empty())
            fmt::print(stderr, "kg: warning: {}\n", summary.warning);
        if (args->timings)
            fmt::print(stderr, "timings: load {:.3f} s, render {:.3f} s ({} entities)\n",
                       std::chrono::duration<double>(loaded - start).count(),
                       std::chrono::duration<double>(Clock::now() - loaded).count(),
                       summary.entities);
    });
}

} // namespace kg::cli
