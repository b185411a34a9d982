// Direct quotations over several sentences: every sentence inside one is its speaker's, whether
// the reporting verb comes after it ('"A. B," Berg said') or before it ('Berg said: "A. B."'),
// and a quotation left open ends with its paragraph. On sentences written for these tests.
#include "extract/quotation_runs.h"
#include "tests/extract/test_support.h"

#include <gtest/gtest.h>

namespace kg::extract::test {
namespace {

using Facts = std::vector<std::string>;

// The runs of a document of `sentences`, each a text and its paragraph, as "first-last" lines,
// and the sentences read as quoted throughout.
std::string runsOf(const std::vector<std::pair<std::string, std::uint32_t>>& sentences) {
    std::vector<SentenceClaims> document;
    for (const auto& [text, paragraph] : sentences) {
        SentenceClaims& s = document.emplace_back();
        s.index = static_cast<std::uint32_t>(document.size() - 1);
        s.text = text;
        s.paragraph = paragraph;
    }
    const DocumentQuotations found = findQuotations(document);
    std::string out;
    for (const QuotationRun& run : found.runs)
        out += std::to_string(run.first) + "-" + std::to_string(run.last) + " ";
    for (std::size_t i = 0; i < found.sentences.size(); ++i)
        if (found.sentences[i].quotedThroughout)
            out += "all" + std::to_string(i) + " ";
    return out;
}

TEST(QuotationRuns, AQuotationRunsFromItsOpeningMarkToItsClosingMarkWithinAParagraph) {
    EXPECT_EQ(runsOf({{"\"We will build a pier.", 0},
                      {"We hired divers.", 0},
                      {"It will take two years,\" Dahl said.", 0}}),
              "0-2 all1 ");
    // Curly marks, and the speaker first.
    EXPECT_EQ(runsOf({{"Dahl said: \xE2\x80\x9CWe will build a pier.", 0},
                      {"It will take two years.\xE2\x80\x9D", 0}}),
              "0-1 ");
    // Closed in its own sentence: no run.
    EXPECT_EQ(runsOf({{"\"We will build a pier,\" Dahl said.", 0}, {"We hired divers.", 0}}), "");
    // Left open: the paragraph's end closes it.
    EXPECT_EQ(runsOf({{"Dahl said: \"We will build a pier.", 0},
                      {"We hired divers.", 0},
                      {"The council approved the plan.", 1}}),
              "0-1 all1 ");
    // Guillemets, and the Penn Treebank's `` and '' of tokenised text written against words.
    EXPECT_EQ(runsOf({{"Dahl said: \xC2\xABWe will build a pier.", 0},
                      {"It will take two years.\xC2\xBB", 0}}),
              "0-1 ");
    EXPECT_EQ(runsOf({{"``We will build a pier.", 0}, {"It will take two years,'' Dahl said.", 0}}),
              "0-1 ");
    // A mark against words on both sides, or against none, says nothing.
    EXPECT_EQ(runsOf({{"The \"pier\" will open.", 0}, {"It cost \" a lot.", 0}}), "");
}

TEST(QuotationRuns, EverySentenceOfAQuotationClosedLaterIsTheSpeakers) {
    EXPECT_EQ(
        factsOf({doc("a", "Lena Dahl runs the harbour company.\n\n\"We will build a new pier. "
                          "We hired forty divers. It will take two years,\" Dahl said.")}),
        (Facts{"Lena Dahl | run | harbour company", "Lena Dahl | build | new pier [mod=will]",
               "Lena Dahl | hire | forty divers"}));
}

TEST(QuotationRuns, AQuotationOpenedAfterItsSpeakerKeepsThemToItsEnd) {
    EXPECT_EQ(
        factsOf({doc("a", "Lena Dahl runs the harbour company.\n\nDahl said: \"We will close "
                          "the old depot. We will sell the land.\"")}),
        (Facts{"Lena Dahl | run | harbour company", "Lena Dahl | close | old depot [mod=will]",
               "Lena Dahl | sell | land [mod=will]"}));
}

TEST(QuotationRuns, AQuotationLeftOpenEndsWithItsParagraph) {
    EXPECT_EQ(
        factsOf({doc("a", "Lena Dahl runs the harbour company.\n\nDahl said: \"We will close "
                          "the old depot.\n\nWe will sell the land.")}),
        (Facts{"Lena Dahl | run | harbour company", "Lena Dahl | close | old depot [mod=will]"}));
}

TEST(QuotationRuns, ASpeakerNamedInsideTheQuotationSpeaksOnlyForTheirClause) {
    EXPECT_EQ(factsOf({doc("a", "\"You will see that the pier opens in May. We will hire forty "
                                "divers. We will buy two boats,\" Lena Dahl said.")}),
              (Facts{"Lena Dahl | hire | forty divers [mod=will]",
                     "Lena Dahl | buy | two boats [mod=will]"}));
}

TEST(QuotationRuns, AQuotedWeAfterTheSentenceThatNamesItsSpeakerIsTheSpeakers) {
    EXPECT_EQ(factsOf({doc("a", "Harbour chief Lena Dahl visited Bergen on Monday.\n\n\"The old "
                                "pier will stay open,\" Dahl said. \"We just do not know the cost "
                                "of it.\"")}),
              (Facts{"Lena Dahl | visit | Bergen [time=on Monday]",
                     "Lena Dahl | know | cost of it [neg]"}));
}

TEST(QuotationRuns, AClaimRunningPastItsClosingMarkIsAMisreading) {
    // The parse joins "agreed to move" and "said at" into one verb group: no "we" fact from it.
    EXPECT_EQ(factsOf({doc("a", "Ole Sorvik met Halvorsen in Oslo on Monday.\n\n\"The meeting has "
                                "been constructive and we have agreed to move forward in areas of "
                                "shared interest,\" Sorvik said at a news conference after talks "
                                "with Halvorsen.\n\n\"We do not agree on every point,\" he "
                                "added.")}),
              (Facts{"Ole Sorvik | meet | Halvorsen [time=on Monday] [place=in Oslo]",
                     "meeting | be | constructive [attr=Ole Sorvik]",
                     "Ole Sorvik | agree on | every point [neg]"}));
}

TEST(QuotationRuns, AQuotationInsideTheQuotationIsNotTheSpeakersClaim) {
    // The words after the single mark are what the coach will not say.
    EXPECT_EQ(factsOf({doc("a", "Peter Lind coaches the city team.\n\nPeter Lind said, \"I am not "
                                "going to hide. It is not my way. I have nothing to show the "
                                "supporters and say \xE2\x80\x98I am going to get better because "
                                "of this, I have these injuries.\"")}),
              (Facts{"Peter Lind | coach | city team"}));
}

TEST(QuotationRuns, AnInstitutionsNameRunsOnUpToThePost) {
    EXPECT_EQ(factsOf({doc("a", "Leeds United manager Ola Lind visited Bergen on Monday.\n\n\"We "
                                "will sign two new players,\" Lind said.")}),
              (Facts{"Ola Lind | visit | Bergen [time=on Monday]",
                     "Ola Lind | has title | Leeds United manager",
                     "Leeds United | sign | two new players [mod=will] [attr=Ola Lind]"}));
}

} // namespace
} // namespace kg::extract::test
