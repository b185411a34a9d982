#pragma once
// The tokenizer, in the manner of SQLite's: one switch on the first byte, words scanned whole and
// then looked up as keywords, line and column advanced in one place. Blanks and comments are
// skipped here; the parser only sees real tokens and a final end token (type 0).
#include "grammar/token.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace kg::grammar {

struct Token {
    int type = 0; ///< a TK_* code from the generated grammar/query.h; 0 = end of input
    Tok tok{};
};

/// Where a text stops when it is cut anywhere (a line being typed, a script in pieces).
enum class OpenAtEnd : std::uint8_t { Nothing, Quote, LineComment, BlockComment };

/// Token type of a character that starts no token, in tolerant mode.
inline constexpr int kBadToken = -1;

class Lexer {
public:
    /// Strict lexing is for parsing: every error throws. Tolerant lexing is for text that may be
    /// unfinished or wrong (statement splitting, completion, EXPLAIN detection): it never
    /// throws; a bad character is a kBadToken, and an unterminated string or comment ends the
    /// text and is reported by openAtEnd().
    enum class Mode : std::uint8_t { Strict, Tolerant };

    explicit Lexer(std::string_view text, Mode mode = Mode::Strict) : text_(text), mode_(mode) {}

    /// The next token; type 0 at the end. Strict mode throws QueryError (with the position)
    /// for a character that starts no token, an unterminated string, backticked name or
    /// comment, or a bad escape sequence.
    Token next();

    /// After the end token in tolerant mode: what the text was still inside when it ended.
    OpenAtEnd openAtEnd() const { return openAtEnd_; }
    /// The quote character of OpenAtEnd::Quote.
    char openQuote() const { return openQuote_; }

private:
    bool tolerant() const { return mode_ == Mode::Tolerant; }
    void skipBlanksAndComments();
    [[noreturn]] void fail(const char* message, std::uint32_t offset, std::uint32_t line,
                           std::uint32_t column) const;
    void advance(std::size_t count);
    std::size_t scanNumber(std::size_t at, int& type) const;
    std::size_t scanQuoted(std::size_t at, char quote);

    std::string_view text_;
    Mode mode_;
    OpenAtEnd openAtEnd_ = OpenAtEnd::Nothing;
    char openQuote_ = 0;
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
/// How keyword `code` is written ("RETURN"), or empty if `code` is no keyword.
std::string_view keywordSpelling(int code);
/// Every word of grammar/keywords.txt in its order: reserved words, their synonyms and the
/// pattern functions (shortestPath), for completion.
std::span<const std::string_view> languageWords();

} // namespace kg::grammar
