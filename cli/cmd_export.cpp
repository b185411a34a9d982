// `kg export graph.kg --format F -o FILE [--around NAME --depth N | --query Q]` and
// `kg export graph.kg --batch jobs.json` (load once, run every job, report each failure).
#include "cli/command.h"
#include "cli/export_options.h"
#include "export/batch_file.h"
#include "export/export_error.h"
#include "graph/io/kg_file.h"

#include <chrono>
#include <ctime>
#include <fmt/core.h>
#include <memory>

namespace kg::cli {
namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

struct ExportCommandArgs {
    ExportArgs common;
    std::string base = std::string(exporter::kDefaultBase);
    std::string batch;
    std::string outputRoot;
};

// --output-root: a jobs file written by someone else must not write outside the folder it is
// meant for ("../../.bashrc", "/etc/cron.d/x", or a link in the folder that leads out).
void confineOutput(exporter::ExportJob& job, const std::filesystem::path& root) {
    std::filesystem::path output = job.output.is_absolute() ? job.output : root / job.output;
    std::error_code ec;
    std::filesystem::path resolved = std::filesystem::weakly_canonical(output, ec);
    std::filesystem::path inside = resolved.lexically_relative(root);
    if (ec || inside.empty() || *inside.begin() == "..")
        throw CliError(fmt::format("output {} is outside --output-root {}", job.output.string(),
                                   root.string()));
    job.output = output;
}

void runSingle(const ExportCommandArgs& args) {
    exporter::ExportJob job = makeJob(args.common, std::nullopt);
    job.base = args.base;
    checkJobOutputs(job, args.common.graph);
    auto start = Clock::now();
    graph::KnowledgeGraph g = graph::loadGraph(args.common.graph);
    double load = secondsSince(start);
    start = Clock::now();
    // Process CPU time beside the wall time: it stays comparable when other jobs share the cores.
    std::clock_t cpuStart = std::clock();
    exporter::ExportSummary summary = exporter::runExport(g, job);
    if (!summary.warning.empty())
        fmt::print(stderr, "kg: warning: {}\n", summary.warning);
    if (args.common.timings)
        fmt::print(stderr, "timings: load {:.3f} s, export {:.3f} s (cpu {:.3f} s)\n", load,
                   secondsSince(start),
                   static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC);
}

// Every job runs even if an earlier one failed; the exit code is 1 if any failed.
int runBatch(const ExportCommandArgs& args) {
    std::vector<exporter::BatchEntry> entries = exporter::readBatchFile(args.batch);
    query::QueryLimits limits = queryLimitsFrom(args.common.limits);
    std::filesystem::path root;
    if (!args.outputRoot.empty()) {
        std::error_code ec;
        root = std::filesystem::canonical(args.outputRoot, ec);
        if (ec || !std::filesystem::is_directory(root))
            throw CliError(fmt::format("--output-root {}: no such folder", args.outputRoot),
                           kExitUsage);
    }
    graph::KnowledgeGraph g = graph::loadGraph(args.common.graph);
    std::size_t failed = 0;
    for (exporter::BatchEntry& entry : entries) {
        if (entry.job)
            entry.job->selection.queryLimits = limits;
        std::string what =
            entry.job ? fmt::format("job {} ({})", entry.number, entry.job->output.string())
                      : fmt::format("job {}", entry.number);
        if (!entry.job) {
            fmt::print(stderr, "kg: {}: {}\n", what, entry.error);
            ++failed;
            continue;
        }
        auto start = Clock::now();
        try {
            if (!root.empty())
                confineOutput(*entry.job, root);
            checkJobOutputs(*entry.job, args.common.graph);
            exporter::ExportSummary summary = exporter::runExport(g, *entry.job);
            if (!summary.warning.empty())
                fmt::print(stderr, "kg: {}: warning: {}\n", what, summary.warning);
            fmt::print("{}: {} entities, {} relations", what, summary.entities, summary.relations);
            if (args.common.timings)
                fmt::print(" in {:.3f} s", secondsSince(start));
            fmt::print("\n");
            std::fflush(stdout); // keep stdout's progress in step with stderr's failures
        } catch (const std::bad_alloc&) {
            throw; // only running out of memory stops the other jobs
        } catch (const std::exception& e) {
            fmt::print(stderr, "kg: {}: {}\n", what, e.what());
            ++failed;
        }
    }
    if (failed > 0) {
        fmt::print(stderr, "kg: {} of {} jobs failed\n", failed, entries.size());
        return kExitFailure;
    }
    return 0;
}

} // namespace

void addExportCommand(CLI::App& app, CommandStatus& status) {
    auto args = std::make_shared<ExportCommandArgs>();
    CLI::App* cmd = app.add_subcommand(
        "export", "Write a graph, or part of it, as DOT, SVG, PNG, PDF, JSON, GraphML, N-Triples "
                  "or CSV");
    addExportOptions(*cmd, args->common, ExportCommand::Export);
    cmd->add_option("--base", args->base, "N-Triples: namespace IRIs are minted under")
        ->capture_default_str();
    cmd->add_option("--batch", args->batch,
                    "Run the jobs of this JSON file (see docs/export.md) after one load");
    cmd->add_option("--output-root", args->outputRoot,
                    "With --batch: every job's output must lie in this folder (relative "
                    "outputs are taken from it)");
    cmd->callback([args, &status] {
        if (args->batch.empty()) {
            runSingle(*args);
            return;
        }
        const ExportArgs& c = args->common;
        if (!c.output.empty() || !c.format.empty() || !c.around.empty() || !c.query.empty())
            throw CliError("--batch takes its outputs and selections from the jobs file; "
                           "leave out -o, --format, --around and --query",
                           kExitUsage);
        status.exitCode = runBatch(*args);
    });
}

} // namespace kg::cli
