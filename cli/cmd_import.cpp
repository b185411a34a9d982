// `kg import FILE... -o graph.kg [--append] [--format tsv|jsonl|nt] [--strict]`
#include "cli/command.h"
#include "cli/output_guard.h"
#include "cli/stopwatch.h"
#include "graph/io/bulk_import.h"
#include "graph/io/importer.h"
#include "graph/io/kg_file.h"
#include "graph/mapped_graph.h"

#include <fmt/core.h>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace kg::cli {
namespace {

// Enough to show what is wrong with a file without flooding the terminal with a binary one.
constexpr std::uint64_t kMaxReportedLines = 20;

struct ImportArgs {
    std::vector<std::string> inputs;
    std::string output;
    std::string format;
    bool append = false;
    bool strict = false;
    bool timings = false;
};

graph::ImportFormat formatOf(const ImportArgs& args, const std::string& input) {
    if (!args.format.empty())
        return *graph::importFormatFromName(args.format);
    if (auto format = graph::importFormatFromPath(input); format && input != "-")
        return *format;
    throw CliError(fmt::format("cannot tell the format of '{}' from its name; use --format "
                               "tsv|jsonl|nt",
                               input),
                   kExitUsage);
}

// Input that is all wrong (the wrong file, the wrong --format) must not replace a graph.
void refuseAllMalformed(const graph::ImportCounts& total, const std::string& output) {
    if (total.facts == 0 && total.aliases == 0 && total.malformed > 0)
        throw CliError(fmt::format("every line of the input is malformed ({} line{}); {} not "
                                   "written",
                                   total.malformed, total.malformed == 1 ? "" : "s", output));
}

void report(const ImportArgs& args, const graph::ImportCounts& total, std::size_t entities,
            std::size_t relations) {
    if (total.malformed > 0)
        fmt::print(stderr, "kg: skipped {} malformed line{}{}\n", total.malformed,
                   total.malformed == 1 ? "" : "s",
                   total.malformed > kMaxReportedLines
                       ? fmt::format(" (the first {} are shown above)", kMaxReportedLines)
                       : "");
    fmt::print("imported {} facts ({} new, {} merged", total.facts, total.added, total.merged);
    if (total.aliases > 0)
        fmt::print(", {} names as aliases", total.aliases);
    fmt::print(") into {}: {} entities, {} relations\n", args.output, entities, relations);
}

graph::ImportOptions importOptions(const ImportArgs& args, std::uint64_t& reported) {
    graph::ImportOptions options;
    options.strict = args.strict;
    options.onMalformed = [&reported](const std::string& message) {
        if (reported++ < kMaxReportedLines)
            fmt::print(stderr, "{}\n", message);
    };
    return options;
}

// TSV files into a new binary graph skip the editable graph: the columns are built in bulk.
// False when the input needs the usual import (a line with qualifier columns).
bool importInBulk(const ImportArgs& args, const std::vector<graph::ImportFormat>& formats) {
    bool eligible =
        args.output.ends_with(".kgb") && (!args.append || !std::filesystem::exists(args.output));
    for (std::size_t i = 0; i < args.inputs.size(); ++i)
        eligible = eligible && formats[i] == graph::ImportFormat::Tsv && args.inputs[i] != "-";
    if (!eligible)
        return false;
    Stopwatch stopwatch;
    std::uint64_t reported = 0;
    std::optional<graph::ImportCounts> total;
    try {
        total = graph::importTsvToBinary(args.inputs, args.output, importOptions(args, reported));
    } catch (const graph::ImportError& e) {
        throw CliError(args.strict ? fmt::format("{} (--strict: nothing written)", e.what())
                                   : e.what());
    }
    if (!total)
        return false;
    refuseAllMalformed(*total, args.output);
    std::string importTime = stopwatch.lap("import and save (bulk)");
    graph::MappedGraph written(args.output);
    report(args, *total, written.entityCount(), written.relationCount());
    if (args.timings)
        fmt::print(stderr, "timings: {}\n", importTime);
    return true;
}

void runImport(const ImportArgs& args) {
    // Decide every format first: a usage mistake in the third file should cost no work.
    std::vector<graph::ImportFormat> formats;
    for (const std::string& input : args.inputs)
        formats.push_back(formatOf(args, input));

    checkOutput(args.output, args.inputs);
    // Another writer of the same graph waits until this one has saved: neither loses facts.
    std::unique_ptr<base::FileLock> lock = lockForUpdate(args.output);
    if (importInBulk(args, formats))
        return;
    Stopwatch stopwatch;
    // Built in place by the call (no default-constructed graph to replace).
    graph::KnowledgeGraph graph = [&] {
        if (!args.append || !std::filesystem::exists(args.output))
            return graph::KnowledgeGraph();
        return graph::loadGraph(args.output);
    }();
    std::string loadTime = stopwatch.lap("load");

    std::uint64_t reported = 0;
    graph::ImportOptions options = importOptions(args, reported);
    graph::ImportCounts total;
    stopwatch.restart();
    try {
        for (std::size_t i = 0; i < args.inputs.size(); ++i)
            total += graph::importFile(graph, args.inputs[i], formats[i], options);
    } catch (const graph::ImportError& e) {
        throw CliError(args.strict ? fmt::format("{} (--strict: nothing written)", e.what())
                                   : e.what());
    }
    std::string importTime = stopwatch.lap("import");
    refuseAllMalformed(total, args.output);

    graph::saveGraph(graph, args.output);
    std::string saveTime = stopwatch.lap("save");
    report(args, total, graph.entityCount(), graph.relationCount());
    if (args.timings)
        fmt::print(stderr, "timings: {}, {}, {}\n", loadTime, importTime, saveTime);
}

} // namespace

void addImportCommand(CLI::App& app, CommandStatus& /*status*/) {
    auto args = std::make_shared<ImportArgs>();
    CLI::App* cmd = app.add_subcommand(
        "import", "Import triples from TSV, JSON Lines or N-Triples files into a graph file");
    cmd->add_option("files", args->inputs, "Input files ('-' reads stdin)")->required();
    cmd->add_option("-o,--output", args->output, "Graph file to write (.kg)")->required();
    cmd->add_flag("--append", args->append,
                  "Add to the graph in the output file instead of replacing it");
    cmd->add_option("--format", args->format,
                    "Input format (default: by extension .tsv, .jsonl, .nt)")
        ->check(CLI::IsMember({"tsv", "jsonl", "nt"}));
    cmd->add_flag("--strict", args->strict,
                  "Fail on the first malformed line and write nothing (default: skip it)");
    cmd->add_flag("--timings", args->timings, "Print how long each phase took to stderr");
    cmd->footer("Formats and the meaning of extra columns: docs/import.md");
    cmd->callback([args] { runImport(*args); });
}

} // namespace kg::cli
