#include "cli/repl/meta_commands.h"

#include "base/text_table.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <fmt/core.h>
#include <new>

namespace kg::cli::repl {
namespace {

bool isBlank(char c) {
    return std::isspace(static_cast<unsigned char>(c)) != 0;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && isBlank(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isBlank(s.back()))
        s.remove_suffix(1);
    return s;
}

void metaHelp(Session& session, const MetaArgs& args);
void metaQuit(Session&, const MetaArgs& args) {
    args.expect(0, 0);
}

void metaMode(Session& session, const MetaArgs& args) {
    args.expect(0, 1);
    if (args.size() == 0) {
        fmt::print(session.out(), "{}\n", query::outputFormatName(session.mode));
        return;
    }
    auto format = query::parseOutputFormat(args[0]);
    if (!format)
        throw MetaError(fmt::format(
            "unknown mode '{}' (table, line, markdown, json, jsonl, csv or tsv)", args[0]));
    session.mode = *format;
}

void metaTiming(Session& session, const MetaArgs& args) {
    args.expect(0, 1);
    if (args.size() == 0) {
        fmt::print(session.out(), "{}\n", session.timing ? "on" : "off");
        return;
    }
    if (args[0] != "on" && args[0] != "off")
        throw MetaError(fmt::format("expected on or off, not '{}'", args[0]));
    session.timing = args[0] == "on";
}

// :max-memory, :timeout, :max-hops: show or set one budget of session.limits.
void metaMaxMemory(Session& session, const MetaArgs& args) {
    args.expect(0, 1);
    if (args.size() == 0) {
        std::uint64_t bytes = session.limits.maxMemoryBytes;
        fmt::print(session.out(), "{}\n", bytes == 0 ? "none" : query::formatBytes(bytes));
        return;
    }
    session.limits.maxMemoryBytes = query::parseMemorySize(args[0]);
}

void metaTimeout(Session& session, const MetaArgs& args) {
    args.expect(0, 1);
    if (args.size() == 0) {
        auto ms = session.limits.timeout.count();
        fmt::print(session.out(), "{}\n", ms == 0 ? "none" : fmt::format("{} ms", ms));
        return;
    }
    session.limits.timeout = query::parseDuration(args[0]);
}

void metaMaxHops(Session& session, const MetaArgs& args) {
    args.expect(0, 1);
    if (args.size() == 0) {
        fmt::print(session.out(), "{}\n", session.limits.maxHops);
        return;
    }
    unsigned long hops = 0;
    auto [end, ec] = std::from_chars(args[0].data(), args[0].data() + args[0].size(), hops);
    if (ec != std::errc() || end != args[0].data() + args[0].size() || hops == 0 || hops > 1000000)
        throw MetaError(
            fmt::format("expected a number of hops from 1 to 1000000, not '{}'", args[0]));
    session.limits.maxHops = static_cast<std::uint32_t>(hops);
}

void metaParam(Session& session, const MetaArgs& args) {
    if (args.size() == 0) {
        for (const auto& [name, value] : session.params.values)
            fmt::print(session.out(), "${} = {}\n", name, query::jsonValue(session.graph(), value));
        return;
    }
    std::string name = args[0];
    if (!name.empty() && name.front() == '$')
        name.erase(0, 1);
    if (name.empty())
        throw MetaUsageError();
    std::string_view value = args.textAfter(1);
    if (value.empty())
        session.params.values.erase(name); // ":param name" alone unsets it
    else
        session.params.set(name, query::parseParamValue(value));
}

void metaSource(Session& session, const MetaArgs& args) {
    args.expect(1, 1);
    if (!session.sourceFile)
        throw MetaError(":source needs the shell");
    session.sourceFile(args[0]);
}

void metaOutput(Session& session, const MetaArgs& args) {
    args.expect(0, 1);
    session.redirectOutput(args.size() == 0 ? std::filesystem::path()
                                            : std::filesystem::path(args[0]));
}

void metaHistory(Session& session, const MetaArgs& args) {
    args.expect(0, 0);
    std::vector<std::string> entries =
        session.historyEntries ? session.historyEntries() : std::vector<std::string>{};
    std::string text;
    for (std::size_t i = 0; i < entries.size(); ++i)
        text += fmt::format("{:>5}  {}\n", i + 1, entries[i]);
    session.writeInterruptibly(text);
}

void metaExplain(Session& session, const MetaArgs& args) {
    std::string_view text = args.textAfter(0);
    if (text.empty())
        throw MetaUsageError();
    try {
        fmt::print(session.out(), "{}",
                   query::explain(session.graph(), text, session.params, session.runOptions()));
    } catch (const query::QueryError& e) {
        session.printQueryError(e);
        throw MetaError("the query above cannot be explained");
    }
}

constexpr std::array kCommands = {
    MetaCommand{":open", "FILE", "open a graph file (a new graph if FILE does not exist)",
                metaOpen},
    MetaCommand{":save", "[FILE]", "save the graph (to FILE, or where it came from)", metaSave},
    MetaCommand{":save!", "[FILE]", "save even over changes made to the file by others",
                metaSaveOver},
    MetaCommand{":undo", "", "revert the newest change of the curation log (then :save)", metaUndo},
    MetaCommand{":build", "FILE|DIR", "extract facts from news text and add them", metaBuild},
    MetaCommand{":import", "FILE", "add triples from a TSV, JSON Lines or N-Triples file",
                metaImport},
    MetaCommand{":stats", "", "counts of entities, relations, predicates and mentions", metaStats},
    MetaCommand{":schema", "", "entity types and predicates with their counts", metaSchema},
    MetaCommand{":mode", "[table|line|markdown|json|jsonl|csv|tsv]",
                "show or set the output format", metaMode},
    MetaCommand{":timing", "[on|off]", "show or set the elapsed-time display", metaTiming},
    MetaCommand{":max-memory", "[SIZE|none]", "show or set the memory a query may hold (512M, 2G)",
                metaMaxMemory},
    MetaCommand{":timeout", "[DURATION|none]", "show or set the time a query may run (30s, 2m)",
                metaTimeout},
    MetaCommand{":max-hops", "[N]", "show or set the longest path -[*]- follows", metaMaxHops},
    MetaCommand{":param", "[NAME [VALUE]]", "list, set or (without VALUE) unset $NAME", metaParam},
    MetaCommand{":export", "FORMAT FILE [QUERY]", "export the graph, or what QUERY returns",
                metaExport},
    MetaCommand{":render", "FILE [QUERY]", "draw the last result (or QUERY's) as a diagram",
                metaRender},
    MetaCommand{":source", "FILE", "run the statements and meta commands in FILE", metaSource},
    MetaCommand{":output", "[FILE]", "send results to FILE (emptied first), or back to the screen",
                metaOutput},
    MetaCommand{":history", "", "the statements and commands typed, oldest first", metaHistory},
    MetaCommand{":explain", "QUERY", "show the plan chosen for QUERY", metaExplain},
    MetaCommand{":evidence", "N", "the sentences behind the relations of row N of the last result",
                metaEvidence},
    MetaCommand{":contradictions", "", "facts that contradict each other, by entity pair",
                metaContradictions},
    MetaCommand{":timeline", "NAME", "an entity's facts in date order, with speaker and source",
                metaTimeline},
    MetaCommand{":as-of", "[DAY|none]",
                "show or set the day up to which queries see facts (docs/positions.md)", metaAsOf},
    MetaCommand{":help", "", "this list", metaHelp},
    MetaCommand{":quit", "", "leave (named unsaved changes are confirmed first)", metaQuit},
};

void metaHelp(Session& session, const MetaArgs& args) {
    args.expect(0, 0);
    std::size_t width = 0;
    for (const MetaCommand& c : kCommands)
        width = std::max(width, c.name.size() + 1 + c.usage.size());
    std::string text = "Statements end with ';' and may span lines. Meta commands:\n";
    for (const MetaCommand& c : kCommands) {
        std::string head =
            c.usage.empty() ? std::string(c.name) : fmt::format("{} {}", c.name, c.usage);
        text += fmt::format("  {:<{}}  {}\n", head, width, c.description);
    }
    text += "Keys: Tab completes, Ctrl-R searches history, Ctrl-C cancels, Ctrl-D leaves.\n";
    fmt::print(session.out(), "{}", text);
}

const MetaCommand* findCommand(std::string_view name) {
    for (const MetaCommand& c : kCommands)
        if (c.name == name)
            return &c;
    // A unique prefix will do, as in other shells (":q", ":sch"); a forcing "!" is never implied.
    const MetaCommand* found = nullptr;
    for (const MetaCommand& c : kCommands) {
        if (!c.name.starts_with(name) || c.name.ends_with('!'))
            continue;
        if (found != nullptr)
            return nullptr;
        found = &c;
    }
    return found;
}

} // namespace

MetaArgs::MetaArgs(std::string_view text) : text_(text) {
    std::size_t i = 0;
    while (true) {
        while (i < text.size() && isBlank(text[i]))
            ++i;
        if (i == text.size())
            break;
        std::string word;
        if (text[i] == '"' || text[i] == '\'') {
            char quote = text[i++];
            while (i < text.size() && text[i] != quote)
                word += text[i++];
            if (i == text.size())
                throw MetaError(fmt::format("unterminated {} in arguments", quote));
            ++i;
        } else {
            while (i < text.size() && !isBlank(text[i]))
                word += text[i++];
        }
        words_.push_back(std::move(word));
        ends_.push_back(i);
    }
}

std::string_view MetaArgs::textAfter(std::size_t n) const {
    if (n == 0)
        return trim(text_);
    if (n > ends_.size())
        return {};
    return trim(text_.substr(ends_[n - 1]));
}

void MetaArgs::expect(std::size_t min, std::size_t max) const {
    if (words_.size() < min || words_.size() > max)
        throw MetaUsageError();
}

std::span<const MetaCommand> metaCommands() {
    return kCommands;
}

MetaOutcome runMetaCommand(Session& session, std::string_view line) {
    line = trim(line);
    std::size_t end = 0;
    while (end < line.size() && !isBlank(line[end]))
        ++end;
    std::string_view name = line.substr(0, end);
    const MetaCommand* command = findCommand(name);
    if (command == nullptr) {
        session.error(fmt::format("unknown command '{}' (see :help)", name));
        return MetaOutcome::Failed;
    }
    try {
        MetaArgs args(line.substr(end));
        command->run(session, args);
        std::fflush(session.out());
        return command->run == metaQuit ? MetaOutcome::Quit : MetaOutcome::Done;
    } catch (const MetaUsageError&) {
        session.error(command->usage.empty()
                          ? fmt::format("{} takes no arguments", command->name)
                          : fmt::format("usage: {} {}", command->name, command->usage));
    } catch (const std::bad_alloc&) {
        session.error(fmt::format("{}: out of memory", command->name));
    } catch (const std::exception& e) {
        session.error(e.what());
    }
    return MetaOutcome::Failed;
}

void printTable(Session& session, std::vector<std::string> header,
                std::vector<std::vector<std::string>> rows, std::vector<bool> rightAligned) {
    base::TableText table{std::move(header), std::move(rows), std::move(rightAligned)};
    session.writeInterruptibly(base::renderTable(table, session.terminalWidth()));
}

} // namespace kg::cli::repl
