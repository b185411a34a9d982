// `kg build FILE|DIR... -o graph.kg [--append] [-j N] [--min-confidence P]`: extract facts and
// store them in one step. `kg build --from-records SHARD.jsonl... -o graph.kg` does the second
// half for claims extracted elsewhere (`kg extract --format claims`), through the same code.
#include "base/atomic_file.h"
#include "cli/command.h"
#include "cli/date_options.h"
#include "cli/extract_options.h"
#include "cli/output_guard.h"
#include "extract/claims_json.h"
#include "extract/graph_claims.h"
#include "extract/pipeline.h"
#include "graph/curation.h"
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
    unsigned jobs = 1;
    bool append = false;
    bool fromRecords = false;
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

// Every document's claims, read from text in N worker processes (-j); each goes to `onDocument`
// as soon as it and the documents before it are read.
std::vector<extract::DocumentClaims>
extractDocuments(const BuildArgs& args, const std::vector<std::filesystem::path>& files,
                 const extract::DocumentCallback& onDocument) {
    extract::ExtractOptions options;
    options.jobs = args.jobs;
    options.minConfidence = args.minConfidence;
    extract::Extractor extractor(options);
    Progress progress(files.size());
    try {
        auto documents = extractor.readAll(
            files.size(),
            [&](std::size_t i) { return extract::readDocumentFile(files[i], args.date); },
            [&](const extract::ExtractStats& s) { progress.update(s); }, onDocument);
        progress.finish();
        return documents;
    } catch (...) {
        progress.finish(); // end the progress line before main() prints the error
        throw;
    }
}

// Every document's claims, read from claim record files (`kg extract --format claims`).
std::vector<extract::DocumentClaims> readRecords(const std::vector<std::filesystem::path>& files) {
    std::vector<extract::DocumentClaims> documents;
    for (const std::filesystem::path& file : files)
        for (extract::DocumentClaims& doc : extract::readClaimsFile(file))
            documents.push_back(std::move(doc));
    return documents;
}

// What a build starts from. Without --append (or with no graph yet): nothing. With --append: the
// documents of the graph's claims file, to resolve again with the new ones; for a graph without
// current claims, the graph itself, which new documents join by name.
struct BuildBase {
    graph::KnowledgeGraph graph;
    std::vector<extract::DocumentClaims> documents;
    std::size_t relationsBefore = 0; ///< in the graph appended to
};

BuildBase buildBase(const BuildArgs& args) {
    BuildBase base;
    if (!args.append || !std::filesystem::exists(args.output))
        return base;
    graph::KnowledgeGraph previous = graph::loadGraph(args.output);
    base.relationsBefore = previous.relationCount();
    const std::filesystem::path claims = extract::claimsFileOf(args.output);
    if (!std::filesystem::exists(claims)) {
        fmt::print(stderr,
                   "kg: warning: {} has no claim records beside it ({}): the new documents join "
                   "its entities by name, which can differ from one build of all the documents\n",
                   args.output, claims.string());
    } else if (!extract::hasCurrentClaims(args.output)) {
        fmt::print(stderr,
                   "kg: warning: {} changed after its claim records ({}) were written: the new "
                   "documents join its entities by name, so that the changes are kept\n",
                   args.output, claims.string());
    } else {
        base.documents = extract::readClaimsFile(claims);
        // Rebuilt from the claims, the graph keeps its curation log, to be replayed on it.
        base.graph.curationLog() = std::move(previous.curationLog());
        return base;
    }
    base.graph = std::move(previous);
    return base;
}

// The curator's changes hold across builds: the curation log of the graph file this build
// appends to or replaces is applied again to what the build read (docs/curation.md).
void replayCuration(graph::KnowledgeGraph& graph, const BuildArgs& args) {
    if (!args.append && std::filesystem::exists(args.output)) {
        try {
            graph.curationLog() = graph::loadGraph(args.output).curationLog();
        } catch (const graph::GraphFileError& e) {
            fmt::print(stderr, "kg: warning: {}: not replaced as a graph: no curation log kept\n",
                       e.what());
        }
    }
    graph::ReplayCounts replayed = graph::replayCurationLog(graph);
    if (replayed.any())
        fmt::print(stderr, "kg: {}\n", replayed.describe());
}

void runBuild(const BuildArgs& args) {
    if (args.fromRecords && !args.date.empty())
        throw CliError("--date applies to text; claim records carry their documents' dates",
                       kExitUsage);
    std::vector<std::filesystem::path> files(args.inputs.begin(), args.inputs.end());
    if (!args.fromRecords)
        files = extract::listInputFiles(files, [](const std::string& message) {
            fmt::print(stderr, "kg: warning: {}\n", message);
        });
    checkOutput(args.output, std::vector<std::string>(files.begin(), files.end()));
    // Load what the build starts from first: a broken --append target should cost no parsing.
    // Another writer of the same graph waits until this one has saved.
    std::unique_ptr<base::FileLock> lock = lockForUpdate(args.output);
    BuildBase base = buildBase(args);
    graph::KnowledgeGraph& graph = base.graph;
    // Text and claim records meet here: the same resolution, in document-id order.
    const extract::GraphBuild build = extract::buildGraph(
        graph, std::move(base.documents),
        [&](const extract::DocumentCallback& onDocument) {
            if (!args.fromRecords)
                return extractDocuments(args, files, onDocument);
            std::vector<extract::DocumentClaims> read = readRecords(files);
            for (const extract::DocumentClaims& doc : read)
                onDocument(doc);
            return read;
        },
        args.minConfidence);
    const extract::BuildResult& built = build.result;
    replayCuration(graph, args);
    for (const std::string& warning : built.extracted.warnings)
        fmt::print(stderr, "kg: warning: {}\n", warning);
    graph::saveGraph(graph, args.output);
    extract::saveClaims(build.documents, args.output);
    const extract::ExtractStats& total = built.extracted.stats;
    if (std::string skipped = extract::describeSkipped(total); !skipped.empty())
        fmt::print(stderr, "kg: warning: {}\n", skipped);
    const std::size_t relations = graph.relationCount();
    fmt::print("built {}: {} facts ({} new) from {} documents ({} added), {} sentences: {} "
               "entities, {} relations\n",
               args.output, built.extracted.facts.size(),
               relations > base.relationsBefore ? relations - base.relationsBefore : 0,
               total.documents, build.added, total.sentences, graph.entityCount(), relations);
    if (const std::size_t left = built.extracted.repeated; left > 0)
        fmt::print("{} document{} left out: already in the graph or read twice\n", left,
                   left == 1 ? "" : "s");
}

} // namespace

void addBuildCommand(CLI::App& app, CommandStatus& /*status*/) {
    auto args = std::make_shared<BuildArgs>();
    CLI::App* cmd =
        app.add_subcommand("build", "Extract facts from text and store them in a graph");
    cmd->add_option("inputs", args->inputs,
                    "Text files or folders; with --from-records, claim record files ('-': stdin)")
        ->required();
    cmd->add_option("-o,--output", args->output, "Graph file to write (.kg)")->required();
    cmd->add_flag("--append", args->append,
                  "Add to the graph in the output file instead of replacing it");
    CLI::Option* jobs =
        cmd->add_option("-j,--jobs", args->jobs,
                        "Parse sentences in N worker processes (the graph is the same)")
            ->check(CLI::Range(1u, 256u));
    addMinConfidenceOption(*cmd, args->minConfidence);
    addDateOption(*cmd, args->date);
    cmd->add_flag("--from-records", args->fromRecords,
                  "Inputs are claim records (kg extract --format claims), extracted anywhere: "
                  "resolve them as one corpus")
        ->excludes(jobs);
    cmd->callback([args] { runBuild(*args); });
}

} // namespace kg::cli
