#include "extract/sentence_splitter.h"

#include <gtest/gtest.h>
#include <string>
#include <vector>

namespace kg::extract {
namespace {

std::vector<std::string> split(const std::string& text) {
    std::vector<std::string> out;
    for (const SentenceSpan& s : splitSentences(text))
        out.push_back(text.substr(s.begin, s.end - s.begin));
    return out;
}

TEST(SentenceSplitter, KeepsAbbreviationsAndDecimals) {
    EXPECT_EQ(split("The U.S. army met Gen. Smith on Monday. Spending rose to 3.5 percent. It "
                    "was enough."),
              (std::vector<std::string>{"The U.S. army met Gen. Smith on Monday.",
                                        "Spending rose to 3.5 percent.", "It was enough."}));
}

TEST(SentenceSplitter, QuotesStayWithTheirSentence) {
    EXPECT_EQ(
        split("\"We will win,\" she said. \"Not today.\" He left!"),
        (std::vector<std::string>{"\"We will win,\" she said.", "\"Not today.\"", "He left!"}));
}

TEST(SentenceSplitter, DottedAbbreviationsBeforeANameOrTitleStay) {
    EXPECT_EQ(split("U.S. President Anna Berg met the mayor. The firm R.J. Reynolds sold the "
                    "plant. Dr. Pim opened the clinic. Prices rose in the U.S. The bank "
                    "waited."),
              (std::vector<std::string>{"U.S. President Anna Berg met the mayor.",
                                        "The firm R.J. Reynolds sold the plant.",
                                        "Dr. Pim opened the clinic.", "Prices rose in the U.S.",
                                        "The bank waited."}));
}

TEST(SentenceSplitter, InitialsDoNotEndSentences) {
    EXPECT_EQ(split("The report by J. Smith was published by the U.S. government today."),
              (std::vector<std::string>{
                  "The report by J. Smith was published by the U.S. government today."}));
}

TEST(SentenceSplitter, BreaksAfterCapitalWordsAndDottedAbbreviationsBeforeANewSentence) {
    EXPECT_EQ(split("They will not leave NATO. However, they want more. He lives in the U.S. The "
                    "next day he left."),
              (std::vector<std::string>{"They will not leave NATO.", "However, they want more.",
                                        "He lives in the U.S.", "The next day he left."}));
}

TEST(SentenceSplitter, EmptyAndBlankText) {
    EXPECT_TRUE(split("").empty());
    EXPECT_TRUE(split("   \n ").empty());
}

} // namespace
} // namespace kg::extract
