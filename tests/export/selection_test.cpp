#include "export/entity_lookup.h"
#include "export/export_error.h"
#include "export/selection.h"
#include "tests/export/fixture.h"

#include <gtest/gtest.h>

namespace kg::exporter {
namespace {

std::string errorOf(const graph::KnowledgeGraph& g, std::string_view name) {
    try {
        resolveEntity(g, name);
    } catch (const ExportError& e) {
        return e.what();
    }
    return "";
}

TEST(Selection, AroundFollowsBothDirectionsToTheDepth) {
    auto g = testing::makeFixtureGraph();
    Selection one = selectAround(g, "Germany", 1);
    EXPECT_EQ(one.focus, g.findEntity("Germany"));
    EXPECT_EQ(one.entities, (std::vector<graph::EntityId>{0, 3, 5}));
    EXPECT_EQ(one.relations, (std::vector<graph::RelationId>{1, 3, 4}));
    Selection two = selectAround(g, "Germany", 2);
    EXPECT_EQ(two.entities, (std::vector<graph::EntityId>{0, 1, 3, 5}));
    EXPECT_EQ(two.relations, (std::vector<graph::RelationId>{1, 3, 4, 5}));
    Selection zero = selectAround(g, "Germany", 0);
    EXPECT_EQ(zero.entities, (std::vector<graph::EntityId>{3}));
    EXPECT_TRUE(zero.relations.empty());
}

TEST(Selection, NamesResolveByAliasAndIgnoringCase) {
    auto g = testing::makeFixtureGraph();
    EXPECT_EQ(resolveEntity(g, "Rutte"), 0u);
    EXPECT_EQ(resolveEntity(g, "mark rutte"), 0u);
    EXPECT_EQ(resolveEntity(g, "north atlantic treaty organization"), 1u);
}

TEST(Selection, UnknownNameIsNamedWithASuggestion) {
    auto g = testing::makeFixtureGraph();
    EXPECT_EQ(errorOf(g, "Mark Rute"), "no entity named 'Mark Rute'; did you mean 'Mark Rutte'?");
    EXPECT_EQ(errorOf(g, "germny"), "no entity named 'germny'; did you mean 'Germany'?");
    EXPECT_EQ(errorOf(g, "Vladivostok"), "no entity named 'Vladivostok'");
    EXPECT_EQ(errorOf(g, ""), "no entity named ''");
    graph::KnowledgeGraph empty;
    EXPECT_EQ(errorOf(empty, "x"), "no entity named 'x'");
}

TEST(Selection, IdsAreSortedDedupedAndCompletedWithRelationEnds) {
    auto g = testing::makeFixtureGraph();
    Selection s = selectIds(g, {5, 5, 999}, {4, 1, 4, 12345});
    EXPECT_EQ(s.entities, (std::vector<graph::EntityId>{0, 3, 5}));
    EXPECT_EQ(s.relations, (std::vector<graph::RelationId>{1, 4}));
}

TEST(Selection, IndexAnswersMembership) {
    auto g = testing::makeFixtureGraph();
    Selection s = selectAround(g, "Germany", 1);
    SelectionIndex index(g, s);
    EXPECT_TRUE(index.hasEntity(3));
    EXPECT_FALSE(index.hasEntity(1));
    EXPECT_TRUE(index.hasRelation(4));
    EXPECT_FALSE(index.hasRelation(0));
    SelectionIndex whole(g, selectWhole());
    EXPECT_TRUE(whole.hasEntity(7));
    EXPECT_FALSE(whole.hasEntity(8));
}

} // namespace
} // namespace kg::exporter
