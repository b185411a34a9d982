#include "extract/quote_marks.h"

#include <array>

namespace kg::extract {

namespace {

struct Spelling {
    std::string_view text;
    bool isDouble;
    bool onlyCloses;
};

// Longer spellings first: "''" is one double mark, not two single ones.
constexpr std::array<Spelling, 10> kSpellings{{
    {"``", true, false},
    {"''", true, true},
    {"\"", true, false},
    {"\xE2\x80\x9C", true, false}, // “
    {"\xE2\x80\x9D", true, true},  // ”
    {"\xC2\xAB", true, false},     // «
    {"\xC2\xBB", true, true},      // »
    {"'", false, false},
    {"\xE2\x80\x98", false, false}, // ‘
    {"\xE2\x80\x99", false, true},  // ’
}};

} // namespace

QuoteMark quoteMarkAt(std::string_view text) {
    for (const Spelling& s : kSpellings)
        if (text.starts_with(s.text))
            return {s.text.size(), s.isDouble, s.onlyCloses};
    return {};
}

bool isQuoteMark(std::string_view word, bool doubleOnly) {
    const QuoteMark m = quoteMarkAt(word);
    return m.length != 0 && m.length == word.size() && (m.isDouble || !doubleOnly);
}

} // namespace kg::extract
