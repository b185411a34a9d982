// Entity resolution across sentences and documents: aliases, surnames, titles, pronouns.
#include "extract/extractor.h"
#include "tests/extract/test_support.h"

#include <algorithm>
#include <gtest/gtest.h>

namespace kg::extract::test {
namespace {

using Facts = std::vector<std::string>;

Document doc(std::string id, std::string text) {
    Document d;
    d.id = std::move(id);
    d.text = std::move(text);
    return d;
}

TEST(Resolver, SurnameAndPronounJoinTheFullName) {
    EXPECT_EQ(factsOf({doc("a", "Mayor Anna Berg opened the bridge. She thanked the engineers. "
                                "Berg visited the school.")}),
              (Facts{"Anna Berg | open | bridge", "Anna Berg | has title | Mayor",
                     "Anna Berg | thank | engineers", "Anna Berg | visit | school"}));
}

TEST(Resolver, EntitiesCarryTheirAliasesAndTypes) {
    ExtractOptions options;
    Extractor extractor(options);
    auto records = extractor.extract(
        {doc("a", "Mayor Anna Berg opened the bridge."), doc("b", "Berg closed the school.")});
    ASSERT_EQ(records.size(), 3u);
    EXPECT_EQ(records[2].subject.name, "Anna Berg");
    EXPECT_EQ(records[2].subject.type, graph::EntityType::Person);
    EXPECT_EQ(records[2].subject.aliases, std::vector<std::string>{"Berg"});
    EXPECT_EQ(records[2].doc, "b");
    EXPECT_EQ(records[2].sentence, 0u);
    EXPECT_EQ(records[2].text, "Berg closed the school.");
}

TEST(Resolver, WordNetSynonymsJoinPlaceNames) {
    auto facts = factsOf({doc("a", "The United States signed the treaty. The US rejected the "
                                   "plan.")});
    EXPECT_EQ(facts, (Facts{"United States | sign | treaty", "United States | reject | plan"}));
}

TEST(Resolver, DottedAbbreviationsAreOneName) {
    auto facts = factsOf({doc("a", "The U.S. signed the treaty. The US rejected the plan. The US "
                                   "praised the deal.")});
    EXPECT_EQ(facts, (Facts{"US | sign | treaty", "US | reject | plan", "US | praise | deal"}));
}

TEST(Resolver, TitleAloneStandsForItsHolder) {
    auto facts = factsOf({doc("a", "Museum Director Peter Holm bought a painting. The museum "
                                   "director sold a statue.")});
    EXPECT_EQ(facts,
              (Facts{"Peter Holm | buy | painting", "Peter Holm | has title | Museum Director",
                     "Peter Holm | sell | statue"}));
}

TEST(Resolver, UnresolvedPronounsGiveNoFact) {
    EXPECT_EQ(factsOf({doc("a", "He opened the bridge.")}), Facts{});
}

TEST(Resolver, OutputIsTheSameOnOneOrTwoThreads) {
    std::vector<Document> docs;
    for (int i = 0; i < 6; ++i) {
        // Built by appending: GCC 12 misreports operator+ chains here (-Wrestrict).
        std::string text = "Mayor Anna Berg opened bridge number ";
        text += std::to_string(i);
        text += ". She thanked the engineers.";
        std::string id = "d";
        id += std::to_string(i);
        docs.push_back(doc(id, text));
    }
    EXPECT_EQ(factsOf(docs, 1), factsOf(docs, 2));
}

} // namespace
} // namespace kg::extract::test
