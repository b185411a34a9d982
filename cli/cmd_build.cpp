// `kg build FILE|DIR... -o graph.kg [--append] [-j N] [--min-confidence P]`: extract facts and
// store them in one step.
#include "cli/command.h"
#include "cli/date_options.h"
#include "cli/extract_options.h"
#include "cli/output_guard.h"
#include "extract/pipeline.h"
#include "graph/io/kg_file.h"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fmt/core.h>
#include <memory>
#include <string>
#include <unistd.h>
#include <vector>

namespace kg::cli {
namespace {

struct BuildArgs {
    std::vector<std::string> inputs;
    std::string output;
    unsigned threads = 1;
    bool append = false;
    double minConfidence = extract::kDefaultMinConfidence;
    std::string date;
};

using Clock = std::chrono::steady_clock;

// One line redrawn in place on a terminal; nothing at all when stderr is a pipe or a file.
class Progress {
public:
    Progress(std::size_t documents) : total_(documents), tty_(isatty(fileno(stderr)) != 0) {}
    void update(const extract::ExtractStats& s) {
        if (!tty_)
            return;
        const double seconds = std::chrono::duration<double>(Clock::now() - start_).count();
        const double rate = seconds > 0 ? static_cast<double>(s.sentences) / seconds : 0.0;
        const std::size_t width = 24;
        const std::size_t filled = total_ == 0 ? width : width * s.documents / total_;
        fmt::print(stderr, "\r[{}{}] {}/{} documents, {} sentences, {:.0f} sentences/s ",
                   std::string(filled, '#'), std::string(width - filled, ' '), s.documents, total_,
                   s.sentences, rate);
        std::fflush(stderr);
        drawn_ = true;
    }
    void finish() {
        if (drawn_)
            fmt::print(stderr, "\n");
    }

private:
    std::size_t total_;
    bool tty_;
    bool drawn_ = false;
    Clock::time_point start_ = Clock::now();
};

void runBuild(const BuildArgs& args) {
    std::vector<std::filesystem::path> paths(args.inputs.begin(), args.inputs.end());
    const std::vector<std::filesystem::path> files =
        extract::listInputFiles(paths, [](const std::string& message) {
            fmt::print(stderr, "kg: warning: {}\n", message);
        });
    checkOutput(args.output, std::vector<std::string>(files.begin(), files.end()));
    // Load the old graph first: a broken --append target should cost no parsing. Another
    // writer of the same graph waits until this one has saved.
    std::unique_ptr<base::FileLock> lock = lockForUpdate(args.output);
    graph::KnowledgeGraph graph;
    if (args.append && std::filesystem::exists(args.output))
        graph = graph::loadGraph(args.output);
    extract::ExtractOptions options;
    options.threads = args.threads;
    options.minConfidence = args.minConfidence;
    extract::Extractor extractor(options);
    Progress progress(files.size());
    extract::BuildResult built;
    try {
        built = extract::buildGraph(
            graph, extractor, files.size(),
            [&](std::size_t i) { return extract::readDocumentFile(files[i], args.date); },
            [&](const extract::ExtractStats& s) { progress.update(s); });
    } catch (...) {
        progress.finish(); // end the progress line before main() prints the error
        throw;
    }
    progress.finish();
    for (const std::string& warning : built.extracted.warnings)
        fmt::print(stderr, "kg: warning: {}\n", warning);
    graph::saveGraph(graph, args.output);
    const extract::ExtractStats& total = built.extracted.stats;
    if (std::string skipped = extract::describeSkipped(total); !skipped.empty())
        fmt::print(stderr, "kg: warning: {}\n", skipped);
    fmt::print("built {}: {} facts ({} new) from {} documents, {} sentences: {} entities, {} "
               "relations\n",
               args.output, built.extracted.facts.size(), built.added, total.documents,
               total.sentences, graph.entityCount(), graph.relationCount());
}

} // namespace

void addBuildCommand(CLI::App& app, CommandStatus& /*status*/) {
    auto args = std::make_shared<BuildArgs>();
    CLI::App* cmd =
        app.add_subcommand("build", "Extract facts from text and store them in a graph");
    cmd->add_option("inputs", args->inputs, "Text files or folders")->required();
    cmd->add_option("-o,--output", args->output, "Graph file to write (.kg)")->required();
    cmd->add_flag("--append", args->append,
                  "Add to the graph in the output file instead of replacing it");
    cmd->add_option("-j,--jobs", args->threads,
                    "Parse sentences on N threads (the graph is the same)")
        ->check(CLI::Range(1u, 256u));
    addMinConfidenceOption(*cmd, args->minConfidence);
    addDateOption(*cmd, args->date);
    cmd->callback([args] { runBuild(*args); });
}

} // namespace kg::cli
