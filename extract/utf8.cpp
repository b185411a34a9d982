#include "extract/utf8.h"

namespace kg::extract {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

// Length of the valid sequence starting at `i`, or 0 when the byte there starts none
// (overlong forms, surrogates and code points above U+10FFFF are invalid, per RFC 3629).
std::size_t validSequenceLength(std::string_view s, std::size_t i) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80)
        return 1;
    std::size_t len = 0;
    unsigned char lo = 0x80;
    unsigned char hi = 0xBF;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        len = 2;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        len = 3;
        if (b0 == 0xE0)
            lo = 0xA0;
        if (b0 == 0xED)
            hi = 0x9F;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        len = 4;
        if (b0 == 0xF0)
            lo = 0x90;
        if (b0 == 0xF4)
            hi = 0x8F;
    } else {
        return 0;
    }
    if (i + len > s.size())
        return 0;
    for (std::size_t k = 1; k < len; ++k) {
        const auto b = static_cast<unsigned char>(s[i + k]);
        const unsigned char min = k == 1 ? lo : 0x80;
        const unsigned char max = k == 1 ? hi : 0xBF;
        if (b < min || b > max)
            return 0;
    }
    return len;
}

} // namespace

RepairedText repairUtf8(std::string_view input) {
    RepairedText out;
    out.text.reserve(input.size());
    for (std::size_t i = 0; i < input.size();) {
        std::size_t len = validSequenceLength(input, i);
        if (len == 0) {
            out.text.append(kReplacement);
            ++out.invalidBytes;
            ++i;
            continue;
        }
        // NUL and other C0 controls except tab/newline carry no text: make them spaces.
        const auto b0 = static_cast<unsigned char>(input[i]);
        if (len == 1 && b0 < 0x20 && b0 != '\n' && b0 != '\t')
            out.text.push_back(' ');
        else
            out.text.append(input.substr(i, len));
        i += len;
    }
    return out;
}

} // namespace kg::extract
