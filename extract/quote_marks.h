#pragma once
// Quotation marks as raw text and parsed words spell them: ASCII, typographic, guillemets, and
// the Penn Treebank escapes of tokenised benchmark text (`` and ''). One list, so that the
// segmenter, the quotation reader and the clause rules agree on what a mark is.
#include <cstddef>
#include <string_view>

namespace kg::extract {

struct QuoteMark {
    std::size_t length = 0;  ///< in bytes; 0 when the text starts with no mark
    bool isDouble = false;   ///< " “ ” « » `` ''; otherwise ' ‘ ’
    bool onlyCloses = false; ///< ” ’ » '': a mark that never opens a quotation
};

/// The quotation mark `text` starts with.
QuoteMark quoteMarkAt(std::string_view text);

/// Whether `word` is one quotation mark and nothing else; with `doubleOnly` not a single one,
/// which is as often an apostrophe ("the players' union").
bool isQuoteMark(std::string_view word, bool doubleOnly = false);

} // namespace kg::extract
