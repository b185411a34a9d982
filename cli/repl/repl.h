#pragma once
// The REPL's main loop: read lines, gather statements, run them and the meta commands, until
// :quit or end of input. `kg repl` and `kg` alone on a terminal call runRepl.
#include "query/limits.h"

#include <filesystem>

namespace kg::cli::repl {

struct ReplOptions {
    /// Graph to open first; a file that does not exist yet starts a new graph saved there.
    std::filesystem::path graphFile;
    /// Stop at the first failing statement or meta command, with exit code 1.
    bool bail = false;
    /// Budgets of every statement; :max-memory, :timeout and :max-hops change them.
    query::QueryLimits limits = query::defaultQueryLimits();
};

/// Runs on stdin and stdout: line editing, history and completion when stdin is a terminal,
/// a silent script runner otherwise. Returns the exit code: 0, or 1 if a statement failed in
/// a script (at once with --bail). Throws graph::GraphFileError if the graph cannot be opened.
int runRepl(const ReplOptions& options);

} // namespace kg::cli::repl
