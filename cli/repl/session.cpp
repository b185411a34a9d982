#include "cli/repl/session.h"

#include "cli/repl/interrupt.h"
#include "cli/repl/terminal.h"
#include "extract/claims_json.h"
#include "extract/graph_claims.h"
#include "graph/fact_date.h"
#include "query/alias_hint.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <fmt/core.h>
#include <new>
#include <unistd.h>

namespace kg::cli::repl {
namespace {

using Clock = std::chrono::steady_clock;

double millisecondsSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

std::string counted(std::size_t n, std::string_view one, std::string_view many) {
    return fmt::format("{} {}", n, n == 1 ? one : many);
}

/// Passes rows on to the writer of the chosen format while keeping them for :evidence.
// Keeps the result and passes it on to `next`, if any.
class RecordingSink : public query::RowSink {
public:
    explicit RecordingSink(query::RowSink* next = nullptr) : next_(next) {}
    void columns(const std::vector<std::string>& names) override {
        result.columns = names;
        if (next_ != nullptr)
            next_->columns(names);
    }
    bool row(const std::vector<query::Value>& values) override {
        result.rows.push_back(values);
        return next_ == nullptr || next_->row(values);
    }
    // Every row stays in `result`, so the query's memory budget counts them.
    bool keepsRows() const override { return true; }
    query::QueryResult result;

private:
    query::RowSink* next_;
};

} // namespace

std::string formatDuration(double milliseconds) {
    if (milliseconds >= 1000.0)
        return fmt::format("{:.2f} s", milliseconds / 1000.0);
    if (milliseconds >= 10.0)
        return fmt::format("{:.1f} ms", milliseconds);
    return fmt::format("{:.2f} ms", milliseconds);
}

Session::Session(std::FILE* out, std::FILE* err, bool interactive)
    : out_(out), err_(err), shellOut_(out), interactive_(interactive) {
    timing = interactive; // scripts get the same output on every run
    markSaved({});
}

Session::~Session() {
    if (redirected_ != nullptr)
        std::fclose(redirected_);
}

void Session::redirectOutput(const std::filesystem::path& file) {
    std::FILE* next = nullptr;
    if (!file.empty()) {
        next = std::fopen(file.c_str(), "w");
        if (next == nullptr)
            throw std::runtime_error(
                fmt::format("cannot write {}: {}", file.string(), std::strerror(errno)));
    }
    if (redirected_ != nullptr && std::fclose(redirected_) != 0)
        error("the previous :output file could not be written completely");
    redirected_ = next;
    out_ = next != nullptr ? next : shellOut_;
}

void Session::replaceGraph(graph::KnowledgeGraph graph, std::filesystem::path file) {
    graph_ = std::move(graph);
    lastResult_.reset(); // its ids point into the old graph
    claims_.reset();
    unsavedClaims_.reset();
    whyNoClaims_.clear();
    if (!file.empty() && extract::hasCurrentClaims(file))
        claimsMovedWith(file);
    markSaved(std::move(file));
}

std::optional<std::filesystem::path> Session::claimsOfGraph() const {
    if (!claims_ || base::fileIdentity(claims_->path) != claims_->identity)
        return std::nullopt;
    return claims_->path;
}

void Session::claimsNoLongerBuildGraph(std::string why) {
    if (claims_ || unsavedClaims_)
        whyNoClaims_ = std::move(why);
    claims_.reset();
    unsavedClaims_.reset();
}

std::optional<std::vector<extract::DocumentClaims>> Session::documentsOfGraph() const {
    if (unsavedClaims_)
        return *unsavedClaims_;
    if (std::optional<std::filesystem::path> claims = claimsOfGraph())
        return extract::readClaimsFile(*claims);
    if (graph_.entityCount() == 0 && graph_.relationCount() == 0)
        return std::vector<extract::DocumentClaims>{};
    return std::nullopt;
}

void Session::rebuildGraph(graph::KnowledgeGraph graph,
                           std::vector<extract::DocumentClaims> documents) {
    replaceGraph(std::move(graph));
    claims_.reset();
    unsavedClaims_ = std::move(documents);
}

void Session::claimsMovedWith(const std::filesystem::path& file) {
    std::filesystem::path path = extract::claimsFileOf(file);
    claims_ = ClaimsFile{path, base::fileIdentity(path)};
    unsavedClaims_.reset();
}

void Session::markSaved(std::filesystem::path file) {
    file_ = std::move(file);
    beforeWrites_.reset();
    writes_.clear();
    replacedSinceSave_ = false;
    saved_ = {graph_.generation(), graph_.entityCount(), graph_.relationCount(),
              file_.empty() ? std::nullopt : base::fileIdentity(file_)};
}

bool Session::logUnsavedWrites() {
    if (writes_.empty())
        return false;
    graph::logChange(graph_, *beforeWrites_, graph::scriptText({writes_.begin(), writes_.end()}),
                     {});
    return true;
}

void Session::undoLastChange() {
    if (!writes_.empty())
        throw graph::CurationError(fmt::format(
            "{} unsaved writing {}: :save first (then :undo reverts {}), or :open the file "
            "again to drop {}",
            writes_.size(), writes_.size() == 1 ? "statement" : "statements",
            writes_.size() == 1 ? "it" : "them", writes_.size() == 1 ? "it" : "them"));
    replaceGraph(graph::undoLastChange(graph_));
}

void Session::replaceGraph(graph::KnowledgeGraph graph) {
    graph_ = std::move(graph);
    lastResult_.reset(); // its ids point into the old graph
    window_.reset();
    replacedSinceSave_ = true;
}

bool Session::fileChangedOnDisk() const {
    return !file_.empty() && base::fileIdentity(file_) != saved_.file;
}

std::string Session::describeUnsavedChanges() const {
    std::vector<std::string> added, removed;
    auto compare = [&](std::size_t now, std::size_t before, std::string_view one,
                       std::string_view many) {
        if (now > before)
            added.push_back(counted(now - before, one, many));
        else if (now < before)
            removed.push_back(counted(before - now, one, many));
    };
    compare(graph_.entityCount(), saved_.entities, "entity", "entities");
    compare(graph_.relationCount(), saved_.relations, "relation", "relations");
    auto join = [](const std::vector<std::string>& parts) {
        return parts.size() == 2 ? fmt::format("{} and {}", parts[0], parts[1]) : parts[0];
    };
    std::string what;
    if (!added.empty())
        what = fmt::format("{} added", join(added));
    if (!removed.empty())
        what += fmt::format("{}{} removed", what.empty() ? "" : ", ", join(removed));
    if (what.empty())
        what = "evidence added to existing facts";
    std::string where = file_.empty() ? "the new graph" : file_.string();
    return fmt::format("unsaved changes to {}: {}", where, what);
}

bool Session::confirmDiscard(std::string_view action) {
    if (!hasUnsavedChanges())
        return true;
    if (!interactive_) {
        fmt::print(err_, "warning: {} (discarded)\n", describeUnsavedChanges());
        return true;
    }
    if (previousAction_ == action)
        return true;
    fmt::print(err_, "{}\n  use :save [FILE] to keep them, or repeat {} to discard them\n",
               describeUnsavedChanges(), action);
    armedAction_ = action;
    return false;
}

void Session::beginInput() {
    previousAction_ = std::move(armedAction_);
    armedAction_.clear();
}

std::vector<std::string> Session::parameterNames() const {
    std::vector<std::string> names;
    for (const auto& [name, value] : params.values)
        names.push_back(name);
    return names;
}

std::size_t Session::terminalWidth() const {
    return terminalColumns(out_);
}

bool Session::writeInterruptibly(std::string_view text) const {
    constexpr std::size_t kPiece = 64 * 1024;
    for (std::size_t at = 0; at < text.size(); at += kPiece) {
        if (InterruptScope::raised()) {
            fmt::print(err_, "\noutput cancelled\n");
            return false;
        }
        std::string_view piece = text.substr(at, kPiece);
        std::fwrite(piece.data(), 1, piece.size(), out_);
    }
    std::fflush(out_);
    return true;
}

void Session::error(std::string_view message) const {
    std::fflush(out_);
    if (inputName.empty())
        fmt::print(err_, "error: {}\n", message);
    else
        fmt::print(err_, "{}:{}: error: {}\n", inputName, inputLine, message);
}

void Session::printQueryError(const query::QueryError& e, const BufferedStatement& where) const {
    std::string message = e.message();
    // The engine's advice is for `kg query`; here a parameter is set with :param.
    if (message.starts_with("missing parameter $")) {
        std::string name = message.substr(19, message.find(' ', 19) - 19);
        message = fmt::format("missing parameter ${} (set it with :param {} VALUE)", name, name);
    }
    std::fflush(out_);
    if (inputName.empty()) {
        query::QueryError shown(message, e.line(), e.column(), e.sourceLine());
        fmt::print(err_, "{}\n", shown.formatted());
        return;
    }
    // A meta command's query has no place of its own: its line is the input line.
    bool firstLine = e.line() == 1 && !where.firstLine.empty();
    query::QueryError shown(message, where.line + e.line() - 1,
                            firstLine ? where.column + e.column() - 1 : e.column(),
                            firstLine ? where.firstLine : e.sourceLine());
    fmt::print(err_, "{}:{}\n", inputName, shown.formatted());
}

void Session::printAliasHints(std::string_view text) const {
    std::fflush(out_);
    for (const std::string& hint : query::aliasHints(graph_, text))
        fmt::print(err_, "{}\n", hint);
}

query::RunOptions Session::runOptions() const {
    query::RunOptions options;
    options.cancel = &InterruptScope::flag();
    options.limits = limits;
    return options;
}

const graph::KnowledgeGraph& Session::queryGraph() {
    if (asOf.empty())
        return graph_;
    if (!window_ || windowGeneration_ != graph_.generation() || windowDay_ != asOf) {
        window_ = graph::copyWindow(graph_, graph::DayWindow{"", asOf});
        windowGeneration_ = graph_.generation();
        windowDay_ = asOf;
    }
    return *window_;
}

bool Session::runStatement(const BufferedStatement& statement) {
    std::string_view text = statement.text;
    // The flag is not lowered here but before each line is read: a Ctrl-C pressed right after
    // Enter, before the query starts, must still cancel it.
    query::RunOptions options = runOptions();
    auto start = Clock::now();
    // A writing statement changes the session's graph; :save writes it (docs/curation.md).
    const std::string writing = query::firstWritingClause(text);
    if (!writing.empty() && !asOf.empty()) {
        error(fmt::format("{} changes the graph, which :as-of {} shows as it was: :as-of off "
                          "first",
                          writing, asOf));
        return false;
    }
    std::optional<query::WriteSummary> changes;
    auto run = [&](query::RowSink& sink) {
        if (writing.empty()) {
            query::runQuery(queryGraph(), text, params, sink, options);
            return;
        }
        if (!beforeWrites_)
            beforeWrites_ = graph::takeSnapshot(graph_);
        // A statement that fails part-way changes nothing: what its earlier clauses or rows did
        // is undone from the graph as it was before it (a copy of the graph per writing
        // statement, the price of never keeping half a statement).
        graph::GraphSnapshot beforeStatement = graph::takeSnapshot(graph_);
        const std::uint64_t generation = graph_.generation();
        try {
            changes = query::runWrite(graph_, text, params, sink, options);
        } catch (...) {
            if (graph_.generation() != generation) {
                graph::logChange(graph_, beforeStatement, std::string(text), "");
                graph_ = graph::undoLastChange(graph_);
            }
            throw;
        }
        if (graph_.generation() != generation) {
            writes_.emplace_back(text);
            claimsNoLongerBuildGraph("writing statements changed it, and a rebuild does not "
                                     "replay every change they can make (docs/curation.md)");
        }
    };
    try {
        if (mode == query::OutputFormat::Table) {
            RecordingSink sink;
            run(sink);
            query::QueryResult result = std::move(sink.result);
            double ms = millisecondsSince(start);
            if (result.columns == std::vector<std::string>{"plan"} && query::isExplain(text))
                printRaw(result);
            else if (!changes || !result.columns.empty())
                printTable(result, ms);
            if (result.rows.empty() && !changes)
                printAliasHints(text);
            lastResult_ = std::move(result);
        } else {
            query::ResultWriter writer(queryGraph(), mode, out_);
            RecordingSink sink(&writer);
            run(sink);
            writer.finish();
            std::fflush(out_);
            if (timing)
                fmt::print(err_, "Time: {}\n", formatDuration(millisecondsSince(start)));
            if (sink.result.rows.empty() && !changes)
                printAliasHints(text);
            lastResult_ = std::move(sink.result);
        }
        if (changes)
            fmt::print(out_, "{}\n", changes->describe());
        return true;
    } catch (const query::QueryError& e) {
        printQueryError(e, statement);
    } catch (const query::QueryCancelled&) {
        std::fflush(out_);
        // At a terminal the ^C echoed by the terminal is still on the line.
        fmt::print(err_, "{}query cancelled\n", interactive_ ? "\n" : "");
    } catch (const std::bad_alloc&) {
        error("out of memory: the query's result was dropped"); // the shell carries on
    } catch (const std::exception& e) {
        error(e.what());
    }
    return false;
}

void Session::printTable(const query::QueryResult& result, double milliseconds) {
    query::FormatOptions options;
    options.maxWidth = terminalWidth();
    options.rowCount = false; // the REPL's own footer adds the time
    std::string text = query::formatResult(graph_, result, query::OutputFormat::Table, options);
    if (timing)
        text += fmt::format("({}, {})\n", counted(result.rows.size(), "row", "rows"),
                            formatDuration(milliseconds));
    else
        text += fmt::format("({})\n", counted(result.rows.size(), "row", "rows"));
    if (interactive_)
        writePaged(text, out_);
    else
        writeInterruptibly(text);
}

void Session::printRaw(const query::QueryResult& result) {
    std::string text;
    for (const auto& row : result.rows)
        for (const auto& value : row)
            text += query::displayValue(graph_, value) + "\n";
    writeInterruptibly(text);
}

} // namespace kg::cli::repl
