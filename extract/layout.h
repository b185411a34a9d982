#pragma once
// Page furniture removal. Scraped news pages carry share buttons, timestamps, captions and menus
// of unrelated headlines around the article. They are recognised by layout (length, final
// punctuation, title case, runs, repetition), never by a list of strings: see docs/extraction.md.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kg::extract {

/// A paragraph of prose: one or more source lines joined by spaces, same length as the source
/// range, so `begin + i` is the document offset of text[i].
struct TextBlock {
    std::string text;
    std::uint32_t begin = 0;
};

struct LayoutResult {
    std::vector<TextBlock> blocks;
    std::size_t droppedLines = 0;
};

LayoutResult keepProse(std::string_view document);

} // namespace kg::extract
