#pragma once
// UTF-8 repair: kg reads text from anywhere, so invalid bytes are normal input. They are replaced
// by U+FFFD and counted; the output is always valid UTF-8 for ICU, link-grammar and JSON.
#include <cstddef>
#include <string>
#include <string_view>

namespace kg::extract {

struct RepairedText {
    std::string text;
    std::size_t invalidBytes = 0; ///< bytes that were not part of a valid UTF-8 sequence
};

RepairedText repairUtf8(std::string_view input);

} // namespace kg::extract
