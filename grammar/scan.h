#pragma once
// Reading query text that may be unfinished or wrong, with the parser's own tokenizer (in its
// tolerant mode), so that statement splitting, EXPLAIN detection and the REPL's completion see
// strings, names and comments exactly as the parser does. Nothing here throws.
#include <cstdint>
#include <string_view>
#include <vector>

namespace kg::grammar {

/// One `;`-terminated statement of a script. `text` excludes the ';' and surrounding blanks.
struct StatementText {
    std::string_view text;
    std::uint32_t line = 1; ///< where `text` starts in the script (1-based)
    std::uint32_t column = 1;
};

struct ScriptSplit {
    std::vector<StatementText> statements;
    /// Text after the last ';' that holds something other than blanks and comments: an
    /// unterminated statement. The REPL shows its continuation prompt while this is non-empty;
    /// a script runner runs it as a last statement.
    StatementText rest;
    /// True when the script ends inside a string, a backticked name or a block comment.
    bool openQuote = false;
};

/// Splits on ';' tokens (so never inside strings, backticked names or comments).
ScriptSplit splitStatements(std::string_view script);

/// True when the first token of `text` is EXPLAIN.
bool startsWithExplain(std::string_view text);

/// Where the end of a partly typed query stands, for completion.
struct TextEnd {
    char openQuote = 0;         ///< the text ends inside '...', "..." or `...`
    std::size_t quoteStart = 0; ///< first byte after that opening quote
    std::vector<char> brackets; ///< open '(', '[' and '{', innermost last
    bool inComment = false;     ///< the text ends inside a // or /* comment
};
TextEnd scanTextEnd(std::string_view text);

} // namespace kg::grammar
