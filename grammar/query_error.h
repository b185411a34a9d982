#pragma once
// QueryError: every error in a query text, from the tokenizer, the parser, the binder or the
// executor, with the place it points at. The front end throws it; query/engine.h re-exports it.
#include <algorithm>
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
    /// A source line longer than kShownLineBytes is shown as the part around the column, with
    /// "..." for what is left out (a 1 MB line must not flood the terminal).
    std::string formatted() const {
        std::string_view line = sourceLine_;
        std::size_t caret = column_ > 0 ? column_ - 1 : 0;
        std::string out = what();
        out += '\n';
        if (line.size() > kShownLineBytes) {
            std::size_t begin = caret > kShownLineBytes / 2 ? caret - kShownLineBytes / 2 : 0;
            while (begin > 0 && begin < line.size() && isContinuationByte(line[begin]))
                --begin;
            std::size_t end = std::min(line.size(), begin + kShownLineBytes);
            while (end < line.size() && isContinuationByte(line[end]))
                ++end;
            std::string_view prefix = begin > 0 ? "..." : "";
            out += prefix;
            out += line.substr(begin, end - begin);
            if (end < line.size())
                out += "...";
            line = line.substr(begin, end - begin);
            caret = caret - begin + prefix.size();
            out += '\n';
            out.append(caret, ' ');
        } else {
            out += line;
            out += '\n';
            // Tabs stay tabs so the caret lines up under them in a terminal.
            for (std::size_t i = 0; i < caret; ++i)
                out += (i < line.size() && line[i] == '\t') ? '\t' : ' ';
        }
        out += '^';
        return out;
    }

    /// Longest source line formatted() shows whole.
    static constexpr std::size_t kShownLineBytes = 160;

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
    static bool isContinuationByte(char c) {
        return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
    }

    std::string message_;
    std::uint32_t line_;
    std::uint32_t column_;
    std::string sourceLine_;
};

} // namespace kg::grammar
