// Fragments the parse makes of a longer phrase are repaired where the phrase is read or refused,
// never nodes of their own; a full name written only inside a prepositional phrase still names
// its person; a body described and named side by side is one body. Entities are rendered
// "name (Type) [alias, ...]".
#include "extract/mention_rules.h"
#include "tests/extract/test_support.h"

#include <gtest/gtest.h>

namespace kg::extract::test {
namespace {

using Lines = std::vector<std::string>;

TEST(Fragments, AWordOpeningAQuotationIsNoName) {
    // Capitalised only because it opens the quotation: a description, not a name "Increases".
    EXPECT_EQ(entitiesOf({doc("a", "“Increases in fees will hurt the exporters,” Anna Berg "
                                   "said.")}),
              (Lines{"Increases in fees (Quantity) | hurt | exporters (Group)"}));
}

TEST(Fragments, ANumberAfterAPartOfATextBelongsToItsName) {
    EXPECT_EQ(entitiesOf({doc("a", "The ministers invoked the treaty's Article 7 on Monday.")}),
              (Lines{"ministers (Group) | invoke | Article 7 (Document)"}));
}

TEST(Fragments, AnInstitutionOpeningASentenceBelongsToTheTitle) {
    // "Fed" opening the sentence is also the verb "fed": WordNet spells the body so.
    EXPECT_EQ(entitiesOf({doc("a", "Fed Chair Karin Lund warned that prices will rise.")}),
              (Lines{"Karin Lund (Person) | has title | Fed Chair (Other)"}));
}

TEST(Fragments, ANameTheParseCutBeforeItsLastWordIsWhole) {
    // "the United States will fund the talks" with "States will ..." read as a clause on
    // "United", as the parser does in some longer sentences.
    const ParsedSentence parse = linkage(
        0, {"LEFT-WALL", "the", "United", "States", "will.v", "fund.v", "the", "talks.n", "."},
        {{0, 2, "W", "d"},
         {1, 2, "D", "s"},
         {2, 3, "R", "n"},
         {2, 4, "S", "s"},
         {4, 5, "I", ""},
         {5, 7, "O", "p"},
         {6, 7, "D", "mc"}});
    EXPECT_EQ(claimsOf(parse), (Lines{"United States | fund | talks [mod=will]"}));
}

TEST(PrepositionalNames, AFullNameInAPrepositionalPhraseNamesThePersonForItsSurname) {
    EXPECT_EQ(entitiesOf({doc("a", "The mayor reacted calmly after a call with Norwegian Foreign "
                                   "Minister Kari Solberg. On Monday, Solberg was in Bergen.")}),
              (Lines{"mayor (Person) | react after | call with Norwegian Foreign Minister Kari "
                     "Solberg (Other)",
                     "Kari Solberg (Person) [Solberg] | has title | Norwegian Foreign Minister "
                     "(Other)",
                     "Kari Solberg (Person) [Solberg] | be in | Bergen (Place)"}));
}

TEST(PrepositionalNames, AHeadlinesCapitalsMakeNoName) {
    // "US Will Be Involved": a headline's capitals chain its words like a name's.
    const ParsedSentence headline =
        linkage(0, {"LEFT-WALL", "US", "Will.m", "Be", "Involved"},
                {{0, 4, "W", "d"}, {1, 2, "G", ""}, {2, 3, "G", ""}, {3, 4, "G", ""}});
    EXPECT_EQ(claimsOf(headline), Lines{});
}

TEST(Appositions, ABodyNamedAndDescribedSideBySideIsOne) {
    EXPECT_EQ(entitiesOf({doc("a", "The Harbour Court, the region's highest court, upheld the ban. "
                                   "The court rejected the appeal.")}),
              (Lines{"Harbour Court (Organization) [court] | uphold | ban (Document)",
                     "Harbour Court (Organization) [court] | reject | appeal (Other)"}));
    EXPECT_EQ(entitiesOf({doc("a", "The region's highest court, the Harbour Court, upheld the "
                                   "ban.")}),
              (Lines{"Harbour Court (Organization) [court] | uphold | ban (Document)"}));
    // An indefinite description classifies the body: a fact, not a second name.
    EXPECT_EQ(entitiesOf({doc("a", "Nordvik, a Swedish company, bought the mine.")}),
              (Lines{"Nordvik (Other) | buy | mine (Other)",
                     "Nordvik (Other) | be | Swedish company (Group)"}));
}

TEST(Appositions, APossessiveWithAndWithoutItsObjectIsOneInItsStory) {
    // Another story's "Bluegate's bid" may be another bid: it stays its own node.
    EXPECT_EQ(entitiesOf({doc("a", "Bluegate's Northwind bid angered the unions. The council "
                                   "rejected Bluegate's bid on Monday."),
                          doc("b", "The mayor praised Bluegate's bid.")}),
              (Lines{"Bluegate's Northwind bid (Other) [Bluegate's bid] | anger | unions (Group)",
                     "council (Group) | reject | Bluegate's Northwind bid (Other) [Bluegate's bid]",
                     "mayor (Person) | praise | Bluegate's bid (2) (Other)"}));
    // Two bids with their objects: the bare one could be either.
    EXPECT_EQ(entitiesOf({doc("a", "Bluegate's Northwind bid angered the unions. Bluegate's "
                                   "Eastport bid pleased the mayor. The council rejected "
                                   "Bluegate's bid on Monday.")}),
              (Lines{"Bluegate's Northwind bid (Other) | anger | unions (Group)",
                     "Bluegate's Eastport bid (Other) | please | mayor (Person)",
                     "council (Group) | reject | Bluegate's bid (Other)"}));
}

Argument description(std::string name, bool plural) {
    Argument a;
    a.head = 1;
    a.text = name;
    a.name = std::move(name);
    a.kind = MentionKind::Common;
    a.plural = plural;
    return a;
}

TEST(Fragments, ANumberBeforeANounThatIsNoPluralIsAModifierCutFromItsNoun) {
    // "Six measles outbreaks were reported" read as "Six measles" and a clause "outbreaks were".
    EXPECT_TRUE(namesNothing(description("Six measles", false)));
    EXPECT_TRUE(namesNothing(description("14 mumps", false)));
    EXPECT_FALSE(namesNothing(description("Six outbreaks", true)));
    EXPECT_FALSE(namesNothing(description("one series", false)));
    EXPECT_FALSE(namesNothing(description("four aircraft", false)));
    EXPECT_FALSE(namesNothing(description("measles", false)));
}

} // namespace
} // namespace kg::extract::test
