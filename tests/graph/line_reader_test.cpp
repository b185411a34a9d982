#include "graph/io/line_reader.h"

#include <cstdio>
#include <gtest/gtest.h>

namespace kg::graph {
namespace {

std::vector<std::string> lines(std::string content) {
    std::FILE* in = ::fmemopen(content.data(), content.size(), "rb");
    LineReader reader(in, "mem");
    std::vector<std::string> out;
    std::string_view line;
    while (reader.next(line))
        out.push_back(reader.lineTooLong() ? "<too long>" : std::string(line));
    std::fclose(in);
    return out;
}

TEST(LineReader, SplitsLinesAndDropsCarriageReturns) {
    EXPECT_EQ(lines("a\nb\r\n\nlast"), (std::vector<std::string>{"a", "b", "", "last"}));
    EXPECT_EQ(lines("one\n"), std::vector<std::string>{"one"});
    EXPECT_EQ(lines(""), std::vector<std::string>{});
}

TEST(LineReader, ReadsLinesLongerThanItsBuffer) {
    std::string big(5 << 20, 'x');
    auto got = lines("a\n" + big + "\nb");
    ASSERT_EQ(got.size(), 3u);
    EXPECT_EQ(got[1], big);
    EXPECT_EQ(got[2], "b");
}

TEST(LineReader, SkipsLinesBeyondTheLimit) {
    std::string huge(LineReader::kMaxLineBytes + 10, 'y');
    EXPECT_EQ(lines("a\n" + huge + "\nb\n"), (std::vector<std::string>{"a", "<too long>", "b"}));
    EXPECT_EQ(lines(huge), std::vector<std::string>{"<too long>"});
}

} // namespace
} // namespace kg::graph
