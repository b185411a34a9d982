// Exact claims for each construction the extractor reads, on sentences written for the tests.
#include "tests/extract/test_support.h"

#include <gtest/gtest.h>

namespace kg::extract::test {
namespace {

using Claims = std::vector<std::string>;

TEST(Claims, SubjectVerbObject) {
    EXPECT_EQ(claimsOf("The board approved the merger."), Claims{"board | approve | merger"});
}

TEST(Claims, VerbWithPreposition) {
    EXPECT_EQ(claimsOf("The senator disagreed with the governor."),
              Claims{"senator | disagree with | governor"});
}

TEST(Claims, PassiveKeepsTheAgent) {
    EXPECT_EQ(claimsOf("The bill was rejected by the senate."),
              Claims{"bill | reject | senate [passive]"});
}

TEST(Claims, NegationAndControlVerbModality) {
    EXPECT_EQ(claimsOf("The company does not plan to close the factory."),
              Claims{"company | close | factory [neg] [mod=plan to]"});
}

TEST(Claims, ModalVerb) {
    EXPECT_EQ(claimsOf("The minister could sell the house."),
              Claims{"minister | sell | house [mod=could]"});
}

TEST(Claims, CoordinatedSubjectsGiveOneClaimEach) {
    EXPECT_EQ(claimsOf("Norway, Chile and Kenya signed the treaty."),
              (Claims{"Norway | sign | treaty", "Chile | sign | treaty", "Kenya | sign | treaty"}));
}

TEST(Claims, TitleBeforeANameIsAClaim) {
    EXPECT_EQ(claimsOf("Mayor Anna Berg opened the bridge."),
              (Claims{"Anna Berg | open | bridge", "Anna Berg | has title | Mayor"}));
}

TEST(Claims, Apposition) {
    EXPECT_EQ(claimsOf("Peter Holm, the director of the museum, bought a painting."),
              (Claims{"Peter Holm | buy | painting", "Peter Holm | be | director of the museum"}));
}

TEST(Claims, ThatClauseIsAttributedToTheSpeaker) {
    EXPECT_EQ(claimsOf("The mayor said that the city would sell the stadium."),
              Claims{"city | sell | stadium [mod=would] [by=mayor]"});
}

TEST(Claims, QuotationIsAttributedToTheSpeaker) {
    EXPECT_EQ(claimsOf("\"The city will sell the stadium,\" the mayor said."),
              Claims{"city | sell | stadium [mod=will] [by=mayor]"});
}

TEST(Claims, TimeAndQuantityQualifiers) {
    EXPECT_EQ(claimsOf("Germany plans to raise spending to 3 percent of GDP by 2029."),
              Claims{"Germany | raise | spending [mod=plan to] [qty=3 percent of GDP] "
                     "[time=by 2029]"});
}

TEST(Claims, PlaceQualifier) {
    EXPECT_EQ(claimsOf("The president opened the museum in Paris on Friday."),
              Claims{"president | open | museum [place=in Paris] [time=on Friday]"});
}

TEST(Claims, ObjectControlIsAttributedToTheCaller) {
    EXPECT_EQ(
        claimsOf("The union urged the government to raise wages."),
        (Claims{"union | urge | government", "government | raise | wages [mod=urge] [by=union]"}));
}

} // namespace
} // namespace kg::extract::test
