#include "grammar/scan.h"

#include <gtest/gtest.h>

namespace kg::grammar {
namespace {

TEST(Scan, TextEndReportsTheOpenQuoteAndWhereItsTextStarts) {
    TextEnd end = scanTextEnd("MATCH (a {name: 'Mark R");
    EXPECT_EQ(end.openQuote, '\'');
    EXPECT_EQ(end.quoteStart, 17u);
    EXPECT_EQ(end.brackets, (std::vector<char>{'(', '{'}));
    EXPECT_FALSE(end.inComment);
}

TEST(Scan, TextEndSeesQuotesAndBracketsAsTheParserDoes) {
    // The ')' and '"' inside the string and the comment are text, not structure.
    TextEnd end = scanTextEnd("MATCH (a)-[r:`x)` {n: \"a)\\\"\"}] /* ( */ RETURN [a, ");
    EXPECT_EQ(end.openQuote, 0);
    EXPECT_EQ(end.brackets, std::vector<char>{'['});
}

TEST(Scan, TextEndInsideAComment) {
    EXPECT_TRUE(scanTextEnd("MATCH (a) // who is ").inComment);
    EXPECT_TRUE(scanTextEnd("MATCH (a) /* who").inComment);
    EXPECT_FALSE(scanTextEnd("MATCH (a) /* who */ ").inComment);
}

TEST(Scan, BadCharactersDoNotStopSplittingOrDetection) {
    ScriptSplit s = splitStatements("RETURN 1 ! 2; RETURN '\\q';");
    ASSERT_EQ(s.statements.size(), 2u);
    EXPECT_EQ(s.statements[0].text, "RETURN 1 ! 2");
    EXPECT_EQ(s.statements[1].text, "RETURN '\\q'");
    EXPECT_TRUE(startsWithExplain("/* plan */ explain MATCH (a) RETURN a"));
    EXPECT_FALSE(startsWithExplain("'explain'"));
}

} // namespace
} // namespace kg::grammar
