// samples/*.txt are short news-style articles written for kg; samples/*.facts pin every fact the
// extractor draws from each, one per line in output order. A line starting with "!" is a fact the
// extractor produces but a careful reader would not draw: it is pinned so a change is seen, and
// counted so the file says how far the extractor is from right.
#include "tests/extract/test_support.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>

namespace kg::extract::test {
namespace {

namespace fs = std::filesystem;

std::string readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

class SampleFacts : public testing::TestWithParam<std::string> {};

TEST_P(SampleFacts, MatchThePinnedFacts) {
    const fs::path dir = fs::path(KG_SOURCE_DIR) / "samples";
    Document d;
    d.id = GetParam() + ".txt";
    d.text = readFile(dir / (GetParam() + ".txt"));
    std::vector<std::string> expected;
    std::size_t wrong = 0;
    std::istringstream lines(readFile(dir / (GetParam() + ".facts")));
    for (std::string line; std::getline(lines, line);) {
        if (line.empty() || line.front() == '#')
            continue;
        if (line.front() == '!') {
            ++wrong;
            line.erase(0, 1);
        }
        expected.push_back(line);
    }
    ASSERT_FALSE(expected.empty());
    EXPECT_EQ(factsOf({d}), expected);
    RecordProperty("known_wrong", static_cast<int>(wrong));
}

INSTANTIATE_TEST_SUITE_P(Samples, SampleFacts,
                         testing::Values("city_council", "company_merger", "harbour_town",
                                         "nordic_rail", "port_strike", "science_agency",
                                         "sports_federation"));

} // namespace
} // namespace kg::extract::test
