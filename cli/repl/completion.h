#pragma once
// Tab completion for the REPL, kept apart from libedit so that it can be tested as a function of
// the text before the cursor: meta commands and their arguments, keywords and functions, entity
// names inside quotes, predicates after `[:` or inside backticks, entity types after `(x:`,
// property names after `.` or inside `{...}`, parameters after `$`, and file names.
#include "graph/knowledge_graph.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kg::cli::repl {

struct Candidate {
    std::string text;   ///< replaces the word being completed
    std::string suffix; ///< appended when this candidate is the only one: " ", "(", a quote...
    friend bool operator==(const Candidate&, const Candidate&) = default;
};

struct Completion {
    /// Byte offset, in the text before the cursor, where the word being completed starts.
    std::size_t wordStart = 0;
    std::vector<Candidate> candidates;
};

/// Sorted, case-folded entity names for prefix search; rebuilt when the graph changes.
class EntityNameIndex {
public:
    /// Canonical names starting with `prefix` (case-insensitive), in folded order, at most
    /// `limit` of them.
    std::vector<std::string_view> withPrefix(const graph::KnowledgeGraph& graph,
                                             std::string_view prefix, std::size_t limit);

private:
    void refresh(const graph::KnowledgeGraph& graph);

    const graph::KnowledgeGraph* graph_ = nullptr;
    std::uint64_t generation_ = 0;
    std::vector<std::pair<std::string, graph::Sym>> folded_; // (folded name, name), sorted
};

class Completer {
public:
    /// `metaCommands`: the meta command names with their colon (":open").
    explicit Completer(std::vector<std::string> metaCommands)
        : metaCommands_(std::move(metaCommands)) {}

    /// Completes the word before the cursor. `pending` holds the earlier lines of an unfinished
    /// statement (empty on a fresh line), `beforeCursor` the current line up to the cursor.
    /// wordStart is an offset into `beforeCursor`.
    Completion complete(const graph::KnowledgeGraph& graph,
                        std::span<const std::string> parameterNames, std::string_view pending,
                        std::string_view beforeCursor);

private:
    Completion completeMeta(const graph::KnowledgeGraph& graph,
                            std::span<const std::string> parameterNames, std::string_view line);
    Completion completeQuery(const graph::KnowledgeGraph& graph,
                             std::span<const std::string> parameterNames, std::string_view text);

    std::vector<std::string> metaCommands_;
    EntityNameIndex names_;
};

/// Candidates for a file name being typed: entries of its folder starting with its last part;
/// folders end with '/'.
std::vector<Candidate> completeFileName(std::string_view typed);

} // namespace kg::cli::repl
