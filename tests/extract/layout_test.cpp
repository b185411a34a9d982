#include "extract/layout.h"

#include <gtest/gtest.h>
#include <string>
#include <vector>

namespace kg::extract {
namespace {

std::vector<std::string> blocks(const std::string& text) {
    std::vector<std::string> out;
    for (const TextBlock& b : keepProse(text).blocks)
        out.push_back(b.text);
    return out;
}

TEST(Layout, DropsShareButtonsTimestampsAndHeadlineMenus) {
    const std::string page = "Harbour Plan Approved\n"
                             "\n"
                             "The council approved the harbour plan on Monday.\n"
                             "Share\n"
                             "2 hours ago\n"
                             "RELATED TOPICS:\n"
                             "Local Bakery Wins Regional Bread Award\n"
                             "3 hours ago\n"
                             "Storm Warning Issued For Coastal Towns\n"
                             "\n"
                             "Minister Opens New Railway Station In The North\n";
    LayoutResult result = keepProse(page);
    std::vector<std::string> kept;
    for (const TextBlock& b : result.blocks)
        kept.push_back(b.text);
    EXPECT_EQ(kept, (std::vector<std::string>{"Harbour Plan Approved",
                                              "The council approved the harbour plan on Monday."}));
    EXPECT_EQ(result.droppedLines, 7u);
}

TEST(Layout, DropsHeadlineListsLinkLabelsAndCookieNotices) {
    EXPECT_EQ(blocks("Council approves harbour plan\n"
                     "\n"
                     "The council approved the harbour plan on Monday.\n"
                     "\n"
                     "Most Read\n"
                     "Next Article: Mayor opens new bridge\n"
                     "Read more: City council votes on budget\n"
                     "\n"
                     "We use cookies to improve your experience on our site.\n"
                     "\n"
                     "Mayor opens new bridge\n"
                     "Council rejects budget\n"
                     "Police arrest two men\n"),
              (std::vector<std::string>{"Council approves harbour plan",
                                        "The council approved the harbour plan on Monday."}));
}

TEST(Layout, JoinsWrappedLinesAndKeepsOffsets) {
    const std::string text = "The mayor said the bridge\nwould open in May.\n";
    LayoutResult result = keepProse(text);
    ASSERT_EQ(result.blocks.size(), 1u);
    EXPECT_EQ(result.blocks[0].text, "The mayor said the bridge would open in May.");
    EXPECT_EQ(result.blocks[0].begin, 0u);
}

TEST(Layout, StripsBulletsAndDropsCaptionsRepeatingTheHeadline) {
    const std::string text = "City Opens Bridge\n"
                             "City Opens Bridge Photo: the bridge at night\n"
                             "- The city opened the bridge.\n"
                             "(Reporting by A. Writer)\n";
    EXPECT_EQ(blocks(text),
              (std::vector<std::string>{"City Opens Bridge", "The city opened the bridge."}));
}

} // namespace
} // namespace kg::extract
