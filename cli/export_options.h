#pragma once
// Options shared by `kg export` and `kg render`: what to select and how to draw it.
#include "cli/query_limit_options.h"
#include "export/export_job.h"

#include <CLI/CLI.hpp>
#include <string>

namespace kg::cli {

struct ExportArgs {
    std::string graph;
    std::string output;
    std::string format;
    std::string around;
    unsigned depth = 1;
    std::string query;
    std::size_t maxNodes = exporter::kDefaultMaxNodes;
    std::string layout = "auto";
    std::string cluster = "none";
    bool noLegend = false;
    std::string title;
    bool timings = false;
    QueryLimitArgs limits;
};

/// Which command the options are for: `kg render` writes diagrams only, and its --help says so.
enum class ExportCommand { Export, Render };

/// Adds the graph argument and the selection, output and diagram options to `cmd`.
void addExportOptions(CLI::App& cmd, ExportArgs& args, ExportCommand command);

/// Turns parsed options into a job; throws CliError (usage) for bad values. `fallback` is the
/// format used when neither --format nor the output's extension names one.
exporter::ExportJob makeJob(const ExportArgs& args, std::optional<exporter::Format> fallback);

/// checkOutput (cli/output_guard.h) for every file `job` writes, `graph` being its input.
void checkJobOutputs(const exporter::ExportJob& job, const std::string& graph);

} // namespace kg::cli
