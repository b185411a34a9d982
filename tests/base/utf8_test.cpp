#include "base/utf8.h"

#include <gtest/gtest.h>

namespace kg::base {
namespace {

TEST(Utf8, AcceptsWellFormedText) {
    EXPECT_EQ(invalidUtf8At(""), std::nullopt);
    EXPECT_EQ(invalidUtf8At("plain ASCII text that is longer than eight bytes"), std::nullopt);
    EXPECT_EQ(invalidUtf8At("é 日本 😀 \xF4\x8F\xBF\xBF"), std::nullopt); // up to U+10FFFF
}

TEST(Utf8, FindsTheFirstBadByte) {
    EXPECT_EQ(invalidUtf8At("abc\xff"), 3u);
    EXPECT_EQ(invalidUtf8At("12345678\x80"), 8u);     // lone continuation byte
    EXPECT_EQ(invalidUtf8At("a\xC0\xAF"), 1u);        // overlong '/'
    EXPECT_EQ(invalidUtf8At("a\xE0\x80\xAF"), 1u);    // overlong, 3 bytes
    EXPECT_EQ(invalidUtf8At("ab\xED\xA0\x80"), 2u);   // surrogate U+D800
    EXPECT_EQ(invalidUtf8At("\xF4\x90\x80\x80"), 0u); // above U+10FFFF
    EXPECT_EQ(invalidUtf8At("x\xE6\x97"), 1u);        // cut short at the end
}

TEST(Utf8, EncodesCodePoints) {
    std::string out;
    for (char32_t cp : {U'A', U'é', U'日', U'😀'})
        appendUtf8(out, cp);
    EXPECT_EQ(out, "Aé日😀");
    out.clear();
    appendUtf8(out, 0xD800);   // a surrogate
    appendUtf8(out, 0x110000); // beyond Unicode
    EXPECT_EQ(out, "\uFFFD\uFFFD");
}

TEST(Utf8, DecodeAdvancesByCharacterAndReplacesBadBytes) {
    std::string_view s = "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80\xFFz";
    std::vector<char32_t> got;
    for (std::size_t i = 0; i < s.size();)
        got.push_back(decodeUtf8(s, i));
    EXPECT_EQ(got,
              (std::vector<char32_t>{U'a', U'\u00E9', U'\u20AC', U'\U0001F600', 0xFFFD, U'z'}));
    EXPECT_EQ(utf8SequenceLength(s, 1), 2u);
    EXPECT_EQ(utf8SequenceLength("\xE2\x82", 0), 0u); // cut short
}

} // namespace
} // namespace kg::base
