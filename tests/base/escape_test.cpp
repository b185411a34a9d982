#include "base/escape.h"

#include <gtest/gtest.h>

namespace kg::base {
namespace {

std::string json(std::string_view s) {
    std::string out;
    base::appendJsonString(out, s);
    return out.substr(1, out.size() - 2);
}

TEST(TextEscape, InvalidUtf8BecomesReplacementCharacters) {
    EXPECT_EQ(json("a\xff"
                   "b"),
              "a\xEF\xBF\xBD"
              "b");
    EXPECT_EQ(json("\xC3\xA9t\xC3\xA9"), "\xC3\xA9t\xC3\xA9");
    EXPECT_EQ(json("\xC0\xAF"), "\xEF\xBF\xBD\xEF\xBF\xBD");                 // overlong '/'
    EXPECT_EQ(json("\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"); // surrogate
    EXPECT_EQ(json("\xE2\x82"), "\xEF\xBF\xBD\xEF\xBF\xBD");                 // cut short
    EXPECT_EQ(json("\xF5\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD");                 // no such lead byte
}

TEST(TextEscape, Graphviz) {
    EXPECT_EQ(graphvizText("a\\N\tb"), "a\\\\N b");
    EXPECT_EQ(graphvizTooltipText("a\\N"), "a＼N");
}

TEST(TextEscape, Json) {
    EXPECT_EQ(json("say \"hi\"\\\n\x01\x7f é"), "say \\\"hi\\\"\\\\\\n\\u0001\x7f é");
}

TEST(TextEscape, Xml) {
    std::string out;
    appendXmlText(out, "<a href=\"x\">&</a>\x01\n");
    EXPECT_EQ(out, "&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;\xEF\xBF\xBD&#10;");
}

TEST(TextEscape, NTriplesLiteral) {
    std::string out;
    appendNTriplesLiteral(out, "say \"hi\"\\\n\x01é");
    EXPECT_EQ(out, "say \\\"hi\\\"\\\\\\n\\u0001é");
}

TEST(TextEscape, IriComponent) {
    std::string out;
    appendIriComponent(out, "Mark Rutte/é~");
    EXPECT_EQ(out, "Mark%20Rutte%2F%C3%A9~");
}

TEST(TextEscape, CsvField) {
    std::string out;
    appendCsvField(out, "a \"b\",\nc", CsvQuoting::AlwaysOneLine);
    EXPECT_EQ(out, "\"a \"\"b\"\", c\"");
}

TEST(TextEscape, CsvFieldQuotedOnlyWhenNeeded) {
    std::string out;
    appendCsvField(out, "plain text", CsvQuoting::WhenNeeded);
    out += ',';
    appendCsvField(out, "say \"no\",\nthen", CsvQuoting::WhenNeeded);
    EXPECT_EQ(out, "plain text,\"say \"\"no\"\",\nthen\"");
}

TEST(TextEscape, TsvFieldKeepsTheRecordOnOneLine) {
    std::string out;
    appendTsvField(out, "a\tb\nc\r\\d \"e\"");
    EXPECT_EQ(out, "a\\tb\\nc\\r\\\\d \"e\"");
}

TEST(TextEscape, ShortenKeepsCharactersWhole) {
    EXPECT_EQ(shorten("abc", 5), "abc");
    EXPECT_EQ(shorten("abcdef", 3), "abc…");
    EXPECT_EQ(shorten("ééé", 3), "é…"); // byte 3 is inside the second é
}

} // namespace
} // namespace kg::base
