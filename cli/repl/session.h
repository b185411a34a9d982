#pragma once
// Session: what one REPL run holds between lines — the graph and the file it came from, the
// output mode, timing, parameters and the last result — and how a statement is run and printed.
#include "base/file_lock.h"
#include "cli/repl/statement_buffer.h"
#include "extract/sentence_reader.h"
#include "graph/curation.h"
#include "graph/knowledge_graph.h"
#include "query/engine.h"
#include "query/result_format.h"

#include <cstdio>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kg::cli::repl {

class Session {
public:
    /// `interactive`: a person is typing (confirmations are asked for, not assumed).
    Session(std::FILE* out, std::FILE* err, bool interactive);
    ~Session();
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    // ---- the graph ----------------------------------------------------------------------
    graph::KnowledgeGraph& graph() { return graph_; }
    const graph::KnowledgeGraph& graph() const { return graph_; }
    /// The file the graph was opened from or last saved to; empty for a new graph.
    const std::filesystem::path& file() const { return file_; }
    /// Replaces the graph (after :open); it counts as saved to `file`.
    void replaceGraph(graph::KnowledgeGraph graph, std::filesystem::path file);
    /// Records that the graph as it is now was written to `file` (or read from it).
    void markSaved(std::filesystem::path file);
    /// The claims file that builds the graph with its curation log replayed
    /// (extract/graph_claims.h): the one current for the file the graph was opened from, while
    /// the session changed nothing a rebuild would not do again and the claims file is as it
    /// was then. None otherwise.
    std::optional<std::filesystem::path> claimsOfGraph() const;
    /// The graph changed in a way its claims and log do not rebuild (`why`: ":import added facts
    /// no claim record holds"): they no longer build it.
    void claimsNoLongerBuildGraph(std::string why);
    /// The claim records of the documents the graph is built from (its curation log replayed):
    /// the session's own since a :build, or those of claimsOfGraph(); none for a new, empty
    /// graph. Nullopt when no claims build the graph. Throws extract::InputError for a claims
    /// file that cannot be read.
    std::optional<std::vector<extract::DocumentClaims>> documentsOfGraph() const;
    /// After a :build resolved `documents` again into `graph`: the graph replaces the session's
    /// (unsaved), and the documents are its claims, written beside it by the next :save.
    void rebuildGraph(graph::KnowledgeGraph graph, std::vector<extract::DocumentClaims> documents);
    /// The claims a :build left for the next :save to write; null when there are none.
    const std::vector<extract::DocumentClaims>* unsavedClaims() const {
        return unsavedClaims_ ? &*unsavedClaims_ : nullptr;
    }
    /// Why claimsOfGraph() became none in this session; empty if it never had claims.
    const std::string& whyNoClaims() const { return whyNoClaims_; }
    /// After a :save to `file` that kept the claims current: they are `file`'s from now on.
    void claimsMovedWith(const std::filesystem::path& file);
    /// True when file() was replaced or changed on disk since it was opened or saved (or was
    /// created, for a new graph): a :save would throw those changes away.
    bool fileChangedOnDisk() const;
    bool hasUnsavedChanges() const {
        return graph_.generation() != saved_.generation || replacedSinceSave_;
    }
    /// Writing statements run since the graph was opened or saved: :save records them as one
    /// entry of the graph's curation log.
    std::size_t unsavedWrites() const { return writes_.size(); }
    /// Adds the entry for the unsaved writing statements to the graph's log; false if there
    /// were none. A failed save takes it out again with dropLoggedWrites(false).
    bool logUnsavedWrites();
    void dropLastLogEntry() { graph_.curationLog().pop_back(); }
    /// :undo: the graph as it was before its newest logged change, unsaved until :save.
    /// Throws graph::CurationError.
    void undoLastChange();
    /// "unsaved changes to news.kg: 3 entities and 5 relations added".
    std::string describeUnsavedChanges() const;
    /// True if the graph may be thrown away for `action` (":open", ":quit"): nothing unsaved,
    /// a script (warned on stderr), or the user repeated the same action right after being
    /// warned. Otherwise prints the warning and returns false.
    bool confirmDiscard(std::string_view action);
    /// Called before each line is handled: a warning only holds for the very next line.
    void beginInput();

    // ---- settings -----------------------------------------------------------------------
    query::OutputFormat mode = query::OutputFormat::Table;
    bool timing = false;
    query::QueryParams params;
    query::QueryLimits limits = query::defaultQueryLimits();
    /// What the shell around the session offers the meta commands: the history of entries,
    /// and running a file of statements and meta commands (:source). Unset in unit tests.
    std::function<std::vector<std::string>()> historyEntries;
    std::function<void(const std::filesystem::path&)> sourceFile;
    /// Where results go from now on (:output FILE, truncated first); empty: back to the
    /// standard output. Throws std::runtime_error if FILE cannot be written.
    void redirectOutput(const std::filesystem::path& file);
    /// Where lines come from when not typed ("stdin", a :source file): errors then name the
    /// place as NAME:LINE:COLUMN, so a script's mistake can be found. Empty at a terminal.
    std::string inputName;
    /// The input line being handled, for the error location.
    std::uint32_t inputLine = 0;
    /// Set by :as-of: queries see only facts of documents dated up to this ISO day; empty for
    /// every fact.
    std::string asOf;
    /// The graph queries and reports run on: the whole graph, or its copy as of `asOf` (made
    /// again when the graph or the day changes; ids are the graph's own).
    const graph::KnowledgeGraph& queryGraph();
    /// What a query run from this session is given: its limits and the Ctrl-C flag.
    query::RunOptions runOptions() const;
    std::vector<std::string> parameterNames() const;
    bool interactive() const { return interactive_; }

    // ---- running ------------------------------------------------------------------------
    /// Runs one statement and prints its result (or its error). False if it failed or was
    /// cancelled.
    bool runStatement(const BufferedStatement& statement);
    bool runStatement(std::string_view text) {
        return runStatement(BufferedStatement{std::string(text), 1, 1, {}});
    }
    /// The last successful result, for :evidence and :render; nullptr if none.
    const query::QueryResult* lastResult() const { return lastResult_ ? &*lastResult_ : nullptr; }

    std::FILE* out() const { return out_; }
    std::FILE* err() const { return err_; }
    /// Columns of the terminal `out` writes to; 0 when it is not a terminal (no cutting).
    std::size_t terminalWidth() const;
    /// Writes `text` in pieces, stopping early if Ctrl-C is pressed. False if it stopped.
    bool writeInterruptibly(std::string_view text) const;
    /// Prints "error: <message>" on err (after the input's name and line, in a script).
    void error(std::string_view message) const;
    /// Prints a query error with its caret display; in a script at the script's own line and
    /// column, `where` being the statement's place. A missing $name is set with :param here.
    void printQueryError(const query::QueryError& e, const BufferedStatement& where) const;
    /// The same for the query of a meta command (:explain, :render) on the current line.
    void printQueryError(const query::QueryError& e) const {
        printQueryError(e, BufferedStatement{{}, inputLine, 1, {}});
    }
    /// After an empty result: a quoted name in the statement that is only an alias, on stderr.
    void printAliasHints(std::string_view text) const;

private:
    /// Puts `graph` in the session's place (:undo, :build): results and windows point into the old
    /// one.
    void replaceGraph(graph::KnowledgeGraph graph);
    struct SavedState {
        std::uint64_t generation = 0;
        std::size_t entities = 0;
        std::size_t relations = 0;
        std::optional<base::FileIdentity> file; ///< the file as it was then; none if absent
    };
    void printTable(const query::QueryResult& result, double milliseconds);
    void printRaw(const query::QueryResult& result);

    std::FILE* out_;
    std::FILE* err_;
    std::FILE* shellOut_;             ///< the output given at the start
    std::FILE* redirected_ = nullptr; ///< the :output file, owned; out_ points to it then
    bool interactive_;
    graph::KnowledgeGraph graph_;
    std::filesystem::path file_;
    SavedState saved_;
    std::optional<query::QueryResult> lastResult_;
    std::optional<graph::KnowledgeGraph> window_;
    std::uint64_t windowGeneration_ = 0;
    std::string windowDay_;
    /// The graph before the first writing statement since it was opened or saved, and those
    /// statements: what the next :save records in the curation log.
    std::optional<graph::GraphSnapshot> beforeWrites_;
    std::vector<std::string> writes_;
    bool replacedSinceSave_ = false; ///< :undo or :build replaced the graph
    struct ClaimsFile {
        std::filesystem::path path;
        std::optional<base::FileIdentity> identity; ///< as it was when taken on
    };
    std::optional<ClaimsFile> claims_;
    /// Set instead of claims_ once a :build resolved the documents again, until :save.
    std::optional<std::vector<extract::DocumentClaims>> unsavedClaims_;
    std::string whyNoClaims_;
    std::string armedAction_;    ///< action warned about on the current line
    std::string previousAction_; ///< action warned about on the line before
};

/// "0.42 ms", "12.3 ms", "1.52 s".
std::string formatDuration(double milliseconds);

} // namespace kg::cli::repl
