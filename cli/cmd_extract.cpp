// `kg extract FILE|DIR|- ... [-o out.jsonl] [--format jsonl|tsv|carb|claims] [-j N] [--lines]`
// Files and folders are one corpus (entities resolved across them); `-` streams JSON Lines
// documents from stdin to records on stdout, one document at a time, as a Hadoop or Spark mapper.
#include "base/atomic_file.h"
#include "cli/command.h"
#include "cli/date_options.h"
#include "cli/extract_options.h"
#include "cli/output_guard.h"
#include "extract/claims_json.h"
#include "extract/pipeline.h"
#include "extract/record_format.h"
#include "graph/io/fact_record_json.h"

#include <chrono>
#include <cstdio>
#include <fmt/core.h>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

namespace kg::cli {
namespace {

struct ExtractArgs {
    std::vector<std::string> inputs;
    std::string output;
    std::string format = "jsonl";
    unsigned jobs = 1;
    bool lines = false;
    bool timings = false;
    double minConfidence = extract::kDefaultMinConfidence;
    std::string date;
};

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// --timings: where the time went. The sentence pipeline's time is summed over the parsing
// processes.
void printTimings(const extract::ExtractStats& s, double resolveSeconds, double wallSeconds) {
    const double own = s.totalSeconds - s.parserSeconds + resolveSeconds;
    fmt::print(stderr,
               "timings: {} documents, {} sentences ({} parsed) in {:.3f} s wall, {:.1f} "
               "sentences/s; link-grammar {:.3f} s, kg {:.3f} s ({:.1f}% of the parser's "
               "time)\n",
               s.documents, s.sentences, s.parsed, wallSeconds,
               wallSeconds > 0 ? static_cast<double>(s.sentences) / wallSeconds : 0.0,
               s.parserSeconds, own, s.parserSeconds > 0 ? 100.0 * own / s.parserSeconds : 0.0);
}

// Where records go: stdout as they come, or a file replaced atomically at the end.
class RecordSink {
public:
    explicit RecordSink(const std::string& path) {
        if (!path.empty())
            file_ = std::make_unique<base::AtomicFile>(path);
    }
    void write(const std::string& text) {
        if (file_) {
            file_->write(text);
        } else if (!text.empty() &&
                   std::fwrite(text.data(), 1, text.size(), stdout) != text.size()) {
            throw CliError("cannot write to standard output");
        }
    }
    void flush() {
        if (!file_)
            std::fflush(stdout);
    }
    void commit() {
        if (file_)
            file_->commit();
        else if (std::fflush(stdout) != 0)
            throw CliError("cannot write to standard output");
    }

private:
    std::unique_ptr<base::AtomicFile> file_;
};

std::string formatRecords(const std::vector<graph::FactRecord>& records,
                          const std::string& format) {
    std::string out;
    for (const graph::FactRecord& r : records) {
        if (format == "tsv")
            out += extract::factRecordToTsv(r);
        else
            graph::appendFactRecordJson(r, out);
        out += '\n';
    }
    return out;
}

// The formats written per document, before entities are resolved: CaRB lines, or the document's
// claim record for `kg build --from-records`.
bool isPerDocument(const std::string& format) {
    return format == "carb" || format == "claims";
}

std::string formatDocument(const extract::DocumentClaims& doc, const std::string& format) {
    std::string out;
    if (format == "claims") {
        extract::appendClaimsRecord(doc, out);
        out += '\n';
    } else {
        for (const extract::SentenceClaims& s : doc.sentences)
            extract::appendCarbLines(s.text, s, out);
    }
    return out;
}

extract::ResolveOptions resolveOptions(const ExtractArgs& args) {
    extract::ResolveOptions options;
    options.minConfidence = args.minConfidence;
    return options;
}

void warnAbout(const extract::DocumentClaims& doc) {
    if (std::string warning = extract::invalidBytesWarning(doc); !warning.empty())
        fmt::print(stderr, "kg: warning: {}\n", warning);
}

void summarise(const extract::ExtractStats& s) {
    if (std::string skipped = extract::describeSkipped(s); !skipped.empty())
        fmt::print(stderr, "kg: warning: {}\n", skipped);
}

// `-`: documents are read, extracted and written in batches, so memory stays bounded and output
// starts early; each document is its own corpus for entity resolution.
void streamStdin(const ExtractArgs& args, extract::Extractor& extractor, RecordSink& sink) {
    const std::size_t batchSize = 8 * std::max(1u, args.jobs);
    std::size_t lineNumber = 0;
    std::size_t malformed = 0;
    extract::ExtractStats total;
    double resolveSeconds = 0;
    const auto start = Clock::now();
    std::string line;
    bool more = true;
    while (more) {
        std::vector<extract::Document> batch;
        while (batch.size() < batchSize &&
               (more = static_cast<bool>(std::getline(std::cin, line)))) {
            ++lineNumber;
            if (line.find_first_not_of(" \t\r") == std::string::npos)
                continue;
            try {
                batch.push_back(
                    extract::parseDocumentJson(line, fmt::format("stdin:{}", lineNumber),
                                               fmt::format("stdin:{}", lineNumber), args.date));
            } catch (const extract::InputError& e) {
                ++malformed;
                fmt::print(stderr, "kg: warning: {} (document skipped)\n", e.what());
            }
        }
        // Each document is its own corpus, resolved and written while the next are parsed.
        extractor.readAll(
            batch.size(), [&](std::size_t i) { return batch[i]; }, {},
            [&](const extract::DocumentClaims& doc) {
                const auto resolveStart = Clock::now();
                warnAbout(doc);
                total.add(doc.stats);
                if (isPerDocument(args.format)) {
                    sink.write(formatDocument(doc, args.format));
                } else {
                    std::vector<extract::DocumentClaims> one{doc};
                    sink.write(formatRecords(
                        extract::resolveDocuments(std::move(one), resolveOptions(args)).facts,
                        args.format));
                }
                resolveSeconds += secondsSince(resolveStart);
            });
        sink.flush();
    }
    summarise(total);
    if (args.timings)
        printTimings(total, resolveSeconds, secondsSince(start));
    if (malformed > 0)
        throw CliError(fmt::format("{} malformed document line{} skipped", malformed,
                                   malformed == 1 ? "" : "s"));
}

void extractFiles(const ExtractArgs& args, extract::Extractor& extractor, RecordSink& sink) {
    std::vector<std::filesystem::path> paths;
    for (const std::string& input : args.inputs)
        paths.emplace_back(input);
    const std::vector<std::filesystem::path> files =
        extract::listInputFiles(paths, [](const std::string& message) {
            fmt::print(stderr, "kg: warning: {}\n", message);
        });
    const auto start = Clock::now();
    // Each document is resolved or formatted as soon as it and the ones before it are read,
    // while the workers parse the next.
    extract::IncrementalResolution resolution(resolveOptions(args));
    extract::ExtractStats total;
    std::string out;
    double resolveSeconds = 0;
    std::vector<extract::DocumentClaims> claims = extractor.readAll(
        files.size(), [&](std::size_t i) { return extract::readDocumentFile(files[i], args.date); },
        {},
        [&](const extract::DocumentClaims& doc) {
            const auto resolveStart = Clock::now();
            total.add(doc.stats);
            if (isPerDocument(args.format))
                out += formatDocument(doc, args.format);
            else
                resolution.add(doc);
            resolveSeconds += secondsSince(resolveStart);
        });
    const auto resolveStart = Clock::now();
    for (const extract::DocumentClaims& doc : claims)
        warnAbout(doc);
    if (!isPerDocument(args.format))
        out = formatRecords(resolution.finish(claims).facts, args.format);
    resolveSeconds += secondsSince(resolveStart);
    sink.write(out);
    summarise(total);
    if (args.timings)
        printTimings(total, resolveSeconds, secondsSince(start));
}

void runExtract(const ExtractArgs& args) {
    const bool fromStdin = args.inputs.size() == 1 && args.inputs.front() == "-";
    for (const std::string& input : args.inputs)
        if (input == "-" && !fromStdin)
            throw CliError("'-' (stdin) cannot be mixed with files", kExitUsage);
    if (!args.output.empty())
        checkOutput(args.output, args.inputs);
    extract::ExtractOptions options;
    options.jobs = args.jobs;
    options.read.linePerSentence = args.lines;
    options.minConfidence = args.minConfidence;
    extract::Extractor extractor(options);
    RecordSink sink(args.output);
    if (fromStdin)
        streamStdin(args, extractor, sink);
    else
        extractFiles(args, extractor, sink);
    sink.commit();
}

} // namespace

void addExtractCommand(CLI::App& app, CommandStatus& /*status*/) {
    auto args = std::make_shared<ExtractArgs>();
    CLI::App* cmd = app.add_subcommand(
        "extract", "Extract facts from English text files, folders or JSON Lines on stdin");
    cmd->add_option("inputs", args->inputs,
                    "Text files or folders; '-' reads JSON Lines documents "
                    "{\"id\",\"text\",\"date\",\"source\"} from stdin")
        ->required();
    cmd->add_option("-o,--output", args->output, "Write to this file (default: stdout)");
    cmd->add_option("--format", args->format,
                    "Output format: jsonl (facts, the default), tsv, carb, or claims (one claim "
                    "record per document, for kg build --from-records)")
        ->check(CLI::IsMember({"jsonl", "tsv", "carb", "claims"}));
    cmd->add_option("-j,--jobs", args->jobs,
                    "Parse sentences in N worker processes (output is the same)")
        ->check(CLI::Range(1u, 256u));
    cmd->add_flag("--lines", args->lines,
                  "Each input line is one sentence (benchmarks such as CaRB): no segmentation, "
                  "no page-furniture rules");
    cmd->add_flag("--timings", args->timings,
                  "Print sentences/s and the time in link-grammar versus kg to stderr");
    addMinConfidenceOption(*cmd, args->minConfidence);
    addDateOption(*cmd, args->date);
    cmd->callback([args] { runExtract(*args); });
}

} // namespace kg::cli
