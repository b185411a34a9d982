#pragma once
// Gathers typed lines into `;`-terminated statements. A ';' inside a string, a backticked name
// or a comment does not end a statement: the splitting is the query engine's own
// (query::splitStatements), so the REPL and `kg query -f` agree on every script.
#include <string>
#include <string_view>
#include <vector>

namespace kg::cli::repl {

class StatementBuffer {
public:
    /// Adds one line (without its newline).
    void append(std::string_view line);
    /// Removes and returns the statements completed so far, without their ';' and blanks.
    std::vector<std::string> takeComplete();
    /// The unfinished statement, if any, removing it (a script's last statement lacking ';').
    std::string takeRest();
    /// True when no unfinished statement is pending (blanks and comments do not count).
    bool empty() const { return pending_.empty(); }
    /// The earlier lines of the unfinished statement, for completion.
    std::string_view pending() const { return pending_; }
    void clear() { pending_.clear(); }

private:
    std::string pending_;
};

} // namespace kg::cli::repl
