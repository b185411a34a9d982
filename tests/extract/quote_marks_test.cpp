// The one list of quotation marks the segmenter, the quotation reader and the clause rules share.
#include "extract/quote_marks.h"

#include <gtest/gtest.h>

namespace kg::extract::test {
namespace {

TEST(QuoteMarks, EverySpellingIsReadWithItsLengthKindAndDirection) {
    struct Case {
        const char* text;
        std::size_t length;
        bool isDouble;
        bool onlyCloses;
    };
    for (const Case& c : {Case{"\"A", 1, true, false},
                          Case{"\xE2\x80\x9C"
                               "A",
                               3, true, false},
                          Case{"\xE2\x80\x9D", 3, true, true},
                          Case{"\xC2\xAB"
                               "A",
                               2, true, false},
                          Case{"\xC2\xBB", 2, true, true}, Case{"``A", 2, true, false},
                          Case{"'' said", 2, true, true}, Case{"'A", 1, false, false},
                          Case{"\xE2\x80\x98"
                               "A",
                               3, false, false},
                          Case{"\xE2\x80\x99s", 3, false, true}}) {
        const QuoteMark mark = quoteMarkAt(c.text);
        EXPECT_EQ(mark.length, c.length) << c.text;
        EXPECT_EQ(mark.isDouble, c.isDouble) << c.text;
        EXPECT_EQ(mark.onlyCloses, c.onlyCloses) << c.text;
    }
    EXPECT_EQ(quoteMarkAt("A\"").length, 0u);
    EXPECT_EQ(quoteMarkAt("").length, 0u);
    EXPECT_EQ(quoteMarkAt("`").length, 0u); // one backtick is no mark
}

TEST(QuoteMarks, AWordIsAMarkOnlyWhenItIsOneMarkWhole) {
    EXPECT_TRUE(isQuoteMark("''", true));
    EXPECT_TRUE(isQuoteMark("\xC2\xBB", true));
    EXPECT_TRUE(isQuoteMark("'"));
    EXPECT_FALSE(isQuoteMark("'", true)); // as often an apostrophe
    EXPECT_FALSE(isQuoteMark("\"A"));
    EXPECT_FALSE(isQuoteMark("'s"));
    EXPECT_FALSE(isQuoteMark(""));
}

} // namespace
} // namespace kg::extract::test
