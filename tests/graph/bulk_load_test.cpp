// Loading a graph adds its relations in bulk (KnowledgeGraph::addNewRelations); these tests hold
// it to building the same graph addRelation builds one fact at a time: the same ids, edge order,
// indexes and curation log.
#include "graph/curation.h"
#include "graph/io/kg_file.h"
#include "tests/graph/rich_graph.h"
#include "tests/support/temp_dir.h"

#include <gtest/gtest.h>
#include <string>
#include <tuple>
#include <vector>

namespace kg::graph {
namespace {

using kg::testing::TempDir;
using Edge = std::tuple<RelationId, std::string, EntityId>;

template <class Range> std::vector<Edge> edges(const KnowledgeGraph& g, Range range) {
    std::vector<Edge> out;
    for (EdgeView e : range)
        out.emplace_back(e.relation, g.str(e.predicate), e.other);
    return out;
}

std::vector<std::pair<std::string, std::size_t>> predicateCounts(const KnowledgeGraph& g) {
    std::vector<std::pair<std::string, std::size_t>> out;
    for (auto [sym, count] : g.predicates())
        out.emplace_back(g.str(sym), count);
    return out;
}

/// The two graphs agree object for object under the same ids, edge lists in the same order,
/// the predicate index and the curation log included.
void expectIdentical(const KnowledgeGraph& a, const KnowledgeGraph& b) {
    testing::expectSameGraph(a, b);
    ASSERT_EQ(a.entityIdBound(), b.entityIdBound());
    ASSERT_EQ(a.relationIdBound(), b.relationIdBound());
    EXPECT_EQ(a.entityIds(), b.entityIds());
    EXPECT_EQ(a.relationIds(), b.relationIds());
    for (EntityId id = 0; id < a.entityIdBound(); ++id) {
        EXPECT_EQ(edges(a, a.outEdges(id)), edges(b, b.outEdges(id))) << "entity " << id;
        EXPECT_EQ(edges(a, a.inEdges(id)), edges(b, b.inEdges(id))) << "entity " << id;
    }
    for (RelationId id = 0; id < a.relationIdBound(); ++id) {
        EXPECT_EQ(a.relation(id).source, b.relation(id).source);
        EXPECT_EQ(a.relation(id).target, b.relation(id).target);
        EXPECT_EQ(a.relation(id).attributedTo, b.relation(id).attributedTo);
        EXPECT_EQ(a.relation(id).stance, b.relation(id).stance);
    }
    EXPECT_EQ(predicateCounts(a), predicateCounts(b));
    for (auto [sym, count] : a.predicates())
        EXPECT_EQ(a.relationsWithPredicate(sym), b.relationsWithPredicate(*b.findSym(a.str(sym))));
    EXPECT_EQ(a.curationLog(), b.curationLog());
}

/// A graph without removed objects (so saving keeps every id) that uses every field a fact and
/// an entity can have, facts merged on the way, and a curation log.
KnowledgeGraph everyField() {
    KnowledgeGraph g;
    EntityId lund = g.addEntity("Clara Lund", EntityType::Person);
    g.addAlias(lund, "Lund");
    g.addAlias(lund, "the minister");
    g.addMentions(lund, 4);
    EntityId port = g.addEntity("Port Authority", EntityType::Organization);
    EntityId harbour = g.addEntity("North Harbour", EntityType::Place);
    EntityId dredge = g.addEntity("dredging plan", EntityType::Other);
    EntityId self = g.addEntity("Self Loop Ltd", EntityType::Organization);

    RelationInput fund;
    fund.source = port;
    fund.target = dredge;
    fund.predicate = "fund";
    fund.surface = "will fund";
    fund.modality = "will";
    fund.attributedTo = lund;
    fund.time = "in 2027";
    fund.quantity = "40 million euros";
    fund.place = "North Harbour";
    fund.stance = Stance::Support;
    fund.confidence = 0.7f;
    fund.mention = MentionInput{
        "doc-a",          2, 40, 95, "The authority will fund it, Lund said.", "2026-03-02",
        "Harbour Gazette"};
    g.addRelation(fund);
    fund.surface = "is to fund";
    fund.mention = MentionInput{"doc-b", 0, 0, 30, "It is to fund the plan.", "", ""};
    g.addRelation(fund); // merged: two surfaces, two mentions

    RelationInput oppose;
    oppose.source = lund;
    oppose.target = dredge;
    oppose.predicate = "oppose";
    oppose.negated = true;
    oppose.stance = Stance::Oppose;
    g.addRelation(oppose);

    RelationInput plain;
    plain.source = harbour;
    plain.target = port;
    plain.predicate = "host";
    g.addRelation(plain);
    g.addRelation(plain); // support 2 without mentions
    plain.source = self;
    plain.target = self;
    plain.predicate = "own";
    g.addRelation(plain);
    plain.source = port;
    plain.target = harbour;
    plain.predicate = "host";
    g.addRelation(plain);

    // The log of a change made elsewhere: a merge leaves a tombstone, which this graph must not.
    KnowledgeGraph scratch;
    scratch.addEntity("Lund");
    scratch.addEntity("Clara Lund");
    GraphSnapshot before = takeSnapshot(scratch);
    scratch.mergeEntities(1, 0);
    logChange(scratch, before, "kg merge-entities Lund 'Clara Lund'", "one person");
    g.curationLog() = scratch.curationLog();
    return g;
}

/// `from`'s entities with their names, types, mentions and aliases, and no relation.
KnowledgeGraph entitiesOf(const KnowledgeGraph& from) {
    KnowledgeGraph g;
    for (EntityId id : from.entityIds()) {
        const Entity& e = from.entity(id);
        EntityId copy = g.addEntity(from.str(e.name), e.type);
        g.addMentions(copy, e.mentions);
        for (Sym alias : e.aliases)
            g.addAlias(copy, from.str(alias));
    }
    return g;
}

/// `from`'s relation records with their strings interned in `into`.
std::vector<Relation> recordsFor(const KnowledgeGraph& from, KnowledgeGraph& into) {
    auto sym = [&](Sym s) { return s == kNoSym ? kNoSym : into.intern(from.str(s)); };
    std::vector<Relation> out;
    for (RelationId id : from.relationIds()) {
        Relation r = from.relation(id);
        r.predicate = sym(r.predicate);
        r.modality = sym(r.modality);
        r.qualifiers = {sym(r.qualifiers.time), sym(r.qualifiers.quantity),
                        sym(r.qualifiers.place)};
        for (Sym& s : r.surfaces)
            s = sym(s);
        for (Mention& m : r.mentions)
            m = Mention{sym(m.doc),  m.sentence,  m.begin,      m.end,
                        sym(m.text), sym(m.date), sym(m.source)};
        out.push_back(std::move(r));
    }
    return out;
}

TEST(BulkLoad, AddNewRelationsBuildsWhatAddRelationBuilds) {
    KnowledgeGraph source = everyField();
    KnowledgeGraph oneByOne = entitiesOf(source);
    KnowledgeGraph bulk = entitiesOf(source);
    for (Relation& r : recordsFor(source, oneByOne))
        ASSERT_TRUE(oneByOne.addRelation(std::move(r)).inserted);
    ASSERT_FALSE(bulk.addNewRelations(recordsFor(source, bulk)));
    oneByOne.curationLog() = bulk.curationLog() = source.curationLog();
    expectIdentical(oneByOne, bulk);
    expectIdentical(source, bulk);

    // The fact index and the speaker index answer alike: a known fact merges into its relation,
    // and removing the speaker re-attributes its facts the same way.
    RelationInput again;
    again.source = *bulk.findEntity("North Harbour");
    again.target = *bulk.findEntity("Port Authority");
    again.predicate = "host";
    EXPECT_EQ(bulk.addRelation(again).id, oneByOne.addRelation(again).id);
    EXPECT_EQ(bulk.relation(2).support, 3u);
    bulk.removeEntity(*bulk.findEntity("Lund"));
    oneByOne.removeEntity(*oneByOne.findEntity("Lund"));
    expectIdentical(oneByOne, bulk);
    EXPECT_EQ(bulk.relation(5).predicate, *bulk.findSym("fund")); // added again, unattributed
    EXPECT_EQ(bulk.relation(5).attributedTo, kNoId);
}

TEST(BulkLoad, AppendsAfterRelationsAlreadyThere) {
    KnowledgeGraph source = everyField();
    KnowledgeGraph oneByOne = entitiesOf(source);
    KnowledgeGraph bulk = entitiesOf(source);
    std::vector<Relation> all = recordsFor(source, bulk);
    for (Relation& r : recordsFor(source, oneByOne))
        oneByOne.addRelation(std::move(r));
    bulk.addRelation(all[0]);
    bulk.addRelation(all[1]);
    ASSERT_FALSE(bulk.addNewRelations({all.begin() + 2, all.end()}));
    expectIdentical(oneByOne, bulk);
}

TEST(BulkLoad, ARepeatedFactAddsNothing) {
    KnowledgeGraph source = everyField();
    KnowledgeGraph bulk = entitiesOf(source);
    std::vector<Relation> records = recordsFor(source, bulk);
    bulk.addRelation(records[1]);
    std::vector<Relation> repeating = records;
    repeating.push_back(records[3]);
    auto repeat = bulk.addNewRelations(repeating); // records[1] is already in the graph
    ASSERT_TRUE(repeat);
    EXPECT_EQ(repeat->index, 1u);
    EXPECT_EQ(repeat->earlier, 0u);
    EXPECT_EQ(bulk.relationCount(), 1u);
    EXPECT_EQ(bulk.relationIdBound(), 1u);

    records.erase(records.begin() + 1);
    records.push_back(records[2]); // repeats a fact of the same batch
    repeat = bulk.addNewRelations(records);
    ASSERT_TRUE(repeat);
    EXPECT_EQ(repeat->index, records.size() - 1);
    EXPECT_EQ(repeat->earlier, 3u); // records[2] would have taken id 1 + 2
    EXPECT_EQ(bulk.relationCount(), 1u);

    records.pop_back();
    ASSERT_FALSE(bulk.addNewRelations(records)); // nothing of the refused batches stayed behind
    EXPECT_EQ(bulk.relationCount(), source.relationCount());
}

TEST(BulkLoad, EndsMustBeLiveEntities) {
    KnowledgeGraph g;
    EntityId a = g.addEntity("a");
    EntityId b = g.addEntity("b");
    g.removeEntity(b);
    Relation r;
    r.source = a;
    r.target = b;
    r.predicate = g.intern("p");
    EXPECT_THROW(g.addNewRelations({r}), std::invalid_argument);
    r.target = a;
    r.attributedTo = 7;
    EXPECT_THROW(g.addNewRelations({r}), std::invalid_argument);
    EXPECT_EQ(g.relationCount(), 0u);
}

TEST(BulkLoad, BothFileFormsLoadTheGraphSaved) {
    TempDir dir;
    KnowledgeGraph g = everyField();
    saveGraph(g, dir / "g.kg");
    saveGraph(g, dir / "g.kgb");
    expectIdentical(g, loadGraph(dir / "g.kg"));
    expectIdentical(g, loadGraph(dir / "g.kgb"));
}

} // namespace
} // namespace kg::graph
