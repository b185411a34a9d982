#include "graph/knowledge_graph.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <string>

namespace kg::graph {
namespace {

std::vector<std::string> names(const KnowledgeGraph& g, const std::vector<Sym>& syms) {
    std::vector<std::string> out;
    for (Sym s : syms)
        out.emplace_back(g.str(s));
    return out;
}

std::vector<RelationId> outIds(const KnowledgeGraph& g, EntityId id) {
    std::vector<RelationId> out;
    for (EdgeView e : g.outEdges(id))
        out.push_back(e.relation);
    return out;
}

std::vector<RelationId> inIds(const KnowledgeGraph& g, EntityId id) {
    std::vector<RelationId> out;
    for (EdgeView e : g.inEdges(id))
        out.push_back(e.relation);
    return out;
}

RelationInput fact(EntityId s, std::string_view p, EntityId o) {
    RelationInput in;
    in.source = s;
    in.predicate = p;
    in.target = o;
    return in;
}

TEST(KnowledgeGraph, EmptyGraphHasNothing) {
    KnowledgeGraph g;
    EXPECT_EQ(g.entityCount(), 0u);
    EXPECT_EQ(g.relationCount(), 0u);
    EXPECT_TRUE(g.predicates().empty());
    EXPECT_FALSE(g.findEntity("anything"));
    EXPECT_FALSE(g.findEntityIgnoreCase(""));
    EXPECT_EQ(g.str(kNoSym), "");
}

TEST(KnowledgeGraph, AddEntityFindsOrCreatesAndUpgradesOtherType) {
    KnowledgeGraph g;
    EntityId a = g.addEntity("Mark Rutte");
    EXPECT_EQ(g.addEntity("Mark Rutte", EntityType::Person), a);
    EXPECT_EQ(g.entity(a).type, EntityType::Person);
    // A known type is not overwritten by a later guess.
    EXPECT_EQ(g.addEntity("Mark Rutte", EntityType::Place), a);
    EXPECT_EQ(g.entity(a).type, EntityType::Person);
    EXPECT_EQ(g.entityCount(), 1u);
    EXPECT_EQ(g.name(a), "Mark Rutte");
}

TEST(KnowledgeGraph, AliasLookupExactAndIgnoringCase) {
    KnowledgeGraph g;
    EntityId rutte = g.addEntity("Mark Rutte", EntityType::Person);
    EntityId nato = g.addEntity("NATO", EntityType::Organization);
    EXPECT_TRUE(g.addAlias(rutte, "Rutte"));
    EXPECT_TRUE(g.addAlias(rutte, "Rutte")); // idempotent
    EXPECT_FALSE(g.addAlias(nato, "Rutte")); // names another entity
    EXPECT_EQ(g.findEntity("Rutte"), rutte);
    EXPECT_EQ(g.addEntity("Rutte"), rutte); // an alias finds the entity too
    EXPECT_FALSE(g.findEntity("rutte"));
    EXPECT_EQ(g.findEntityIgnoreCase("rutte"), rutte);
    EXPECT_EQ(g.findEntityIgnoreCase("MARK RUTTE"), rutte);
    EXPECT_EQ(g.findEntityIgnoreCase("nato"), nato);
    EXPECT_FALSE(g.findEntityIgnoreCase("rut"));
    EXPECT_EQ(names(g, g.entity(rutte).aliases), std::vector<std::string>{"Rutte"});
}

TEST(KnowledgeGraph, IgnoreCasePrefersExactThenLowestId) {
    KnowledgeGraph g;
    EntityId us1 = g.addEntity("US");
    EntityId us2 = g.addEntity("us");
    EXPECT_EQ(g.findEntityIgnoreCase("us"), us2);
    EXPECT_EQ(g.findEntityIgnoreCase("Us"), us1);
    EntityId zurich = g.addEntity("ZÜRICH");
    EXPECT_EQ(g.findEntityIgnoreCase("zürich"), zurich);
}

TEST(KnowledgeGraph, RenameKeepsOldNameAsAlias) {
    KnowledgeGraph g;
    EntityId e = g.addEntity("Rutte");
    g.addAlias(e, "Mark Rutte");
    ASSERT_TRUE(g.rename(e, "Mark Rutte"));
    EXPECT_EQ(g.name(e), "Mark Rutte");
    EXPECT_EQ(names(g, g.entity(e).aliases), std::vector<std::string>{"Rutte"});
    EXPECT_EQ(g.findEntity("Rutte"), e);
    EntityId other = g.addEntity("Weber");
    EXPECT_FALSE(g.rename(other, "Rutte"));
}

TEST(KnowledgeGraph, DuplicateFactMergesProvenanceInsteadOfParallelEdge) {
    KnowledgeGraph g;
    EntityId a = g.addEntity("Germany");
    EntityId b = g.addEntity("defence spending");
    RelationInput in = fact(a, "increase", b);
    in.surface = "will increase";
    in.time = "by 2029";
    in.confidence = 0.5f;
    in.mention = MentionInput{"doc1", 3, 100, 160, "Germany will increase ...", "2025-06-01", ""};
    auto first = g.addRelation(in);
    EXPECT_TRUE(first.inserted);

    in.surface = "increases";
    in.mention->doc = "doc2";
    auto second = g.addRelation(in);
    EXPECT_FALSE(second.inserted);
    EXPECT_EQ(second.id, first.id);

    const Relation& r = g.relation(first.id);
    EXPECT_EQ(r.support, 2u);
    EXPECT_FLOAT_EQ(r.confidence, 0.75f);
    EXPECT_EQ(names(g, r.surfaces), (std::vector<std::string>{"will increase", "increases"}));
    ASSERT_EQ(r.mentions.size(), 2u);
    EXPECT_EQ(g.str(r.mentions[1].doc), "doc2");
    EXPECT_EQ(g.relationCount(), 1u);
    EXPECT_EQ(g.outDegree(a), 1u);

    // The same mention again changes nothing: rebuilding a document is idempotent.
    g.addRelation(in);
    EXPECT_EQ(g.relation(first.id).support, 2u);
    EXPECT_EQ(g.relation(first.id).mentions.size(), 2u);
}

TEST(KnowledgeGraph, FactsDifferingInIdentityFieldsStayDistinct) {
    KnowledgeGraph g;
    EntityId a = g.addEntity("US");
    EntityId b = g.addEntity("NATO");
    EntityId rubio = g.addEntity("Marco Rubio");
    RelationInput base = fact(a, "leave", b);
    g.addRelation(base);
    RelationInput negated = base;
    negated.negated = true;
    g.addRelation(negated);
    RelationInput modal = base;
    modal.modality = "plan to";
    g.addRelation(modal);
    RelationInput said = negated;
    said.attributedTo = rubio;
    g.addRelation(said);
    RelationInput timed = base;
    timed.time = "in 2027";
    g.addRelation(timed);
    EXPECT_EQ(g.relationCount(), 5u);
    EXPECT_EQ(g.outDegree(a), 5u);
    EXPECT_EQ(g.inDegree(b), 5u);
    EXPECT_EQ(g.predicateCount(*g.findSym("leave")), 5u);
}

TEST(KnowledgeGraph, AdjacencyInBothDirectionsAndPredicateIndex) {
    KnowledgeGraph g;
    EntityId a = g.addEntity("a");
    EntityId b = g.addEntity("b");
    EntityId c = g.addEntity("c");
    RelationId ab = g.addRelation(fact(a, "knows", b)).id;
    RelationId ac = g.addRelation(fact(a, "likes", c)).id;
    RelationId cb = g.addRelation(fact(c, "knows", b)).id;
    EXPECT_EQ(outIds(g, a), (std::vector<RelationId>{ab, ac}));
    EXPECT_EQ(inIds(g, b), (std::vector<RelationId>{ab, cb}));
    EXPECT_EQ(g.relationsWithPredicate(*g.findSym("knows")), (std::vector<RelationId>{ab, cb}));
    auto preds = g.predicates();
    ASSERT_EQ(preds.size(), 2u);
    EXPECT_EQ(g.str(preds[0].first), "knows");
    EXPECT_EQ(preds[0].second, 2u);
    for (EdgeView e : g.inEdges(b))
        EXPECT_EQ(g.relation(e.relation).target, b);
    EdgeView first = *g.outEdges(a).begin();
    EXPECT_EQ(first.other, b);
    EXPECT_EQ(g.str(first.predicate), "knows");
}

TEST(KnowledgeGraph, RemoveRelationLeavesStableIds) {
    KnowledgeGraph g;
    EntityId a = g.addEntity("a");
    EntityId b = g.addEntity("b");
    RelationId r1 = g.addRelation(fact(a, "p", b)).id;
    RelationId r2 = g.addRelation(fact(a, "q", b)).id;
    g.removeRelation(r1);
    EXPECT_FALSE(g.isLiveRelation(r1));
    EXPECT_TRUE(g.isLiveRelation(r2));
    EXPECT_EQ(g.relationIds(), std::vector<RelationId>{r2});
    EXPECT_EQ(outIds(g, a), std::vector<RelationId>{r2});
    EXPECT_EQ(g.predicateCount(*g.findSym("p")), 0u);
    EXPECT_TRUE(g.relationsWithPredicate(*g.findSym("p")).empty());
    EXPECT_EQ(g.predicates().size(), 1u);
    // Adding the removed fact again makes a new relation.
    auto again = g.addRelation(fact(a, "p", b));
    EXPECT_TRUE(again.inserted);
    EXPECT_NE(again.id, r1);
}

TEST(KnowledgeGraph, RemoveEntityRemovesItsEdgesFreesNamesAndUnattributes) {
    KnowledgeGraph g;
    EntityId a = g.addEntity("a");
    EntityId b = g.addEntity("b");
    EntityId speaker = g.addEntity("speaker");
    g.addAlias(b, "bee");
    g.addRelation(fact(a, "p", b));
    g.addRelation(fact(b, "p", b)); // self-loop
    RelationInput said = fact(a, "q", a);
    said.attributedTo = speaker;
    RelationId saidId = g.addRelation(said).id;
    g.removeEntity(b);
    EXPECT_FALSE(g.isLive(b));
    EXPECT_EQ(g.entityCount(), 2u);
    EXPECT_EQ(g.relationCount(), 1u);
    EXPECT_EQ(g.outDegree(a), 1u);
    EXPECT_FALSE(g.findEntity("b"));
    EXPECT_FALSE(g.findEntityIgnoreCase("BEE"));
    EXPECT_NE(g.addEntity("b"), b);

    g.removeEntity(speaker);
    ASSERT_EQ(g.relationCount(), 1u);
    RelationId left = g.relationIds().front();
    EXPECT_NE(left, saidId);
    EXPECT_EQ(g.relation(left).attributedTo, kNoId);
    EXPECT_EQ(g.str(g.relation(left).predicate), "q");
}

TEST(KnowledgeGraph, MergeEntitiesMovesEdgesJoinsAliasesAndMergesFacts) {
    KnowledgeGraph g;
    EntityId full = g.addEntity("Mark Rutte", EntityType::Person);
    EntityId shortName = g.addEntity("Rutte");
    g.addAlias(shortName, "the NATO chief");
    EntityId weber = g.addEntity("Manfred Weber");
    EntityId plan = g.addEntity("proposal");

    RelationInput d1 = fact(full, "disagree with", plan);
    d1.mention = MentionInput{"d1", 0, 0, 10, "s1", "", ""};
    g.addRelation(d1);
    RelationInput d2 = fact(shortName, "disagree with", plan);
    d2.mention = MentionInput{"d2", 4, 0, 10, "s2", "", ""};
    g.addRelation(d2);
    g.addRelation(fact(weber, "criticise", shortName));
    RelationInput said = fact(plan, "need", weber);
    said.attributedTo = shortName;
    g.addRelation(said);
    g.addMentions(full, 2);
    g.addMentions(shortName, 3);

    g.mergeEntities(full, shortName);
    EXPECT_FALSE(g.isLive(shortName));
    EXPECT_EQ(g.entityCount(), 3u);
    EXPECT_EQ(g.findEntity("Rutte"), full);
    EXPECT_EQ(g.findEntityIgnoreCase("THE NATO CHIEF"), full);
    EXPECT_EQ(g.entity(full).mentions, 5u);
    auto aliases = names(g, g.entity(full).aliases);
    std::sort(aliases.begin(), aliases.end());
    EXPECT_EQ(aliases, (std::vector<std::string>{"Rutte", "the NATO chief"}));

    // The two "disagree with" facts became one with both mentions.
    EXPECT_EQ(g.relationCount(), 3u);
    auto disagree = g.relationsWithPredicate(*g.findSym("disagree with"));
    ASSERT_EQ(disagree.size(), 1u);
    EXPECT_EQ(g.relation(disagree[0]).support, 2u);
    EXPECT_EQ(g.relation(disagree[0]).mentions.size(), 2u);
    EXPECT_EQ(g.inDegree(full), 1u);
    auto needs = g.relationsWithPredicate(*g.findSym("need"));
    ASSERT_EQ(needs.size(), 1u);
    EXPECT_EQ(g.relation(needs[0]).attributedTo, full);
    EXPECT_EQ(g.outDegree(shortName) + g.inDegree(shortName), 0u);
}

TEST(KnowledgeGraph, AddRelationRejectsDeadEndpoints) {
    KnowledgeGraph g;
    EntityId a = g.addEntity("a");
    EXPECT_THROW(g.addRelation(fact(a, "p", 7)), std::invalid_argument);
    g.removeEntity(a);
    EntityId b = g.addEntity("b");
    EXPECT_THROW(g.addRelation(fact(a, "p", b)), std::invalid_argument);
}

TEST(KnowledgeGraph, GenerationGrowsOnEveryChangeOnly) {
    KnowledgeGraph g;
    auto g0 = g.generation();
    EntityId a = g.addEntity("a");
    auto g1 = g.generation();
    EXPECT_GT(g1, g0);
    g.findEntity("a");
    g.addEntity("a");
    EXPECT_EQ(g.generation(), g1);
    g.addRelation(fact(a, "p", a));
    EXPECT_GT(g.generation(), g1);
}

TEST(KnowledgeGraph, ManyEntitiesAndFactsStayIndexed) {
    KnowledgeGraph g;
    constexpr int kN = 20000;
    for (int i = 0; i < kN; ++i)
        g.addEntity("entity_" + std::to_string(i));
    for (int i = 0; i + 1 < kN; ++i)
        g.addRelation(
            fact(static_cast<EntityId>(i), i % 2 ? "odd" : "even", static_cast<EntityId>(i + 1)));
    for (int i = 0; i + 1 < kN; ++i)
        EXPECT_FALSE(g.addRelation(fact(static_cast<EntityId>(i), i % 2 ? "odd" : "even",
                                        static_cast<EntityId>(i + 1)))
                         .inserted);
    EXPECT_EQ(g.relationCount(), static_cast<std::size_t>(kN - 1));
    EXPECT_EQ(g.findEntity("entity_12345"), 12345u);
    EXPECT_EQ(g.findEntityIgnoreCase("ENTITY_777"), 777u);
    EXPECT_EQ(g.predicateCount(*g.findSym("even")), static_cast<std::size_t>(kN / 2));
}

} // namespace
} // namespace kg::graph
