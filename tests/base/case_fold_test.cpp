#include "base/case_fold.h"

#include <gtest/gtest.h>

namespace kg::base {
namespace {

TEST(CaseFold, LowerAsciiLeavesOtherBytesAlone) {
    EXPECT_EQ(lowerAscii("MATCH Élysée 42_X"), "match Élysée 42_x");
}

TEST(CaseFold, ComparesIgnoringAsciiCase) {
    EXPECT_TRUE(equalsIgnoreCase("Person", "pERSON"));
    EXPECT_FALSE(equalsIgnoreCase("Person", "Persons"));
    EXPECT_TRUE(startsWithIgnoreCase("shortestPath", "SHORT"));
    EXPECT_FALSE(startsWithIgnoreCase("sh", "short"));
}

TEST(CaseFold, FoldCaseFoldsLatin1CapitalsButNotTheMultiplicationSign) {
    EXPECT_EQ(foldCase("ÉLYSÉE Ü"), "élysée ü");
    EXPECT_EQ(foldCase("2×3"), "2×3");
}

} // namespace
} // namespace kg::base
