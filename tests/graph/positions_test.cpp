// Stances, dates and contradictions in the store: the contradiction rules of
// graph/contradictions.h, days and windows of graph/fact_date.h, the stance map.
#include "graph/contradictions.h"
#include "graph/fact_date.h"
#include "graph/io/fact_record.h"
#include "graph/stance_map.h"

#include <gtest/gtest.h>
#include <string>
#include <vector>

namespace kg::graph {
namespace {

RelationId add(KnowledgeGraph& g, const std::string& subject, const std::string& predicate,
               const std::string& object, bool negated = false, Stance stance = Stance::Neutral,
               const std::string& quantity = "", const std::string& doc = "d1",
               std::uint32_t sentence = 0, const std::string& date = "") {
    FactRecord r;
    r.subject.name = subject;
    r.predicate = predicate;
    r.object.name = object;
    r.negated = negated;
    r.stance = stance;
    r.quantity = quantity;
    r.doc = doc;
    r.sentence = sentence;
    r.text = subject + " " + predicate + " " + object + ".";
    r.date = date;
    return addFactRecord(g, r).id;
}

using Pairs = std::vector<std::string>;

Pairs pairsOf(const KnowledgeGraph& g) {
    Pairs out;
    const ContradictionIndex index(g);
    for (const Contradiction& c : index.pairs())
        out.push_back(std::to_string(c.first) + "-" + std::to_string(c.second) + " " +
                      std::string(contradictionKindName(c.kind)));
    return out;
}

TEST(Contradictions, OppositePolarityOfOnePredicate) {
    KnowledgeGraph g;
    add(g, "Oskar Lind", "visit", "Tallinn", false, Stance::Neutral, "", "d1", 0);
    add(g, "Oskar Lind", "visit", "Tallinn", true, Stance::Neutral, "", "d2", 3);
    add(g, "Oskar Lind", "visit", "Riga", true, Stance::Neutral, "", "d2", 4);
    EXPECT_EQ(pairsOf(g), (Pairs{"0-1 polarity"}));
}

TEST(Contradictions, AntonymPredicatesAfterPolarity) {
    KnowledgeGraph g;
    add(g, "Norway", "remain in", "the pact", false, Stance::Neutral, "", "d1", 0);
    add(g, "Norway", "leave", "the pact", false, Stance::Neutral, "", "d2", 0);
    // "did not leave" points the same way as "remain in": no contradiction with 0.
    add(g, "Norway", "leave", "the pact", true, Stance::Neutral, "", "d3", 0);
    add(g, "the mill", "increase", "output", false, Stance::Neutral, "", "d1", 1);
    add(g, "the mill", "cut", "output", false, Stance::Neutral, "", "d2", 1);
    EXPECT_EQ(pairsOf(g), (Pairs{"0-1 antonym", "1-2 polarity", "3-4 antonym"}));
}

TEST(Contradictions, OppositeStances) {
    KnowledgeGraph g;
    add(g, "the guild", "applaud", "the levy", false, Stance::Support, "", "d1", 0);
    add(g, "the guild", "condemn", "the levy", false, Stance::Oppose, "", "d2", 0);
    add(g, "the guild", "discuss", "the levy", false, Stance::Neutral, "", "d3", 0);
    EXPECT_EQ(pairsOf(g), (Pairs{"0-1 stance"}));
}

TEST(Contradictions, DifferentQuantitiesForOneMeasure) {
    KnowledgeGraph g;
    add(g, "the firm", "hire", "engineers", false, Stance::Neutral, "200", "d1", 0);
    add(g, "the firm", "hire", "engineers", false, Stance::Neutral, "450", "d2", 0);
    add(g, "the firm", "hire", "engineers", false, Stance::Neutral, "", "d3", 0);
    EXPECT_EQ(pairsOf(g), (Pairs{"0-1 quantity"}));
}

TEST(Contradictions, OneSentenceNeverContradictsItself) {
    KnowledgeGraph g;
    add(g, "the firm", "hire", "engineers", false, Stance::Neutral, "200", "d1", 5);
    add(g, "the firm", "hire", "engineers", false, Stance::Neutral, "450", "d1", 5);
    EXPECT_EQ(pairsOf(g), Pairs{});
}

TEST(Contradictions, EachFactKnowsWhatContestsIt) {
    KnowledgeGraph g;
    const RelationId a = add(g, "Ada", "back", "the bill", false, Stance::Support, "", "d1", 0);
    const RelationId b = add(g, "Ada", "reject", "the bill", false, Stance::Oppose, "", "d2", 0);
    const RelationId c = add(g, "Ada", "veto", "the bill", false, Stance::Oppose, "", "d3", 0);
    const RelationId d = add(g, "Ada", "read", "the bill", false, Stance::Neutral, "", "d3", 1);
    ContradictionIndex index(g);
    EXPECT_EQ(std::vector<RelationId>(index.contestedBy(a).begin(), index.contestedBy(a).end()),
              (std::vector<RelationId>{b, c}));
    EXPECT_EQ(std::vector<RelationId>(index.contestedBy(b).begin(), index.contestedBy(b).end()),
              (std::vector<RelationId>{a}));
    EXPECT_TRUE(index.contestedBy(d).empty());
    EXPECT_EQ(contradictionsWith(g, a), (std::vector<RelationId>{b, c}));
    EXPECT_TRUE(contradictionsWith(g, d).empty());
}

TEST(FactDate, IsoDays) {
    EXPECT_EQ(isoDay("2025-06-24"), "2025-06-24");
    EXPECT_EQ(isoDay("2025-06-24 (file modified)"), "2025-06-24");
    EXPECT_EQ(isoDay("2024-02-29"), "2024-02-29");
    EXPECT_EQ(isoDay("2025-02-29"), "");
    EXPECT_EQ(isoDay("2025-13-01"), "");
    EXPECT_EQ(isoDay("2025-06-2"), "");
    EXPECT_EQ(isoDay("June 2025"), "");
    EXPECT_EQ(isoDay("2025-06-24T10:00"), "");
}

TEST(FactDate, AFactIsDatedByItsEarliestMention) {
    KnowledgeGraph g;
    add(g, "Ada", "visit", "Oslo", false, Stance::Neutral, "", "d1", 0, "2025-03-02");
    const RelationId id =
        add(g, "Ada", "visit", "Oslo", false, Stance::Neutral, "", "d2", 0, "2025-01-09");
    add(g, "Ada", "visit", "Oslo", false, Stance::Neutral, "", "d3", 0, "undated");
    EXPECT_EQ(factDay(g, g.relation(id).mentions), "2025-01-09");
}

TEST(FactDate, AWindowKeepsWhatItsDocumentsState) {
    KnowledgeGraph g;
    const RelationId early =
        add(g, "Ada", "visit", "Oslo", false, Stance::Neutral, "", "d1", 0, "2025-01-09");
    add(g, "Ada", "visit", "Oslo", false, Stance::Neutral, "", "d2", 0, "2025-03-02");
    const RelationId late =
        add(g, "Ada", "leave", "Oslo", false, Stance::Neutral, "", "d2", 1, "2025-03-02");
    const RelationId undated = add(g, "Ada", "like", "Oslo", false, Stance::Neutral, "", "d4", 0);
    EXPECT_EQ(restrictToWindow(g, DayWindow{"", "2025-02-01"}), 2u);
    EXPECT_TRUE(g.isLiveRelation(early));
    EXPECT_EQ(g.relation(early).mentions.size(), 1u);
    EXPECT_EQ(g.relation(early).support, 1u);
    EXPECT_FALSE(g.isLiveRelation(late));
    EXPECT_FALSE(g.isLiveRelation(undated));
    EXPECT_TRUE(DayWindow({"2025-01-01", "2025-01-31"}).contains("2025-01-31"));
    EXPECT_FALSE(DayWindow({"2025-01-01", "2025-01-31"}).contains("2025-02-01"));
    EXPECT_FALSE(DayWindow({"", ""}).contains(""));
}

TEST(StanceMap, KeepsPositionsAndProposals) {
    KnowledgeGraph g;
    add(g, "Ada", "back", "the bill", false, Stance::Support);
    add(g, "Ada", "read", "the bill", false, Stance::Neutral);
    add(g, "Bo", "visit", "Oslo", false, Stance::Neutral);
    FactRecord proposes;
    proposes.subject.name = "Cy";
    proposes.predicate = "propose";
    proposes.object = {"Cy's plan", EntityType::Proposal, {}};
    addFactRecord(g, proposes);
    keepStanceFacts(g);
    EXPECT_EQ(g.relationCount(), 2u);
    EXPECT_TRUE(g.findEntity("Ada").has_value());
    EXPECT_TRUE(g.findEntity("Cy's plan").has_value());
    EXPECT_FALSE(g.findEntity("Bo").has_value());
    EXPECT_FALSE(g.findEntity("Oslo").has_value());
}

} // namespace
} // namespace kg::graph
