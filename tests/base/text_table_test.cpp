// Terminal widths of UTF-8 text and the aligned tables built on them (kg query, the REPL).
#include "base/text_table.h"
#include "base/text_width.h"

#include <gtest/gtest.h>

namespace kg::base {
namespace {

TEST(TextWidth, CountsColumnsNotBytes) {
    EXPECT_EQ(displayWidth("Rutte"), 5u);
    EXPECT_EQ(displayWidth("Z\xc3\xbcrich"), 6u);            // ü is one column
    EXPECT_EQ(displayWidth("e\xcc\x81"), 1u);                // e + combining acute
    EXPECT_EQ(displayWidth("\xe6\x9d\xb1\xe4\xba\xac"), 4u); // two wide CJK characters
    EXPECT_EQ(displayWidth("\xff\xfe"), 2u);                 // invalid bytes: one column each
}

TEST(TextWidth, CutsWithAnEllipsis) {
    EXPECT_EQ(truncateToWidth("Mark Rutte", 10), "Mark Rutte");
    EXPECT_EQ(truncateToWidth("Mark Rutte", 5), "Mark\xe2\x80\xa6");
    EXPECT_EQ(truncateToWidth("Z\xc3\xbcrich", 3), "Z\xc3\xbc\xe2\x80\xa6");
    // A wide character that would straddle the limit is left out whole.
    EXPECT_EQ(truncateToWidth("a\xe6\x9d\xb1\xe4\xba\xac", 3), "a\xe2\x80\xa6");
    EXPECT_EQ(singleLine("one\ntwo\tthree"), "one two three");
}

TEST(TableLayout, KeepsNaturalWidthsWhenTheyFit) {
    EXPECT_EQ(fitColumns({5, 10}, 0), (std::vector<std::size_t>{5, 10}));
    EXPECT_EQ(fitColumns({5, 10}, 20), (std::vector<std::size_t>{5, 10}));
}

TEST(TableLayout, NarrowsTheWidestColumnsFirst) {
    // 40 columns less 8 of separators leave 32: the 5-wide column stays whole, the two wide
    // ones share the rest (13 each, the spare column to the first).
    EXPECT_EQ(fitColumns({5, 30, 40}, 40), (std::vector<std::size_t>{5, 14, 13}));
    // Never below three columns, even when the terminal is too narrow.
    EXPECT_EQ(fitColumns({20, 20}, 6), (std::vector<std::size_t>{3, 3}));
}

TEST(TableLayout, RendersAlignedRows) {
    TableText t{{"name", "degree"}, {{"Ana Lima", "4"}, {"Tomas Berg", "12"}}, {false, true}};
    EXPECT_EQ(renderTable(t, 0), " name       | degree\n"
                                 "------------+--------\n"
                                 " Ana Lima   |      4\n"
                                 " Tomas Berg |     12\n");
    EXPECT_EQ(renderTable(t, 17), " name   | degree\n"
                                  "--------+--------\n"
                                  " Ana L\xe2\x80\xa6 |      4\n"
                                  " Tomas\xe2\x80\xa6 |     12\n");
}

} // namespace
} // namespace kg::base
