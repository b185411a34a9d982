#pragma once
// Sentence segmentation with ICU's sentence BreakIterator (English rules), plus repairs for news
// text: no break after an initial ("J. Smith") or a title abbreviation ("Gen.", "Dr."), nor
// after a dotted abbreviation ("U.S.") followed by a lower-case word.
#include <cstdint>
#include <string_view>
#include <vector>

namespace kg::extract {

struct SentenceSpan {
    std::uint32_t begin = 0; ///< byte offsets in the text given to splitSentences
    std::uint32_t end = 0;
};

/// Splits `text` (valid UTF-8) into sentences, trimmed of surrounding spaces. Thread-safe: each
/// thread uses its own clone of the iterator.
std::vector<SentenceSpan> splitSentences(std::string_view text);

} // namespace kg::extract
