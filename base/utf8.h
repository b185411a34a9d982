#pragma once
// UTF-8 decoding, validation, encoding and repair. kg reads text from anywhere, so invalid bytes
// are normal input: every module goes through these instead of trusting its bytes.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace kg::base {

/// U+FFFD, which stands in for every byte that is not part of well-formed UTF-8.
inline constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";

/// Length of the well-formed UTF-8 sequence starting at s[i] (1 for ASCII), or 0 when the bytes
/// there are not one (overlong forms, surrogates, code points above U+10FFFF, a cut sequence).
std::size_t utf8SequenceLength(std::string_view s, std::size_t i);

/// Decodes the character at s[i] and advances `i` past it; a byte that starts no well-formed
/// sequence decodes as U+FFFD and advances by one.
char32_t decodeUtf8(std::string_view s, std::size_t& i);

/// Byte offset of the first byte that is not part of well-formed UTF-8 (overlong forms,
/// surrogates and code points above U+10FFFF included), or nullopt if `s` is valid.
std::optional<std::size_t> invalidUtf8At(std::string_view s);

/// Number of code points in `s` (each continuation byte belongs to the character before it).
std::size_t utf8Length(std::string_view s);

/// Appends code point `cp` to `out` as UTF-8; a surrogate or a value above U+10FFFF, which
/// UTF-8 cannot carry, is appended as U+FFFD.
void appendUtf8(std::string& out, char32_t cp);

struct RepairedText {
    std::string text;
    std::size_t invalidBytes = 0; ///< bytes that were not part of a valid UTF-8 sequence
};

/// Text safe for ICU, link-grammar and JSON: invalid bytes become U+FFFD (and are counted), NUL
/// and other C0 controls except tab and newline become spaces.
RepairedText repairUtf8(std::string_view input);

} // namespace kg::base
