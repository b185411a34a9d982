#include "graph/stats.h"

#include <gtest/gtest.h>

namespace kg::graph {
namespace {

void add(KnowledgeGraph& g, std::string_view s, std::string_view p, std::string_view o) {
    RelationInput in;
    in.source = g.addEntity(s);
    in.target = g.addEntity(o);
    in.predicate = p;
    g.addRelation(in);
}

TEST(Stats, CountsComponentsTypesAndTops) {
    KnowledgeGraph g;
    add(g, "A", "knows", "B");
    add(g, "B", "knows", "C");
    add(g, "C", "likes", "A");
    add(g, "D", "knows", "E");
    g.addEntity("Lonely", EntityType::Place);
    EntityId gone = g.addEntity("Gone", EntityType::Person);
    g.removeEntity(gone);
    RelationInput withEvidence;
    withEvidence.source = *g.findEntity("A");
    withEvidence.target = *g.findEntity("D");
    withEvidence.predicate = "met";
    withEvidence.mention = MentionInput{"d", 0, 0, 5, "A met D", "", ""};
    g.addRelation(withEvidence);
    g.setType(*g.findEntity("A"), EntityType::Person);
    g.addAlias(*g.findEntity("B"), "Bee");

    GraphStats s = computeStats(g, 2);
    EXPECT_EQ(s.entities, 6u);
    EXPECT_EQ(s.relations, 5u);
    EXPECT_EQ(s.predicates, 3u);
    EXPECT_EQ(s.mentions, 1u);
    EXPECT_EQ(s.components, 2u); // {A,B,C,D,E} joined by "met", and Lonely
    EXPECT_EQ(s.largestComponent, 5u);
    EXPECT_EQ(s.withAliases, 1u);
    EXPECT_EQ(s.entitiesByType[static_cast<std::size_t>(EntityType::Other)], 4u);
    EXPECT_EQ(s.entitiesByType[static_cast<std::size_t>(EntityType::Person)], 1u);
    EXPECT_EQ(s.entitiesByType[static_cast<std::size_t>(EntityType::Place)], 1u);
    ASSERT_EQ(s.topEntities.size(), 2u);
    EXPECT_EQ(g.name(s.topEntities[0].first), "A"); // degree 3
    EXPECT_EQ(s.topEntities[0].second, 3u);
    EXPECT_EQ(g.name(s.topEntities[1].first), "B"); // degree 2, ties go to the lower id
    ASSERT_EQ(s.topPredicates.size(), 2u);
    EXPECT_EQ(g.str(s.topPredicates[0].first), "knows");
    EXPECT_EQ(s.topPredicates[0].second, 3u);
    EXPECT_EQ(g.str(s.topPredicates[1].first), "likes");
}

TEST(Stats, EmptyGraph) {
    GraphStats s = computeStats(KnowledgeGraph{});
    EXPECT_EQ(s.entities, 0u);
    EXPECT_EQ(s.components, 0u);
    EXPECT_TRUE(s.topEntities.empty());
    EXPECT_TRUE(s.topPredicates.empty());
}

} // namespace
} // namespace kg::graph
