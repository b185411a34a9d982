// The choice among the parser's cheapest linkages, by charged cost and then by what rivals read:
// each check on made-up linkages, and the readings it buys on sentences written for the tests.
#include "extract/linkage_choice.h"
#include "extract/reading_choice.h"
#include "tests/extract/test_support.h"

#include <algorithm>
#include <gtest/gtest.h>

namespace kg::extract::test {
namespace {

using Claims = std::vector<std::string>;

// The index of the linkage chooseLinkage takes, told by a mark the choice does not read.
std::size_t chosen(std::vector<ParsedSentence> candidates) {
    for (std::size_t i = 0; i < candidates.size(); ++i)
        candidates[i].linkageCount = static_cast<int>(i);
    std::vector<ParsedSentence> rivals;
    return static_cast<std::size_t>(chooseLinkage(std::move(candidates), rivals).linkageCount);
}

TEST(LinkageChoice, TheCheapestWinsWhenNothingIsImplausible) {
    const std::vector<std::string> words{"Ada", "left.v-d"};
    EXPECT_EQ(chosen({linkage(1.0f, words, {{0, 1, "S", "s"}}),
                      linkage(0.5f, words, {{0, 1, "S", "s"}})}),
              1u);
    EXPECT_EQ(chosen({linkage(1.0f, words, {{0, 1, "S", "s"}}),
                      linkage(1.0f, words, {{0, 1, "S", "s"}})}),
              0u);
}

TEST(LinkageChoice, LinkagesNearlyAsCheapAreRivalsCheapestFirst) {
    const std::vector<std::string> words{"Ada", "left.v-d"};
    std::vector<ParsedSentence> rivals;
    const ParsedSentence taken = chooseLinkage({linkage(1.5f, words, {}), linkage(1.2f, words, {}),
                                                linkage(1.0f, words, {}), linkage(1.1f, words, {})},
                                               rivals);
    EXPECT_EQ(taken.chargedCost, 1.0f);
    ASSERT_EQ(rivals.size(), 2u);
    EXPECT_EQ(rivals[0].chargedCost, 1.1f);
    EXPECT_EQ(rivals[1].chargedCost, 1.2f);
}

TEST(LinkageChoice, LinkTypesTheDictionaryPricesWrongAreCharged) {
    const std::vector<std::string> words{"Ada", "said.v-d", "that", "it", "rained.v-d"};
    // A headline reading ("Wa") pays 2 over a declarative one ("Wd").
    EXPECT_EQ(chosen({linkage(1.0f, words, {{0, 1, "W", "a"}}),
                      linkage(2.5f, words, {{0, 1, "W", "d"}})}),
              1u);
    EXPECT_EQ(chosen({linkage(1.0f, words, {{0, 1, "W", "a"}}),
                      linkage(3.5f, words, {{0, 1, "W", "d"}})}),
              0u);
    // A "that" clause (TH) is worth 1.
    EXPECT_EQ(chosen({linkage(1.0f, words, {{2, 4, "C", "e"}}),
                      linkage(1.8f, words, {{2, 3, "TH", ""}})}),
              1u);
}

TEST(LinkageChoice, AQuotationVerbDoesNotInvertAGerund) {
    const std::vector<std::string> quoted{"Ada", "suggested.q-d", "moving.g", "it"};
    const std::vector<std::string> plain{"Ada", "suggested.v-d", "moving.v", "it"};
    const ParsedSentence inverted = linkage(1.0f, quoted, {{1, 2, "SI", "sjg"}, {2, 3, "O", "s"}});
    const ParsedSentence direct =
        linkage(2.5f, plain, {{0, 1, "S", "s"}, {1, 2, "P", "g"}, {2, 3, "O", "s"}});
    EXPECT_EQ(chosen({inverted, direct}), 1u);
    // An inverted noun subject is a quotation's ('..., suggested Ada'): no charge.
    const ParsedSentence quotation =
        linkage(1.0f, {"it", ",", "suggested.q-d", "Ada"}, {{2, 3, "SI", "sj"}});
    EXPECT_EQ(chosen({quotation, linkage(2.5f, {"it", ",", "suggested.v-d", "Ada"}, {})}), 0u);
}

TEST(LinkageChoice, ANounKeepsTheInfinitiveRightAfterIt) {
    const std::vector<std::string> words{"its", "plan.n", "to.r", "grow.v"};
    const ParsedSentence hungElsewhere = linkage(1.0f, words, {{2, 3, "I", ""}});
    const ParsedSentence taken = linkage(3.5f, words, {{1, 2, "TO", "n"}, {2, 3, "I", ""}});
    EXPECT_EQ(chosen({hungElsewhere, taken}), 1u);
    // Only a reading that some linkage offers is preferred: with none, the cheapest stands.
    EXPECT_EQ(chosen({hungElsewhere, linkage(3.5f, words, {{2, 3, "I", ""}})}), 0u);
}

TEST(LinkageChoice, ANounDoesNotReachPastItsOwnPhraseForAnInfinitive) {
    const std::vector<std::string> words{"the", "need.n", "for", "Europe", "to.r", "act.v"};
    const ParsedSentence forTo = linkage(1.0f, words, {{2, 4, "TO", "f"}, {4, 5, "I", ""}});
    const ParsedSentence farNoun = linkage(3.5f, words, {{1, 4, "TO", "n"}, {4, 5, "I", ""}});
    EXPECT_EQ(chosen({forTo, farNoun}), 0u);
}

TEST(ReadingChoice, ARivalWhoseClaimsTakeInMoreWordsWinsByTheirWorth) {
    const std::vector<std::string> words{"LEFT-WALL", "Ada",     "sold.v-d",
                                         "the",       "house.n", "RIGHT-WALL"};
    const std::vector<Link> intransitive{{0, 2, "WV", ""}, {1, 2, "S", "s"}};
    std::vector<Link> transitive = intransitive;
    transitive.push_back({2, 4, "O", "s"});
    transitive.push_back({3, 4, "D", "s"});
    ParsedSentence parse = linkage(1.0f, words, intransitive);
    parse.chargedCost = 1.0f;
    // "Ada sold the house" covers three words to one: 0.05 each, so 0.1 of cost.
    ParsedSentence nearly = linkage(1.05f, words, transitive);
    nearly.chargedCost = 1.05f;
    ASSERT_EQ(readBestOf(parse, {nearly}).size(), 1u);
    EXPECT_TRUE(readBestOf(parse, {nearly}).front().object.valid());
    ParsedSentence dearer = nearly;
    dearer.chargedCost = 1.2f;
    EXPECT_FALSE(readBestOf(parse, {dearer}).front().object.valid());
    EXPECT_FALSE(readBestOf(parse, {}).front().object.valid());
}

TEST(LinkageChoice, ASurnameTheDictionaryKnowsAsAPlaceStaysTheSubject) {
    // The cheapest linkage reads "Sydney" as a headline and the rest as its quotation.
    EXPECT_EQ(claimsOf("Sydney suggested sending engineers under the city's command to help "
                       "rebuild the harbour."),
              Claims{"Sydney | send | engineers under the city's command [mod=suggest]"});
}

TEST(LinkageChoice, APlanKeepsItsInfinitiveInALongSentence) {
    // The cheapest linkages hang "to increase" elsewhere; the rest of this long sentence is
    // still misread (the parse, not the reader), so only the plan is pinned.
    const std::string sentence =
        "He praised Canada for its plan to increase defense spending to 2 percent of its gross "
        "domestic product by 2032, saying such steps strengthen the alliance.";
    const auto parse = sharedParser().parse(sentence).parse;
    ASSERT_TRUE(parse.has_value());
    EXPECT_EQ(parse->partner(6, "TO", true), 7); // plan -TOn- to
    const Claims claims = claimsOf(sentence);
    EXPECT_TRUE(std::any_of(claims.begin(), claims.end(), [](const std::string& claim) {
        return claim.starts_with("its | increase | defense spending [mod=plan to]");
    })) << testing::PrintToString(claims);
}

TEST(Claims, ObjectBeforeABareInfinitiveIsItsSubject) {
    // A causative's infinitive happened: no modality, and "made farmers" alone says nothing.
    EXPECT_EQ(claimsOf("The drought made farmers sell their cattle."),
              Claims{"farmers | sell | cattle"});
    EXPECT_EQ(claimsOf("The mayor helped the volunteers clean the river."),
              (Claims{"mayor | help | volunteers", "volunteers | clean | river"}));
}

TEST(Claims, AReportingVerbsBareInfinitiveIsTheClauseItReports) {
    // "saying such steps strengthen": the parse makes "steps" the object of "saying".
    EXPECT_EQ(claimsOf("The minister praised Ghana for its plan to double cocoa exports by 2030, "
                       "saying such steps strengthen the economy."),
              (Claims{"minister | praise | Ghana", "its | double | cocoa exports [mod=plan to]",
                      "steps | strengthen | economy [by=minister]"}));
}

TEST(LinkageChoice, AnAuxiliaryWithoutItsVerbIsCharged) {
    // "the allergy medicine does not cause drowsiness" read as "[allergy] ... cause" with
    // "medicine does" a clause of its own whose "not" hangs on "cause".
    const std::vector<std::string> words{"medicine.n", "does.v", "not.e", "cause.v"};
    const std::vector<Link> stranded{{0, 1, "S", "s"}, {1, 2, "N", ""}, {2, 3, "E", "n"}};
    const std::vector<Link> helping{
        {0, 1, "S", "s"}, {1, 3, "I", "*d"}, {1, 2, "N", ""}, {2, 3, "E", "n"}};
    EXPECT_EQ(chosen({linkage(0.9f, words, stranded), linkage(1.0f, words, helping)}), 1u);
    // "..., but he does not": an elided verb, with no other verb for "not" to reach.
    EXPECT_EQ(chosen({linkage(0.9f, words, {{0, 1, "S", "s"}, {1, 2, "O", "*x"}}),
                      linkage(1.0f, words, helping)}),
              0u);
}

TEST(Claims, ANounListBeforeItsHeadStaysOneSubject) {
    EXPECT_EQ(
        claimsOf("A new survey provides evidence that the flu, cold and allergy medicine "
                 "does not cause drowsiness."),
        (Claims{"new survey | provide | evidence that the flu, cold and allergy medicine does not "
                "cause drowsiness",
                "flu, cold and allergy medicine | cause | drowsiness [neg]"}));
}

TEST(LinkageChoice, ASecondObjectPastAVerbIsCharged) {
    // "denied plans to close the port" read as "denied [plans] ... [the port]".
    const std::vector<std::string> words{"denied.v-d", "plans.n", "to.r",
                                         "close.v",    "the",     "port.n"};
    const std::vector<Link> infinitive{
        {0, 1, "O", "p"}, {1, 2, "TO", "n"}, {2, 3, "I", "*t"}, {3, 5, "O", "s"}, {4, 5, "D", "s"}};
    const std::vector<Link> twoObjects{{0, 1, "O", "p"},
                                       {0, 5, "O", "sn"},
                                       {1, 2, "TO", "n"},
                                       {2, 3, "I", "*t"},
                                       {4, 5, "D", "s"}};
    EXPECT_EQ(chosen({linkage(0.0f, words, twoObjects), linkage(1.0f, words, infinitive)}), 1u);
    // "gave the club a grant": nothing between the two objects.
    const std::vector<std::string> gave{"gave.v-d", "the", "club.n", "a", "grant.n"};
    EXPECT_EQ(chosen({linkage(0.0f, gave, {{0, 2, "O", "s"}, {0, 4, "O", "sn"}}),
                      linkage(1.0f, gave, {{0, 2, "O", "s"}})}),
              0u);
    const Claims denied = claimsOf("The minister denied plans to close the port.");
    EXPECT_EQ(std::count(denied.begin(), denied.end(), "minister | deny | port"), 0)
        << testing::PrintToString(denied);
}

TEST(LinkageChoice, AClauseHungOnNothingAfterAVerbIsCharged) {
    // "lost two games ended in May" read as "[two games] ended ...", joined to "lost" only by the
    // modifier both clauses share.
    const std::vector<std::string> words{"we",        "lost.v-d", "two", "games.n",
                                         "ended.v-d", "in",       "May"};
    const std::vector<Link> hung{{0, 1, "S", "p"},  {2, 3, "D", "mc"}, {3, 4, "S", "p"},
                                 {1, 5, "MV", "p"}, {4, 5, "MV", "p"}, {5, 6, "J", "s"}};
    const std::vector<Link> object{
        {0, 1, "S", "p"}, {1, 3, "O", "p"}, {2, 3, "D", "mc"}, {4, 5, "MV", "p"}, {5, 6, "J", "s"}};
    EXPECT_EQ(chosen({linkage(0.0f, words, hung), linkage(1.5f, words, object)}), 1u);
    // "said the club lost": the clause is the verb's (Ce), no charge.
    const std::vector<std::string> said{"we", "said.v-d", "the", "club.n", "lost.v-d"};
    EXPECT_EQ(
        chosen({linkage(0.0f, said,
                        {{0, 1, "S", "p"}, {1, 3, "C", "e"}, {2, 3, "D", "s"}, {3, 4, "S", "s"}}),
                linkage(1.5f, said, {{0, 1, "S", "p"}})}),
        0u);
    EXPECT_EQ(factsOf({doc("a", "The champions have dropped four places this season with the side "
                                "knocked out of two cup competitions in the process.")}),
              (Claims{"champions | drop | four places"}));
}

TEST(LinkageChoice, AnUnmarkedQuotationAfterItsVerbIsCharged) {
    // "Two days after Ada left, the vote is close" as "[Two days after Ada] left: 'the vote ...'".
    const std::vector<std::string> words{"days.u", "after",  "Ada", "left.q-d",
                                         ",",      "vote.n", "is.v"};
    const std::vector<Link> quotation{
        {0, 3, "S", "p"}, {0, 1, "M", "p"}, {1, 2, "J", "s"}, {3, 5, "W", "d"}, {5, 6, "S", "s"}};
    const std::vector<Link> clause{
        {1, 3, "C", "s"}, {2, 3, "S", "s"}, {1, 5, "CO", ""}, {5, 6, "S", "s"}};
    EXPECT_EQ(chosen({linkage(0.0f, words, quotation), linkage(1.5f, words, clause)}), 1u);
    // With a quotation mark in the sentence the quotation reading stands.
    std::vector<std::string> marked = words;
    marked.insert(marked.begin() + 5, "\"");
    const std::vector<Link> markedQuotation{
        {0, 3, "S", "p"}, {0, 1, "M", "p"}, {1, 2, "J", "s"}, {3, 6, "W", "d"}, {6, 7, "S", "s"}};
    EXPECT_EQ(chosen({linkage(0.0f, marked, markedQuotation), linkage(1.5f, marked, {})}), 0u);
    EXPECT_EQ(
        factsOf({doc("a", "Six days after Norvik disclosed a large stake in Baltbank and Mr "
                          "Lind outlined potential plans for a merger, the feud is escalating.")}),
        (Claims{"Norvik | disclose | large stake",
                "Lind | outline | potential plans for a merger"}));
}

TEST(LinkageChoice, AQuestionWithoutItsMarkIsCharged) {
    // "Oslo, which owns a stake." read as the question "which [of them] owns a stake?".
    const std::vector<std::string> words{"LEFT-WALL", "Oslo",     ",", "which",
                                         "owns.v",    "stakes.n", "."};
    const std::vector<Link> question{
        {0, 1, "W", "c"}, {1, 3, "W", "q"}, {3, 4, "S", "s*w"}, {4, 5, "O", "p"}};
    const std::vector<Link> relative{
        {0, 1, "W", "d"}, {1, 3, "MX", "sr"}, {3, 4, "S", "s*w"}, {4, 5, "O", "p"}};
    EXPECT_EQ(chosen({linkage(0.0f, words, question), linkage(1.5f, words, relative)}), 1u);
    std::vector<std::string> asked = words;
    asked.back() = "?";
    EXPECT_EQ(chosen({linkage(0.0f, asked, question), linkage(1.5f, asked, relative)}), 0u);
    EXPECT_EQ(claimsOf("Oslo, which owns a 30 percent stake in Norvik, along with the firm's board "
                       "and its workers, are all against the merger."),
              (Claims{"Oslo | own | 30 percent stake in Norvik"}));
}

} // namespace
} // namespace kg::extract::test
