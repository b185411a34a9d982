#include "tests/graph/rich_graph.h"

#include <gtest/gtest.h>
#include <string>
#include <vector>

namespace kg::graph::testing {

namespace {

std::vector<std::string> strings(const KnowledgeGraph& g, const std::vector<Sym>& syms) {
    std::vector<std::string> out;
    for (Sym s : syms)
        out.emplace_back(g.str(s));
    return out;
}

} // namespace

void expectSameGraph(const KnowledgeGraph& a, const KnowledgeGraph& b) {
    auto ea = a.entityIds(), eb = b.entityIds();
    ASSERT_EQ(ea.size(), eb.size());
    for (std::size_t i = 0; i < ea.size(); ++i) {
        const Entity& x = a.entity(ea[i]);
        const Entity& y = b.entity(eb[i]);
        EXPECT_EQ(a.str(x.name), b.str(y.name));
        EXPECT_EQ(x.type, y.type);
        EXPECT_EQ(x.mentions, y.mentions);
        EXPECT_EQ(strings(a, x.aliases), strings(b, y.aliases));
    }
    auto ra = a.relationIds(), rb = b.relationIds();
    ASSERT_EQ(ra.size(), rb.size());
    auto nameOf = [](const KnowledgeGraph& g, EntityId id) {
        return id == kNoId ? std::string("<none>") : std::string(g.name(id));
    };
    for (std::size_t i = 0; i < ra.size(); ++i) {
        const Relation& x = a.relation(ra[i]);
        const Relation& y = b.relation(rb[i]);
        EXPECT_EQ(nameOf(a, x.source), nameOf(b, y.source));
        EXPECT_EQ(nameOf(a, x.target), nameOf(b, y.target));
        EXPECT_EQ(a.str(x.predicate), b.str(y.predicate));
        EXPECT_EQ(a.str(x.modality), b.str(y.modality));
        EXPECT_EQ(nameOf(a, x.attributedTo), nameOf(b, y.attributedTo));
        EXPECT_EQ(a.str(x.qualifiers.time), b.str(y.qualifiers.time));
        EXPECT_EQ(a.str(x.qualifiers.quantity), b.str(y.qualifiers.quantity));
        EXPECT_EQ(a.str(x.qualifiers.place), b.str(y.qualifiers.place));
        EXPECT_EQ(x.confidence, y.confidence); // exact: floats survive the round trip bit for bit
        EXPECT_EQ(x.support, y.support);
        EXPECT_EQ(x.negated, y.negated);
        EXPECT_EQ(strings(a, x.surfaces), strings(b, y.surfaces));
        ASSERT_EQ(x.mentions.size(), y.mentions.size());
        for (std::size_t m = 0; m < x.mentions.size(); ++m) {
            const Mention& p = x.mentions[m];
            const Mention& q = y.mentions[m];
            EXPECT_EQ(a.str(p.doc), b.str(q.doc));
            EXPECT_EQ(p.sentence, q.sentence);
            EXPECT_EQ(p.begin, q.begin);
            EXPECT_EQ(p.end, q.end);
            EXPECT_EQ(a.str(p.text), b.str(q.text));
            EXPECT_EQ(a.str(p.date), b.str(q.date));
            EXPECT_EQ(a.str(p.source), b.str(q.source));
        }
    }
}

KnowledgeGraph richGraph() {
    KnowledgeGraph g;
    EntityId rutte = g.addEntity("Mark Rutte", EntityType::Person);
    g.addAlias(rutte, "Rutte");
    g.addAlias(rutte, "NATO chief");
    g.addMentions(rutte, 7);
    EntityId nato = g.addEntity("NATO", EntityType::Organization);
    EntityId gone = g.addEntity("Removed Entity", EntityType::Place);
    EntityId weber = g.addEntity("Manfred Weber", EntityType::Person);
    EntityId quote = g.addEntity("Ünïcödé \"quoted\"\tand\nnewline \\ 日本", EntityType::Date);
    g.addEntity("Isolated", EntityType::Quantity);

    RelationInput lead;
    lead.source = rutte;
    lead.target = nato;
    lead.predicate = "lead";
    lead.surface = "leads";
    lead.confidence = 0.8f;
    lead.mention =
        MentionInput{"doc-1", 3, 120, 180, "Rutte leads NATO.", "2025-06-01", "Example News"};
    g.addRelation(lead);
    lead.surface = "has led";
    lead.confidence = 0.3f;
    lead.mention = MentionInput{"doc-2", 0, 0, 25, "Rutte has led NATO since 2024.", "", ""};
    g.addRelation(lead); // merges: support 2, two surfaces, two mentions, noisy-or confidence

    RelationInput reported;
    reported.source = nato;
    reported.target = weber;
    reported.predicate = "disagree with";
    reported.negated = true;
    reported.modality = "could";
    reported.attributedTo = rutte;
    reported.time = "by 2029";
    reported.quantity = "5% of GDP";
    reported.place = "Brussels";
    reported.confidence = 0.123456789f;
    g.addRelation(reported);

    RelationInput plain;
    plain.source = weber;
    plain.target = quote;
    plain.predicate = "mention";
    g.addRelation(plain);
    g.addRelation(plain); // support 2 without mentions

    RelationInput doomed;
    doomed.source = gone;
    doomed.target = nato;
    doomed.predicate = "host";
    g.addRelation(doomed);
    g.removeEntity(gone);
    return g;
}

} // namespace kg::graph::testing
