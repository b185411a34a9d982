#include "base/text_width.h"

#include "base/utf8.h"

#include <cstdint>

namespace kg::base {
namespace {

constexpr std::string_view kEllipsis = "\u2026";

std::size_t columns(char32_t cp) {
    if ((cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x200B && cp <= 0x200F) ||
        (cp >= 0x20D0 && cp <= 0x20FF) || (cp >= 0xFE00 && cp <= 0xFE0F))
        return 0; // combining marks, zero-width spaces and joiners, variation selectors
    if ((cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
        (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
        (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
        (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F) ||
        (cp >= 0x1F900 && cp <= 0x1F9FF) || (cp >= 0x20000 && cp <= 0x3FFFD))
        return 2;
    return 1;
}

} // namespace

std::size_t displayWidth(std::string_view utf8) {
    std::size_t width = 0;
    for (std::size_t i = 0; i < utf8.size();)
        width += columns(base::decodeUtf8(utf8, i));
    return width;
}

std::string truncateToWidth(std::string_view utf8, std::size_t width) {
    if (displayWidth(utf8) <= width)
        return std::string(utf8);
    if (width == 0)
        return {};
    std::string out;
    std::size_t used = 0;
    for (std::size_t i = 0; i < utf8.size();) {
        std::size_t start = i;
        std::size_t w = columns(base::decodeUtf8(utf8, i));
        if (used + w > width - 1) // keep one column for the ellipsis
            break;
        out.append(utf8.substr(start, i - start));
        used += w;
    }
    out += kEllipsis;
    return out;
}

std::string singleLine(std::string_view utf8) {
    std::string out(utf8);
    for (char& c : out)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F)
            c = ' ';
    return out;
}

} // namespace kg::base
