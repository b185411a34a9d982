#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace kg::graph {

/// Byte offset of the first byte that is not part of well-formed UTF-8 (overlong forms,
/// surrogates and code points above U+10FFFF included), or nullopt if `s` is valid.
std::optional<std::size_t> invalidUtf8At(std::string_view s);

/// Appends code point `cp` (at most U+10FFFF, not a surrogate) to `out` as UTF-8.
void appendUtf8(std::string& out, char32_t cp);

} // namespace kg::graph
