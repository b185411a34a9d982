#include "base/edit_distance.h"

#include <gtest/gtest.h>

namespace kg::base {
namespace {

TEST(EditDistance, CountsEditsIgnoringCase) {
    EXPECT_EQ(editDistanceIgnoreCase("", ""), 0u);
    EXPECT_EQ(editDistanceIgnoreCase("RETURN", "retrun"), 2u);
    EXPECT_EQ(editDistanceIgnoreCase("Mark Rute", "mark rutte"), 1u);
    EXPECT_EQ(editDistanceIgnoreCase("abc", ""), 3u);
    EXPECT_EQ(editDistanceIgnoreCase("kitten", "sitting"), 3u);
}

TEST(EditDistance, GivesUpPastTheLimit) {
    EXPECT_EQ(editDistanceIgnoreCase("kitten", "sitting", 1), 2u);
    EXPECT_EQ(editDistanceIgnoreCase("a", "abcdef", 2), 3u);
    EXPECT_EQ(editDistanceIgnoreCase("kitten", "sitting", 3), 3u);
}

} // namespace
} // namespace kg::base
