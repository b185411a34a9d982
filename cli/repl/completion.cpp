#include "cli/repl/completion.h"

#include "base/case_fold.h"
#include "grammar/scan.h"
#include "graph/entity.h"
#include "query/engine.h"
#include "query/result_format.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <filesystem>
#include <system_error>

namespace kg::cli::repl {
namespace {

// A tab press must stay instant: on a graph with millions of names only this many are offered.
constexpr std::size_t kMaxNameCandidates = 500;
constexpr std::size_t kMaxFileCandidates = 1000;

bool isWordChar(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' ||
           static_cast<unsigned char>(c) >= 0x80;
}

bool isPlainIdentifier(std::string_view s) {
    if (s.empty() || std::isdigit(static_cast<unsigned char>(s[0])) != 0)
        return false;
    return std::all_of(s.begin(), s.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_';
    });
}

/// Keywords come out in the case the user types them in: "mat" → "match", "MAT" → "MATCH".
std::string inUserCase(std::string_view keyword, std::string_view typed) {
    bool lower = std::any_of(typed.begin(), typed.end(),
                             [](char c) { return std::islower(static_cast<unsigned char>(c)); });
    return lower ? base::lowerAscii(keyword) : std::string(keyword);
}

void addMatching(std::vector<Candidate>& out, std::span<const std::string_view> words,
                 std::string_view typed, std::string_view suffix) {
    for (std::string_view w : words)
        if (base::startsWithIgnoreCase(w, typed))
            out.push_back({std::string(w), std::string(suffix)});
}

/// Escapes a name for a string literal or backticked name closed by `quote`.
std::string escapedFor(std::string_view name, char quote) {
    std::string out;
    for (char c : name) {
        if (quote == '`' && c == '`')
            out += '`'; // a backtick inside backticks is doubled
        else if (quote != '`' && (c == quote || c == '\\'))
            out += '\\';
        out += c;
    }
    return out;
}

std::string backticked(std::string_view name) {
    std::string out(1, '`');
    out += escapedFor(name, '`');
    out += '`';
    return out;
}

std::vector<Candidate> predicateCandidates(const graph::KnowledgeGraph& graph,
                                           std::string_view typed, bool insideBackticks) {
    std::vector<Candidate> out;
    for (const auto& [sym, count] : graph.predicates()) {
        std::string_view p = graph.str(sym);
        if (!base::startsWithIgnoreCase(p, typed))
            continue;
        if (insideBackticks)
            out.push_back({escapedFor(p, '`'), "`"});
        else if (isPlainIdentifier(p))
            out.push_back({std::string(p), ""});
        else
            out.push_back({backticked(p), ""});
    }
    std::sort(out.begin(), out.end(),
              [](const Candidate& a, const Candidate& b) { return a.text < b.text; });
    return out;
}

std::vector<Candidate> propertyCandidates(std::string_view typed, bool entity, bool relation,
                                          std::string_view suffix) {
    std::vector<Candidate> out;
    if (entity)
        addMatching(out, query::entityPropertyNames(), typed, suffix);
    if (relation)
        addMatching(out, query::relationPropertyNames(), typed, suffix);
    std::sort(out.begin(), out.end(),
              [](const Candidate& a, const Candidate& b) { return a.text < b.text; });
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::vector<Candidate> fixedCandidates(std::span<const std::string_view> words,
                                       std::string_view typed) {
    std::vector<Candidate> out;
    addMatching(out, words, typed, " ");
    return out;
}

/// Splits a meta command line into whitespace-separated words, remembering where each starts.
std::vector<std::pair<std::size_t, std::string_view>> words(std::string_view line) {
    std::vector<std::pair<std::size_t, std::string_view>> out;
    std::size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && std::isspace(static_cast<unsigned char>(line[i])) != 0)
            ++i;
        std::size_t start = i;
        while (i < line.size() && std::isspace(static_cast<unsigned char>(line[i])) == 0)
            ++i;
        if (i > start)
            out.emplace_back(start, line.substr(start, i - start));
    }
    return out;
}

} // namespace

std::vector<std::string_view> EntityNameIndex::withPrefix(const graph::KnowledgeGraph& graph,
                                                          std::string_view prefix,
                                                          std::size_t limit) {
    refresh(graph);
    std::string folded = base::foldCase(prefix);
    auto it = std::lower_bound(
        folded_.begin(), folded_.end(), folded,
        [](const auto& entry, const std::string& key) { return entry.first < key; });
    std::vector<std::string_view> out;
    for (; it != folded_.end() && out.size() < limit && it->first.starts_with(folded); ++it)
        out.push_back(graph.str(it->second));
    return out;
}

void EntityNameIndex::refresh(const graph::KnowledgeGraph& graph) {
    if (graph_ == &graph && generation_ == graph.generation() && !folded_.empty())
        return;
    graph_ = &graph;
    generation_ = graph.generation();
    folded_.clear();
    folded_.reserve(graph.entityCount());
    for (graph::EntityId id : graph.entityIds()) {
        graph::Sym name = graph.entity(id).name;
        folded_.emplace_back(base::foldCase(graph.str(name)), name);
    }
    std::sort(folded_.begin(), folded_.end());
}

Completion Completer::complete(const graph::KnowledgeGraph& graph,
                               std::span<const std::string> parameterNames,
                               std::string_view pending, std::string_view beforeCursor) {
    if (pending.empty() && beforeCursor.starts_with(':'))
        return completeMeta(graph, parameterNames, beforeCursor);
    if (pending.empty())
        return completeQuery(graph, parameterNames, beforeCursor);
    // The brackets and quotes opened on earlier lines decide what the word is.
    std::string text(pending);
    text += '\n';
    text += beforeCursor;
    Completion c = completeQuery(graph, parameterNames, text);
    std::size_t offset = pending.size() + 1;
    c.wordStart = c.wordStart >= offset ? c.wordStart - offset : 0;
    return c;
}

Completion Completer::completeMeta(const graph::KnowledgeGraph& graph,
                                   std::span<const std::string> parameterNames,
                                   std::string_view line) {
    auto parts = words(line);
    bool newWord = line.empty() || std::isspace(static_cast<unsigned char>(line.back())) != 0;
    Completion c;
    if (parts.size() == 1 && !newWord) {
        for (const std::string& name : metaCommands_)
            if (name.starts_with(parts[0].second))
                c.candidates.push_back({name, " "});
        return c;
    }
    std::string_view command = parts[0].second;
    std::size_t argIndex = newWord ? parts.size() - 1 : parts.size() - 2; // 0-based argument
    c.wordStart = newWord ? line.size() : parts.back().first;
    std::string_view typed = line.substr(c.wordStart);

    static constexpr std::array<std::string_view, 2> kOnOff = {"off", "on"};
    static constexpr std::array<std::string_view, 7> kModes = {"csv",      "json",  "jsonl", "line",
                                                               "markdown", "table", "tsv"};
    static constexpr std::array<std::string_view, 8> kExportFormats = {
        "csv", "dot", "graphml", "json", "ntriples", "pdf", "png", "svg"};
    bool fileArgument = (command == ":open" || command == ":save" || command == ":import" ||
                         command == ":build" || command == ":source" || command == ":output") ||
                        (command == ":export" && argIndex == 1) ||
                        (command == ":render" && argIndex == 0);
    if (command == ":mode" && argIndex == 0) {
        c.candidates = fixedCandidates(kModes, typed);
    } else if (command == ":timing" && argIndex == 0) {
        c.candidates = fixedCandidates(kOnOff, typed);
    } else if (command == ":export" && argIndex == 0) {
        c.candidates = fixedCandidates(kExportFormats, typed);
    } else if (command == ":param" && argIndex == 0) {
        for (const std::string& name : parameterNames)
            if (name.starts_with(typed))
                c.candidates.push_back({name, " "});
    } else if (fileArgument) {
        c.candidates = completeFileName(typed);
    } else if (command == ":explain" || command == ":export" || command == ":render") {
        // The query argument runs to the end of the line: complete it as a query.
        std::size_t queryArg = command == ":explain" ? 0 : command == ":export" ? 2 : 1;
        std::size_t queryStart =
            parts.size() > queryArg + 1 ? parts[queryArg + 1].first : line.size();
        Completion q = completeQuery(graph, parameterNames, line.substr(queryStart));
        q.wordStart += queryStart;
        return q;
    }
    return c;
}

Completion Completer::completeQuery(const graph::KnowledgeGraph& graph,
                                    std::span<const std::string> parameterNames,
                                    std::string_view text) {
    Completion c;
    const grammar::TextEnd pos = grammar::scanTextEnd(text);
    if (pos.inComment)
        return c;
    if (pos.openQuote == '`') {
        c.wordStart = pos.quoteStart;
        c.candidates = predicateCandidates(graph, text.substr(pos.quoteStart), true);
        return c;
    }
    if (pos.openQuote != 0) {
        c.wordStart = pos.quoteStart;
        std::string closing(1, pos.openQuote);
        for (std::string_view name :
             names_.withPrefix(graph, text.substr(pos.quoteStart), kMaxNameCandidates))
            c.candidates.push_back({escapedFor(name, pos.openQuote), closing});
        return c;
    }

    std::size_t start = text.size();
    while (start > 0 && isWordChar(text[start - 1]))
        --start;
    c.wordStart = start;
    std::string_view typed = text.substr(start);
    char before = start > 0 ? text[start - 1] : '\0';
    char bracket = pos.brackets.empty() ? '\0' : pos.brackets.back();

    if (before == '$') {
        for (const std::string& name : parameterNames)
            if (name.starts_with(typed))
                c.candidates.push_back({name, ""});
    } else if (before == '.') {
        c.candidates = propertyCandidates(typed, true, true, "");
    } else if (bracket == '[' && (before == ':' || before == '|')) {
        c.candidates = predicateCandidates(graph, typed, false);
    } else if (bracket == '(' && before == ':') {
        std::vector<std::string_view> types;
        for (graph::EntityType t : graph::kAllEntityTypes)
            types.push_back(graph::entityTypeName(t));
        addMatching(c.candidates, types, typed, "");
    } else if (bracket == '{') {
        // A key of a property map: {name: ..., type: ...} on a node, {predicate: ...} on a
        // relationship. Keys follow '{' or ','; values are left alone.
        std::size_t k = start;
        while (k > 0 && std::isspace(static_cast<unsigned char>(text[k - 1])) != 0)
            --k;
        char keyStart = k > 0 ? text[k - 1] : '\0';
        if (keyStart == '{' || keyStart == ',') {
            char owner = pos.brackets.size() >= 2 ? pos.brackets[pos.brackets.size() - 2] : '(';
            c.candidates = propertyCandidates(typed, owner != '[', owner == '[', ": ");
        }
    } else if (!typed.empty()) {
        for (std::string_view k : query::keywords())
            if (base::startsWithIgnoreCase(k, typed))
                c.candidates.push_back({inUserCase(k, typed), " "});
        addMatching(c.candidates, query::functionNames(), typed, "(");
    }
    return c;
}

std::vector<Candidate> completeFileName(std::string_view typed) {
    namespace fs = std::filesystem;
    std::size_t slash = typed.rfind('/');
    std::string_view folderPart = slash == std::string_view::npos ? "" : typed.substr(0, slash + 1);
    std::string_view base = slash == std::string_view::npos ? typed : typed.substr(slash + 1);
    fs::path folder = folderPart.empty() ? fs::path(".") : fs::path(folderPart);

    std::vector<Candidate> out;
    std::error_code ec;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        std::string name = it->path().filename().string();
        if (!name.starts_with(base) || (name.starts_with('.') && !base.starts_with('.')))
            continue;
        std::error_code typeError;
        bool isFolder = it->is_directory(typeError);
        out.push_back(
            {std::string(folderPart) + name + (isFolder ? "/" : ""), isFolder ? "" : " "});
        if (out.size() == kMaxFileCandidates)
            break;
    }
    std::sort(out.begin(), out.end(),
              [](const Candidate& a, const Candidate& b) { return a.text < b.text; });
    return out;
}

} // namespace kg::cli::repl
