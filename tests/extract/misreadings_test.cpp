// Readings the parse gets wrong that must make no fact: an object cut before its noun, a phrase
// cut after a determiner, and a relative "who" that the parse hung on a place or body inside the
// description of a person. CaRB output keeps such spans; the graph does not state them.
#include "tests/extract/test_support.h"

#include <gtest/gtest.h>

namespace kg::extract::test {
namespace {

using Facts = std::vector<std::string>;

TEST(Misreadings, ObjectCutBeforeItsNounMakesNoFact) {
    // The parse reads "the evolving" as a phrase of its own and "risks" as the start of another.
    EXPECT_EQ(factsOf({doc("a", "The talks mark a turning point for farm policy, as ministers "
                                "navigate the complexities of world markets and the evolving "
                                "risks posed by drought.")}),
              (Facts{"talks | mark | turning point for farm policy",
                     "ministers | navigate | complexities of world markets",
                     "risks | pose by | drought"}));
}

TEST(Misreadings, PhraseEndingInADeterminerMakesNoFact) {
    EXPECT_EQ(factsOf({doc("a", "Norway was the last member to approve the treaty. Chile was "
                                "another but it signed a few weeks ago.")}),
              (Facts{"Norway | be | last member"}));
}

TEST(Misreadings, WhoAfterADescriptionSpeaksOfThePersonItDescribes) {
    EXPECT_EQ(factsOf({doc("a", "This plan comes in response to Jonas Berg, leader of the "
                                "Farmers' Union in Norway, who recently voiced doubts about the "
                                "new tax. The council met Anna Holm, the head of the Fishing "
                                "Board, who wants lower fees.")}),
              (Facts{"plan | come in response to | Jonas Berg",
                     "Jonas Berg | voice | doubts about the new tax",
                     "Jonas Berg | be | leader of the Farmers' Union in Norway",
                     "council | meet | Anna Holm", "Anna Holm | want | lower fees",
                     "Anna Holm | be | head of the Fishing Board"}));
}

} // namespace
} // namespace kg::extract::test
