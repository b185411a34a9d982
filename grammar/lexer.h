#pragma once
// The tokenizer, in the manner of SQLite's: one switch on the first byte, words scanned whole and
// then looked up as keywords, line and column advanced in one place. Blanks and comments are
// skipped here; the parser only sees real tokens and a final end token (type 0).
#include "grammar/token.h"

#include <string>
#include <string_view>

namespace kg::grammar {

struct Token {
    int type = 0; ///< a TK_* code from the generated grammar/query.h; 0 = end of input
    Tok tok{};
};

class Lexer {
public:
    explicit Lexer(std::string_view text) : text_(text) {}

    /// The next token. Throws QueryError (with the position) for a character that starts no
    /// token, an unterminated string, backticked name or comment, or a bad escape sequence.
    Token next();

private:
    void skipBlanksAndComments();
    [[noreturn]] void fail(const char* message, std::uint32_t offset, std::uint32_t line,
                           std::uint32_t column) const;
    void advance(std::size_t count);
    std::size_t scanNumber(std::size_t at, int& type) const;
    std::size_t scanQuoted(std::size_t at, char quote) const;

    std::string_view text_;
    std::size_t pos_ = 0;
    std::uint32_t line_ = 1;
    std::uint32_t column_ = 1;
};

/// The source line `line` (1-based) of `text`, without its newline: for caret messages.
std::string_view sourceLine(std::string_view text, std::uint32_t line);

/// Decodes a string literal token (quotes included) into its value. The lexer has already
/// checked the escapes, so this cannot fail.
std::string unescapeString(std::string_view quoted);
/// A `backticked` name without its backticks, doubled `` `` `` becoming one.
std::string unquoteName(std::string_view backticked);

/// Keyword spelled by `word` (any case) or 0.
int keywordCode(std::string_view word);

} // namespace kg::grammar
