#pragma once
// Case-insensitive comparison for names, keywords and option values. ASCII letters fold
// everywhere; foldCase also folds the UTF-8 Latin-1 capitals, as entity names need.
#include <string>
#include <string_view>

namespace kg::base {

inline char lowerAscii(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

/// `s` with ASCII letters lowered; every other byte (UTF-8 included) as it is.
std::string lowerAscii(std::string_view s);

bool equalsIgnoreCase(std::string_view a, std::string_view b);
bool startsWithIgnoreCase(std::string_view s, std::string_view prefix);

/// The key under which names match case-insensitively: ASCII letters and the UTF-8 Latin-1
/// capitals U+00C0..U+00DE (not U+00D7, the multiplication sign) lowered.
std::string foldCase(std::string_view s);

} // namespace kg::base
