// One node per real thing, never two things in one node, and the right type: each rule of the
// resolver's scope, name forms, surnames, possessors and types on sentences written for it. An
// entity is rendered "name (Type) [alias, ...]".
#include "extract/gazetteer.h"
#include "extract/pipeline.h"
#include "tests/extract/test_support.h"

#include <algorithm>
#include <gtest/gtest.h>

namespace kg::extract::test {
namespace {

using Lines = std::vector<std::string>;

TEST(EntityScope, ThePrimeMinisterIsTheOneOfItsOwnStory) {
    EXPECT_EQ(entitiesOf({doc("a", "Prime Minister Anna Berg opened the harbour. The prime "
                                   "minister thanked the engineers."),
                          doc("b", "Prime Minister Lars Holm visited the school. The prime "
                                   "minister praised the teachers."),
                          doc("c", "The prime minister closed the museum.")}),
              (Lines{"Anna Berg (Person) [prime minister] | open | harbour (Place)",
                     "Anna Berg (Person) [prime minister] | has title | Prime Minister (Other)",
                     "Anna Berg (Person) [prime minister] | thank | engineers (Group)",
                     "Lars Holm (Person) [prime minister] | visit | school (Group)",
                     "Lars Holm (Person) [prime minister] | has title | Prime Minister (Other)",
                     "Lars Holm (Person) [prime minister] | praise | teachers (Group)",
                     "prime minister (2) (Person) | close | museum (Other)"}));
}

TEST(EntityScope, ABareCommonNounIsNeverSharedByTwoStories) {
    EXPECT_EQ(entitiesOf({doc("a", "The council approved the deal. The council praised the deal."),
                          doc("b", "The union rejected the deal.")}),
              (Lines{"council (Group) | approve | deal (Other)",
                     "council (Group) | praise | deal (Other)",
                     "union (Group) | reject | deal (2) (Other)"}));
}

TEST(EntityScope, SheIsNotTheManNamedLast) {
    EXPECT_EQ(entitiesOf({doc("a", "Ms Karin Lund met Mr Peter Dahl. She praised the museum.")}),
              (Lines{"Karin Lund (Person) | meet | Peter Dahl (Person)",
                     "Karin Lund (Person) | praise | museum (Other)"}));
    // Without honorifics, the dictionary's female and male given names say it.
    EXPECT_EQ(entitiesOf({doc("a", "Mary Lund met John Dahl on Monday. She praised the museum.")}),
              (Lines{"Mary Lund (Person) | meet | John Dahl (Person)",
                     "Mary Lund (Person) | praise | museum (Other)"}));
}

TEST(NameForms, AnHonorificIsStrippedAndIsNoTitle) {
    EXPECT_EQ(entitiesOf({doc("a", "Scott Morrison won the vote in 2018. Mr Morrison praised the "
                                   "farmers.")}),
              (Lines{"Scott Morrison (Person) [Morrison] | win | vote (Other)",
                     "Scott Morrison (Person) [Morrison] | praise | farmers (Group)"}));
}

TEST(NameForms, AnArticlePrefixBelongsToTheSurname) {
    EXPECT_EQ(entitiesOf({doc("a", "Sultan al-Jaber opened the conference. Al-Jaber thanked the "
                                   "delegates.")}),
              (Lines{"al-Jaber (Person) [Al-Jaber] | open | conference (Event)",
                     "al-Jaber (Person) [Al-Jaber] | has title | Sultan (Other)",
                     "al-Jaber (Person) [Al-Jaber] | thank | delegates (Group)"}));
}

TEST(NameForms, ATitleCoordinatedBeforeATitledNameIsASecondTitle) {
    EXPECT_EQ(entitiesOf({doc("a", "Liberal leader and Mayor-elect Jonas Falk rejected the "
                                   "offer.")}),
              (Lines{"Jonas Falk (Person) | has title | Liberal leader (Person)",
                     "Jonas Falk (Person) | reject | offer (Other)",
                     "Jonas Falk (Person) | has title | Mayor-elect (Other)"}));
}

TEST(NameForms, AnAcronymDefinedInTheTextIsAnAlias) {
    EXPECT_EQ(entitiesOf({doc("a", "The Party for Rural Renewal (PRR) won many votes. The PRR "
                                   "criticised the budget.")}),
              (Lines{"Party for Rural Renewal (Organization) [PRR] | win | many votes (Other)",
                     "Party for Rural Renewal (Organization) [PRR] | criticise | budget (Other)"}));
}

TEST(NameForms, ANewsAcronymWordNetKnowsIsAnAlias) {
    EXPECT_EQ(entitiesOf({doc("a", "The Federal Reserve raised rates. The Fed cut its forecast.")}),
              (Lines{"Federal Reserve (Organization) [Fed] | raise | rates (Date)",
                     "Federal Reserve (Organization) [Fed] | cut | forecast (Other)"}));
}

TEST(Surnames, ABareSurnameTakesTheNearestPersonOfItsStory) {
    EXPECT_EQ(
        entitiesOf({doc("a", "Anna Berg opened the bridge. Peter Berg closed the school. Berg "
                             "visited the museum.")}),
        (Lines{"Anna Berg (Person) | open | bridge (Other)",
               "Peter Berg (Person) [Berg] | close | school (Group)",
               "Peter Berg (Person) [Berg] | visit | museum (Other)"}));
}

TEST(Surnames, AcrossStoriesOnlyTheOnePersonWithThatSurname) {
    EXPECT_EQ(entitiesOf({doc("a", "Anna Berg opened the bridge."),
                          doc("b", "Peter Berg closed the school."),
                          doc("c", "Berg visited the museum.")}),
              (Lines{"Anna Berg (Person) | open | bridge (Other)",
                     "Peter Berg (Person) | close | school (Group)",
                     "Berg (Person) | visit | museum (Other)"}));
    EXPECT_EQ(entitiesOf(
                  {doc("a", "Berg visited the museum."), doc("b", "Anna Berg opened the bridge.")}),
              (Lines{"Anna Berg (Person) [Berg] | visit | museum (Other)",
                     "Anna Berg (Person) [Berg] | open | bridge (Other)"}));
}

TEST(Surnames, AFullNameFromAnEarlierStoryStillNamesTheSurnameInThisOne) {
    // The third story's "Berg" is nobody in particular; in the fourth, "Berg" after "Peter Berg"
    // is Peter Berg, though his full name was first written in the second.
    EXPECT_EQ(
        entitiesOf({doc("a", "Anna Berg opened the bridge."),
                    doc("b", "Peter Berg closed the school."), doc("c", "Berg visited the museum."),
                    doc("d", "Peter Berg met the mayor. Berg criticised the budget.")}),
        (Lines{"Anna Berg (Person) | open | bridge (Other)",
               "Peter Berg (Person) [Berg] | close | school (Group)",
               "Berg (Person) | visit | museum (Other)",
               "Peter Berg (Person) [Berg] | meet | mayor (Person)",
               "Peter Berg (Person) [Berg] | criticise | budget (Other)"}));
}

TEST(Possessives, AnActIsLinkedToItsAuthor) {
    EXPECT_EQ(
        entitiesOf({doc("a", "Ole Brandt's proposal to build a bridge angered the council.")}),
        (Lines{"Ole Brandt (Person) | propose | Ole Brandt's proposal (Proposal)",
               "Ole Brandt's proposal (Proposal) | anger | council (Group)",
               "Ole Brandt (Person) | build | bridge (Other)"}));
}

TEST(Types, NameWordsGazetteerAndThingsOverGivenNames) {
    EXPECT_EQ(entitiesOf({doc("a", "Acme Corp hired the engineers. Chad signed the treaty. The "
                                   "James Webb Space Telescope photographed the nebula.")}),
              (Lines{"Acme Corp (Organization) | hire | engineers (Group)",
                     "Chad (Place) | sign | treaty (Document)",
                     "James Webb Space Telescope (Other) | photograph | nebula (Other)"}));
}

TEST(Types, ANameThatSpeaksIsABody) {
    EXPECT_EQ(entitiesOf({doc("a", "Nordvik said the company sold the mine. Nordvik praised the "
                                   "buyer.")}),
              (Lines{"company (Group) | sell | mine (Other)",
                     "Nordvik (Organization) | praise | buyer (Person)"}));
}

TEST(Types, EventsByWhatTheirHeadNounIs) {
    EXPECT_EQ(entitiesOf({doc("a", "Delegates from nine countries attended the Harbour Summit. "
                                   "Anna Berg won the election. Norway hosted the Winter "
                                   "Olympics.")}),
              (Lines{"Delegates from nine countries (Group) | attend | Harbour Summit (Event)",
                     "Anna Berg (Person) | win | election (Event)",
                     "Norway (Place) | host | Winter Olympics (Event)"}));
}

TEST(Types, AGroupIsPeopleNotACollectionOfThings) {
    // WordNet files "package" under group; only people make a Group.
    EXPECT_EQ(entitiesOf({doc("a", "The ministers presented a new package of sanctions.")}),
              (Lines{"ministers (Group) | present | new package of sanctions (Other)"}));
}

TEST(Types, DocumentsAndNumberedArticles) {
    EXPECT_EQ(entitiesOf({doc("a", "The ministers signed the Tallinn Treaty. The council "
                                   "published the Harbour Report. The alliance invoked Article "
                                   "Five.")}),
              (Lines{"ministers (Group) | sign | Tallinn Treaty (Document)",
                     "council (Group) | publish | Harbour Report (Document)",
                     "alliance (Other) | invoke | Article Five (Document)"}));
}

TEST(Types, StrongerEvidenceOutranksTheHeadNoun) {
    // An organisation's word ends the name; a given name opens a person's.
    EXPECT_EQ(entitiesOf({doc("a", "The Election Commission counted the ballots. Bill Dahl "
                                   "praised the summit.")}),
              (Lines{"Election Commission (Organization) | count | ballots (Document)",
                     "Bill Dahl (Person) | praise | summit (Event)"}));
}

TEST(Types, ASpeakerKeepsItsTypeInTheAttribution) {
    ExtractOptions options;
    Extractor extractor(options);
    const auto facts =
        extractFacts(extractor, {doc("a", "NORDSTAT said that the company will close the "
                                          "mine.")})
            .facts;
    ASSERT_EQ(facts.size(), 1u);
    EXPECT_EQ(facts[0].attributedTo, "NORDSTAT");
    EXPECT_EQ(facts[0].attributedType, graph::EntityType::Organization);
}

TEST(NameForms, ANewsAcronymWordNetLacksIsAnAliasToo) {
    EXPECT_EQ(entitiesOf({doc("a", "The European Central Bank raised rates."),
                          doc("b", "The ECB cut its forecast.")}),
              (Lines{"European Central Bank (Organization) [ECB] | raise | rates (Date)",
                     "European Central Bank (Organization) [ECB] | cut | forecast (Other)"}));
}

TEST(Surnames, ANameTransliteratedTwoWaysInTwoStoriesIsOnePerson) {
    EXPECT_EQ(entitiesOf({doc("a", "Stefan Dahl opened the bridge."),
                          doc("b", "Stephan Dahl closed the school.")}),
              (Lines{"Stefan Dahl (Person) [Stephan Dahl] | open | bridge (Other)",
                     "Stefan Dahl (Person) [Stephan Dahl] | close | school (Group)"}));
    // One letter apart is not enough: Anna and Anja are two people.
    EXPECT_EQ(entitiesOf({doc("a", "Anna Berg opened the bridge."),
                          doc("b", "Anja Berg closed the school.")}),
              (Lines{"Anna Berg (Person) | open | bridge (Other)",
                     "Anja Berg (Person) | close | school (Group)"}));
}

TEST(EntityScope, AOneWordNameThatIsAVerbFormStaysInItsStory) {
    // "United" is a club in one story and a cut "United States" in another.
    EXPECT_EQ(entitiesOf({doc("a", "United signed the striker. United praised the coach."),
                          doc("b", "United hired the coach.")}),
              (Lines{"United (Other) | sign | striker (Person)",
                     "United (Other) | praise | coach (Person)",
                     "United (2) (Other) | hire | coach (2) (Person)"}));
}

TEST(EntityScope, AppendingAStoryKeepsItsDescriptionsApart) {
    graph::KnowledgeGraph graph;
    ExtractOptions options;
    Extractor extractor(options);
    const std::vector<Document> first = {doc("a", "The council approved the deal.")};
    const std::vector<Document> second = {doc("b", "The union rejected the deal.")};
    buildGraph(graph, extractor, 1, [&](std::size_t i) { return first[i]; });
    buildGraph(graph, extractor, 1, [&](std::size_t i) { return second[i]; });
    Lines names;
    for (graph::EntityId e = 0; e < graph.entityCount(); ++e)
        names.push_back(std::string(graph.str(graph.entity(e).name)));
    std::sort(names.begin(), names.end());
    EXPECT_EQ(names, (Lines{"council", "deal", "deal (2)", "union"}));
}

TEST(Types, TheGazetteerIsGeneratedFromIsoCodes) {
    EXPECT_TRUE(isCountryName("South Korea"));
    EXPECT_TRUE(isCountryName("Federal Republic of Germany"));
    EXPECT_TRUE(isCountryName("the Netherlands"));
    EXPECT_FALSE(isCountryName("Europe"));
    EXPECT_FALSE(isCountryName("Berg"));
}

// The name an entity goes by does not depend on which form the text uses more often.
TEST(CanonicalNames, AnAcronymsExpansionWinsWhicheverIsMoreFrequent) {
    const Lines expected{"United States (Place) [US] | sign | treaty (Document)",
                         "United States (Place) [US] | reject | plan (Proposal)",
                         "United States (Place) [US] | praise | deal (Other)"};
    EXPECT_EQ(entitiesOf({doc("a", "The United States signed the treaty. The US rejected the "
                                   "plan. The US praised the deal.")}),
              expected);
    EXPECT_EQ(entitiesOf({doc("a", "The US signed the treaty. The United States rejected the "
                                   "plan. The United States praised the deal.")}),
              expected);
}

TEST(CanonicalNames, AnAcronymTheTextDefinesOrWordNetKnowsLosesToItsFullName) {
    EXPECT_EQ(entitiesOf({doc("a", "The Party for Rural Renewal (PRR) won many votes. The PRR "
                                   "criticised the budget. The PRR praised the mayor.")}),
              (Lines{"Party for Rural Renewal (Organization) [PRR] | win | many votes (Other)",
                     "Party for Rural Renewal (Organization) [PRR] | criticise | budget (Other)",
                     "Party for Rural Renewal (Organization) [PRR] | praise | mayor (Person)"}));
    EXPECT_EQ(entitiesOf({doc("a", "The Fed raised rates. The Fed cut its forecast. The Federal "
                                   "Reserve praised the banks.")}),
              (Lines{"Federal Reserve (Organization) [Fed] | raise | rates (Date)",
                     "Federal Reserve (Organization) [Fed] | cut | forecast (Other)",
                     "Federal Reserve (Organization) [Fed] | praise | banks (Other)"}));
}

TEST(CanonicalNames, APersonGoesByTheFullestName) {
    const Lines expected{"Karin Lund (Person) [Lund] | open | bridge (Other)",
                         "Karin Lund (Person) [Lund] | thank | engineers (Group)",
                         "Karin Lund (Person) [Lund] | visit | school (Group)"};
    EXPECT_EQ(entitiesOf({doc("a", "Karin Lund opened the bridge. Ms Lund thanked the engineers. "
                                   "Lund visited the school.")}),
              expected);
    EXPECT_EQ(entitiesOf({doc("a", "Ms Lund opened the bridge. Lund thanked the engineers. Karin "
                                   "Lund visited the school.")}),
              expected);
}

TEST(Splits, AHeadlineCutBeforeItsTitleEndsIsTheTitlesHolder) {
    // The parse cuts "NATO Secretary" from "General denies": a title, not a person of its own.
    EXPECT_EQ(
        entitiesOf({doc("a", "NATO Secretary General denies plans to close the bases\n\n"
                             "NATO Secretary General Anna Berg visited Oslo on Monday.")}),
        (Lines{"Anna Berg (Person) [NATO Secretary] | deny | plans to close the bases (Proposal)",
               "Anna Berg (Person) [NATO Secretary] | visit | Oslo (Place)",
               "Anna Berg (Person) [NATO Secretary] | has title | NATO Secretary General "
               "(Other)"}));
}

TEST(Splits, APossessorsTitleRunsToItsLastWordForAPerson) {
    // "Prime" names no person, so the title is not cut before it: the owner is Jonas Lind, not a
    // "Prime Minister Jonas Lind" of his own.
    EXPECT_EQ(entitiesOf({doc("a", "Prime Minister Jonas Lind met the mayor on Monday. Prime "
                                   "Minister Jonas Lind's proposal to cut taxes angered the "
                                   "unions.")}),
              (Lines{"Jonas Lind (Person) | meet | mayor (Person)",
                     "Jonas Lind (Person) | propose | Prime Minister Jonas Lind's proposal "
                     "(Proposal)",
                     "Prime Minister Jonas Lind's proposal (Proposal) | anger | unions (Group)",
                     "Jonas Lind (Person) | cut | taxes (Other)",
                     "Jonas Lind (Person) | has title | Prime Minister (Other)"}));
}

TEST(Splits, APersonDescribedAndNamedSideBySideIsOne) {
    EXPECT_EQ(entitiesOf({doc("a", "A senior diplomat, Lars Holm, criticised the deal.")}),
              (Lines{"Lars Holm (Person) [senior diplomat] | criticise | deal (Other)"}));
}

TEST(Splits, ANameCutFromItsTeamIsTheTeamItsStoryNames) {
    // "United" alone is scoped to its story; the story's own longer name completes it, and the
    // post after that name ("manager") makes it a body. Another story's "United" stays apart.
    EXPECT_EQ(
        entitiesOf({doc("a", "On Sunday, Kingsport United manager Peter Lien praised the "
                             "fans.\n\nLien joined United in 2021 after six years in Norway."),
                    doc("b", "Lien joined United in 2021 after six years in Norway.")}),
        (Lines{"Peter Lien (Person) [Lien] | praise | fans (Other)",
               "Peter Lien (Person) [Lien] | join | Kingsport United (Organization) [United]",
               "Peter Lien (Person) [Lien] | join | United (2) (Other)"}));
}

} // namespace
} // namespace kg::extract::test
