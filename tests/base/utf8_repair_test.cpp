#include "base/utf8.h"

#include <gtest/gtest.h>

namespace kg::base {
namespace {

TEST(Utf8Repair, ValidTextIsUnchanged) {
    RepairedText r = repairUtf8("Caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D \xF0\x9F\x98\x80\n");
    EXPECT_EQ(r.text, "Caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D \xF0\x9F\x98\x80\n");
    EXPECT_EQ(r.invalidBytes, 0u);
}

TEST(Utf8Repair, InvalidBytesAreReplacedAndCounted) {
    // A lone continuation byte, a truncated 3-byte sequence, an overlong '/', a surrogate.
    RepairedText r = repairUtf8("a\x80z \xE2\x82 \xC0\xAF \xED\xA0\x80.");
    EXPECT_EQ(r.text, "a\xEF\xBF\xBDz \xEF\xBF\xBD\xEF\xBF\xBD \xEF\xBF\xBD\xEF\xBF\xBD "
                      "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD.");
    EXPECT_EQ(r.invalidBytes, 8u);
}

TEST(Utf8Repair, ControlCharactersBecomeSpaces) {
    RepairedText r = repairUtf8(std::string("a\0b\rc\td\n", 8));
    EXPECT_EQ(r.text, "a b c\td\n");
    EXPECT_EQ(r.invalidBytes, 0u);
}

} // namespace
} // namespace kg::base
