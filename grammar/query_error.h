#pragma once
// QueryError: every error in a query text, from the tokenizer, the parser, the binder or the
// executor, with the place it points at. The front end throws it; query/engine.h re-exports it.
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

namespace kg::grammar {

/// A syntax or semantic error, or a runtime error attributable to a place in the query.
class QueryError : public std::runtime_error {
public:
    /// `line` and `column` are 1-based; column counts bytes. `sourceLine` is the full text of
    /// that line (without its newline) for the caret display.
    QueryError(std::string message, std::uint32_t line, std::uint32_t column,
               std::string sourceLine)
        : std::runtime_error(std::to_string(line) + ":" + std::to_string(column) + ": " + message),
          message_(std::move(message)), line_(line), column_(column),
          sourceLine_(std::move(sourceLine)) {}

    /// What is wrong, without position: "expected ')' after node pattern".
    const std::string& message() const { return message_; }
    std::uint32_t line() const { return line_; }
    std::uint32_t column() const { return column_; }
    const std::string& sourceLine() const { return sourceLine_; }

    /// Three lines, no trailing newline:
    ///   "1:17: expected ')' after node pattern, found 'RETURN'"
    ///   "MATCH (a:Person RETURN a"
    ///   "                ^"
    std::string formatted() const {
        std::string out = what();
        out += '\n';
        out += sourceLine_;
        out += '\n';
        // Tabs stay tabs so the caret lines up under them in a terminal.
        for (std::uint32_t i = 1; i < column_; ++i)
            out += (i - 1 < sourceLine_.size() && sourceLine_[i - 1] == '\t') ? '\t' : ' ';
        out += '^';
        return out;
    }

    /// The same error seen from the script `script` in which this statement starts at
    /// (line, column) (see splitStatements): used to report errors of a script's statements.
    QueryError inScript(std::string_view script, std::uint32_t line, std::uint32_t column) const {
        std::uint32_t newLine = line_ + line - 1;
        std::uint32_t newColumn = line_ == 1 ? column_ + column - 1 : column_;
        std::size_t begin = 0;
        for (std::uint32_t l = 1; l < newLine && begin < script.size(); ++l) {
            std::size_t nl = script.find('\n', begin);
            begin = nl == std::string_view::npos ? script.size() : nl + 1;
        }
        std::size_t end = script.find('\n', begin);
        if (end == std::string_view::npos)
            end = script.size();
        return QueryError(message_, newLine, newColumn,
                          std::string(script.substr(begin, end - begin)));
    }

private:
    std::string message_;
    std::uint32_t line_;
    std::uint32_t column_;
    std::string sourceLine_;
};

} // namespace kg::grammar
