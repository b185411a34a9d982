#include "cli/repl/session.h"

#include "cli/repl/interrupt.h"
#include "cli/repl/table_layout.h"
#include "query/alias_hint.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <fmt/core.h>
#include <new>
#include <sys/ioctl.h>
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
class RecordingSink : public query::RowSink {
public:
    explicit RecordingSink(query::ResultWriter& writer) : writer_(writer) {}
    void columns(const std::vector<std::string>& names) override {
        result.columns = names;
        writer_.columns(names);
    }
    bool row(const std::vector<query::Value>& values) override {
        result.rows.push_back(values);
        return writer_.row(values);
    }
    // Every row stays in `result`, so the query's memory budget counts them.
    bool keepsRows() const override { return true; }
    query::QueryResult result;

private:
    query::ResultWriter& writer_;
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
    : out_(out), err_(err), interactive_(interactive) {
    timing = interactive; // scripts get the same output on every run
    markSaved({});
}

void Session::replaceGraph(graph::KnowledgeGraph graph, std::filesystem::path file) {
    graph_ = std::move(graph);
    lastResult_.reset(); // its ids point into the old graph
    markSaved(std::move(file));
}

void Session::markSaved(std::filesystem::path file) {
    file_ = std::move(file);
    saved_ = {graph_.generation(), graph_.entityCount(), graph_.relationCount(),
              file_.empty() ? std::nullopt : base::fileIdentity(file_)};
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
    winsize size{};
    if (isatty(fileno(out_)) && ioctl(fileno(out_), TIOCGWINSZ, &size) == 0)
        return size.ws_col;
    return 0;
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
    fmt::print(err_, "error: {}\n", message);
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

bool Session::runStatement(std::string_view text) {
    // The flag is not lowered here but before each line is read: a Ctrl-C pressed right after
    // Enter, before the query starts, must still cancel it.
    query::RunOptions options = runOptions();
    auto start = Clock::now();
    try {
        if (mode == query::OutputFormat::Table) {
            query::QueryResult result = query::runQuery(graph_, text, params, options);
            double ms = millisecondsSince(start);
            if (result.columns == std::vector<std::string>{"plan"} &&
                query::isExplain(text))
                printRaw(result);
            else
                printTable(result, ms);
            if (result.rows.empty())
                printAliasHints(text);
            lastResult_ = std::move(result);
        } else {
            query::ResultWriter writer(graph_, mode, out_);
            RecordingSink sink(writer);
            query::runQuery(graph_, text, params, sink, options);
            writer.finish();
            std::fflush(out_);
            if (timing)
                fmt::print(err_, "Time: {}\n", formatDuration(millisecondsSince(start)));
            if (sink.result.rows.empty())
                printAliasHints(text);
            lastResult_ = std::move(sink.result);
        }
        return true;
    } catch (const query::QueryError& e) {
        std::fflush(out_);
        fmt::print(err_, "{}\n", e.formatted());
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
    TableText table;
    table.header = result.columns;
    table.rightAligned.assign(result.columns.size(), false);
    std::vector<bool> anyNumber(result.columns.size(), false);
    std::vector<bool> allNumbers(result.columns.size(), true);
    table.rows.reserve(result.rows.size());
    for (const auto& row : result.rows) {
        if (InterruptScope::raised())
            break;
        std::vector<std::string> cells;
        cells.reserve(row.size());
        for (std::size_t c = 0; c < row.size(); ++c) {
            cells.push_back(row[c].isNull() ? std::string() : query::displayValue(graph_, row[c]));
            if (row[c].isNumber())
                anyNumber[c] = true;
            else if (!row[c].isNull())
                allNumbers[c] = false;
        }
        table.rows.push_back(std::move(cells));
    }
    for (std::size_t c = 0; c < table.header.size(); ++c)
        table.rightAligned[c] = anyNumber[c] && allNumbers[c];

    std::string text = renderTable(table, terminalWidth());
    if (timing)
        text += fmt::format("({}, {})\n", counted(result.rows.size(), "row", "rows"),
                            formatDuration(milliseconds));
    else
        text += fmt::format("({})\n", counted(result.rows.size(), "row", "rows"));
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
