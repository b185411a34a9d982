#pragma once
// Meta commands: lines starting with ':' that act on the session rather than query the graph.
// Each command is one entry of a table (name, usage, one-line description, handler), so :help,
// completion and dispatch cannot disagree.
#include "cli/repl/session.h"

#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace kg::cli::repl {

/// A meta command that could not do its work; the dispatcher prints "error: <what>".
class MetaError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// The arguments do not fit the command; the dispatcher prints the command's usage line.
class MetaUsageError : public MetaError {
public:
    MetaUsageError() : MetaError("usage") {}
};

/// The words after the command name. Words may be quoted ("my file.kg"); some commands take
/// the raw text after their first words (a query, a parameter value).
class MetaArgs {
public:
    explicit MetaArgs(std::string_view text);
    std::size_t size() const { return words_.size(); }
    const std::string& operator[](std::size_t i) const { return words_[i]; }
    /// The text after the first `n` words, trimmed; empty if there is none.
    std::string_view textAfter(std::size_t n) const;
    /// Throws MetaUsageError unless there are between min and max words.
    void expect(std::size_t min, std::size_t max) const;

private:
    std::string_view text_;
    std::vector<std::string> words_;
    std::vector<std::size_t> ends_; ///< offset in text_ just after each word
};

enum class MetaOutcome { Done, Failed, Quit };

struct MetaCommand {
    std::string_view name;  ///< with its colon: ":open"
    std::string_view usage; ///< arguments: "FILE"
    std::string_view description;
    void (*run)(Session&, const MetaArgs&);
};

std::span<const MetaCommand> metaCommands();

/// Runs a line that starts with ':'. Errors are printed and reported as Failed.
MetaOutcome runMetaCommand(Session& session, std::string_view line);

// Handlers, one file per group (meta_*.cpp).
void metaOpen(Session& session, const MetaArgs& args);
void metaSave(Session& session, const MetaArgs& args);
void metaSaveOver(Session& session, const MetaArgs& args);
void metaUndo(Session& session, const MetaArgs& args);
void metaImport(Session& session, const MetaArgs& args);
void metaBuild(Session& session, const MetaArgs& args);
void metaStats(Session& session, const MetaArgs& args);
void metaSchema(Session& session, const MetaArgs& args);
void metaExport(Session& session, const MetaArgs& args);
void metaRender(Session& session, const MetaArgs& args);
void metaEvidence(Session& session, const MetaArgs& args);
void metaContradictions(Session& session, const MetaArgs& args);
void metaTimeline(Session& session, const MetaArgs& args);
void metaAsOf(Session& session, const MetaArgs& args);

/// Prints a small table (for :schema and :stats) with the session's terminal width.
void printTable(Session& session, std::vector<std::string> header,
                std::vector<std::vector<std::string>> rows, std::vector<bool> rightAligned);

} // namespace kg::cli::repl
