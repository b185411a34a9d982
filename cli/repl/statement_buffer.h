#pragma once
// Gathers typed lines into `;`-terminated statements. A ';' inside a string, a backticked name
// or a comment does not end a statement: the splitting is the query engine's own
// (query::splitStatements), so the REPL and `kg query -f` agree on every script.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kg::cli::repl {

/// A complete statement and where it starts in the input, so that a script's errors name the
/// script's own line and column.
struct BufferedStatement {
    std::string text;
    std::uint32_t line = 1;   ///< input line of its first character (1-based)
    std::uint32_t column = 1; ///< byte column of its first character (1-based)
    std::string firstLine;    ///< the whole input line it starts on, for the caret display
};

class StatementBuffer {
public:
    /// Adds one line (without its newline); `lineNumber` is its place in the input.
    void append(std::string_view line, std::uint32_t lineNumber = 1);
    /// Removes and returns the statements completed so far, without their ';' and blanks.
    std::vector<BufferedStatement> takeComplete();
    /// The unfinished statement, if any, removing it (a script's last statement lacking ';').
    BufferedStatement takeRest();
    /// True when no unfinished statement is pending (blanks and comments do not count).
    bool empty() const { return pending_.empty(); }
    /// The earlier lines of the unfinished statement, for completion.
    std::string_view pending() const { return pending_; }
    void clear() { pending_.clear(); }

private:
    BufferedStatement located(std::string_view text, std::uint32_t line,
                              std::uint32_t column) const;
    /// Drops the first `count` bytes of pending_, moving the start position past them.
    void dropFront(std::size_t count);

    std::string pending_;
    std::uint32_t startLine_ = 1;   ///< input line where pending_ begins
    std::uint32_t startColumn_ = 1; ///< its column there
    std::string startLineText_;     ///< that whole input line
};

} // namespace kg::cli::repl
