#include "base/unicode_case.h"

#include <algorithm>
#include <cstdint>
#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace kg::base {
namespace {

bool isAscii(std::string_view s) {
    return std::all_of(s.begin(), s.end(),
                       [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// Most names are ASCII: those skip ICU's conversions to UTF-16 and back.
template <typename AsciiMap, typename UnicodeMap>
std::string mapCase(std::string_view s, AsciiMap ascii, UnicodeMap unicode) {
    if (isAscii(s)) {
        std::string out(s);
        std::transform(out.begin(), out.end(), out.begin(), ascii);
        return out;
    }
    icu::UnicodeString text = icu::UnicodeString::fromUTF8(
        icu::StringPiece(s.data(), static_cast<std::int32_t>(s.size())));
    unicode(text);
    std::string out;
    text.toUTF8String(out);
    return out;
}

} // namespace

std::string upperCase(std::string_view utf8) {
    return mapCase(
        utf8, [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; },
        [](icu::UnicodeString& t) { t.toUpper(icu::Locale::getRoot()); });
}

std::string lowerCase(std::string_view utf8) {
    return mapCase(
        utf8, [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; },
        [](icu::UnicodeString& t) { t.toLower(icu::Locale::getRoot()); });
}

} // namespace kg::base
