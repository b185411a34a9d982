// The binary graph form: round trips through both forms, the mapped read path against the
// editable graph, and every kind of bad file refused with one line naming it.
#include "graph/graph_view.h"
#include "graph/io/kg_file.h"
#include "graph/io/kgb_format.h"
#include "graph/mapped_graph.h"
#include "graph/stats.h"
#include "tests/graph/rich_graph.h"
#include "tests/support/temp_dir.h"

#include <cstring>
#include <fmt/format.h>
#include <gtest/gtest.h>

namespace kg::graph {
namespace {

using kg::testing::readFile;
using kg::testing::TempDir;
using kg::testing::writeFile;
using testing::expectSameGraph;
using testing::richGraph;

TEST(KgbFile, RoundTripKeepsEveryPropertyAndConvertsBackToTheSameJson) {
    TempDir dir;
    KnowledgeGraph original = richGraph();
    saveGraph(original, dir / "g.kgb");
    EXPECT_TRUE(MappedGraph::looksBinary(dir / "g.kgb"));
    KnowledgeGraph loaded = loadGraph(dir / "g.kgb");
    expectSameGraph(original, loaded);
    saveGraph(original, dir / "direct.kg");
    saveGraph(loaded, dir / "via-binary.kg");
    EXPECT_EQ(readFile(dir / "direct.kg"), readFile(dir / "via-binary.kg"));
    saveGraph(loaded, dir / "again.kgb");
    EXPECT_EQ(readFile(dir / "g.kgb"), readFile(dir / "again.kgb"));
}

TEST(KgbFile, EmptyGraphRoundTrips) {
    TempDir dir;
    saveGraph(KnowledgeGraph(), dir / "e.kgb");
    KnowledgeGraph g = loadGraph(dir / "e.kgb");
    EXPECT_EQ(g.entityCount(), 0u);
    EXPECT_EQ(g.relationCount(), 0u);
    const MappedGraph m(dir / "e.kgb");
    EXPECT_EQ(computeStats(m).components, 0u);
}

/// Everything the read path offers, compared between the editable graph and the mapped file.
TEST(KgbFile, TheMappedViewAnswersAsTheEditableGraph) {
    TempDir dir;
    KnowledgeGraph loaded = [&] {
        saveGraph(richGraph(), dir / "g.kg");
        return loadGraph(dir / "g.kg"); // compact ids, as the binary file has them
    }();
    saveGraph(loaded, dir / "g.kgb");
    const MappedGraph mapped(dir / "g.kgb");
    const GraphView a(loaded), b(mapped);
    ASSERT_EQ(a.entityIdBound(), b.entityIdBound());
    ASSERT_EQ(a.relationIdBound(), b.relationIdBound());
    for (std::string_view name : {"Mark Rutte", "NATO chief", "nato chief", "NATO", "absent"}) {
        EXPECT_EQ(a.findEntity(name), b.findEntity(name)) << name;
        EXPECT_EQ(a.findEntityIgnoreCase(name), b.findEntityIgnoreCase(name)) << name;
    }
    EXPECT_EQ(b.findEntityIgnoreCase("nato chief"), b.findEntity("Mark Rutte"));
    for (EntityId id = 0; id < a.entityIdBound(); ++id) {
        EXPECT_EQ(a.name(id), b.name(id));
        EXPECT_EQ(a.entityType(id), b.entityType(id));
        EXPECT_EQ(a.entity(id).mentions, b.entity(id).mentions);
        EXPECT_EQ(a.entity(id).aliases.size(), b.entity(id).aliases.size());
        auto edges = [](GraphView g, EntityId e) {
            std::vector<std::tuple<RelationId, std::string, EntityId>> out;
            g.forEachOutEdge(
                e, [&](EdgeView v) { out.emplace_back(v.relation, g.str(v.predicate), v.other); });
            g.forEachInEdge(
                e, [&](EdgeView v) { out.emplace_back(v.relation, g.str(v.predicate), v.other); });
            return out;
        };
        EXPECT_EQ(edges(a, id), edges(b, id));
    }
    for (RelationId id = 0; id < a.relationIdBound(); ++id) {
        RelationView x = a.relation(id), y = b.relation(id);
        EXPECT_EQ(x.source, y.source);
        EXPECT_EQ(x.target, y.target);
        EXPECT_EQ(a.str(x.predicate), b.str(y.predicate));
        EXPECT_EQ(x.attributedTo, y.attributedTo);
        EXPECT_EQ(a.str(x.qualifiers.quantity), b.str(y.qualifiers.quantity));
        EXPECT_EQ(x.confidence, y.confidence);
        EXPECT_EQ(x.negated, y.negated);
        EXPECT_EQ(x.surfaces.size(), y.surfaces.size());
        ASSERT_EQ(x.mentions.size(), y.mentions.size());
        for (std::size_t m = 0; m < x.mentions.size(); ++m)
            EXPECT_EQ(a.str(x.mentions[m].text), b.str(y.mentions[m].text));
    }
    auto names = [](GraphView g) {
        std::vector<std::pair<std::string, std::size_t>> out;
        for (auto [p, n] : g.predicates())
            out.emplace_back(g.str(p), n);
        return out;
    };
    EXPECT_EQ(names(a), names(b));
    const Sym lead = *b.findSym("lead");
    EXPECT_EQ(b.predicateCount(lead), 1u);

    GraphStats x = computeStats(a, 3), y = computeStats(b, 3);
    EXPECT_EQ(x.entities, y.entities);
    EXPECT_EQ(x.relations, y.relations);
    EXPECT_EQ(x.mentions, y.mentions);
    EXPECT_EQ(x.components, y.components);
    EXPECT_EQ(x.largestComponent, y.largestComponent);
    EXPECT_EQ(x.withAliases, y.withAliases);
    EXPECT_EQ(x.entitiesByType, y.entitiesByType);
    EXPECT_EQ(x.topEntities, y.topEntities);
    EXPECT_EQ(x.predicates, y.predicates);
}

class BadBinary : public ::testing::Test {
protected:
    void SetUp() override {
        saveGraph(richGraph(), dir_ / "good.kgb");
        good_ = readFile(dir_ / "good.kgb");
    }
    std::string path() const { return (dir_ / "bad.kgb").string(); }
    /// The one line loading `bytes` fails with, through the full load and the mapped open.
    std::string loadError(const std::string& bytes, bool mapped = false) {
        writeFile(dir_ / "bad.kgb", bytes);
        try {
            if (mapped)
                MappedGraph m(dir_ / "bad.kgb");
            else
                loadGraph(dir_ / "bad.kgb");
        } catch (const GraphFileError& e) {
            return e.what();
        }
        return "loaded";
    }
    kgb::Header header() const {
        kgb::Header h;
        std::memcpy(&h, good_.data(), sizeof h);
        return h;
    }

    TempDir dir_;
    std::string good_;
};

TEST_F(BadBinary, TheBaseOfTheseCasesIsValid) {
    EXPECT_EQ(loadError(good_), "loaded");
    EXPECT_EQ(loadError(good_, true), "loaded");
}

TEST_F(BadBinary, TruncatedAnywhere) {
    for (std::size_t size = 8; size < good_.size(); size += 97) {
        std::string error = loadError(good_.substr(0, size), true);
        EXPECT_TRUE(error.starts_with(path() + ": ")) << size << ": " << error;
        EXPECT_NE(error.find("truncated"), std::string::npos) << size << ": " << error;
    }
}

TEST_F(BadBinary, OtherVersion) {
    std::string bytes = good_;
    const std::uint32_t version = kgb::kVersion + 1;
    std::memcpy(bytes.data() + offsetof(kgb::Header, version), &version, sizeof version);
    EXPECT_EQ(loadError(bytes, true),
              path() + ": binary graph version 3 cannot be read by this kg (it reads versions 1 "
                       "to 2); convert it with the kg that wrote it");
}

TEST_F(BadBinary, AFlippedBitInTheHeaderIsRefusedOnOpen) {
    std::string bytes = good_;
    bytes[offsetof(kgb::Header, relations)] ^= 1;
    EXPECT_EQ(loadError(bytes, true),
              path() + ": corrupt binary graph: the header does not match its checksum");
}

TEST_F(BadBinary, AFlippedBitInAnySectionIsRefusedByTheFullLoad) {
    for (kgb::Section section :
         {kgb::Section::StringBytes, kgb::Section::RelConfidence, kgb::Section::TopEntities}) {
        kgb::SectionEntry entry;
        std::memcpy(&entry,
                    good_.data() + sizeof(kgb::Header) +
                        static_cast<std::size_t>(section) * sizeof entry,
                    sizeof entry);
        ASSERT_GT(entry.count, 0u);
        std::string bytes = good_;
        bytes[entry.offset] ^= 0x10;
        EXPECT_EQ(loadError(bytes), fmt::format("{}: corrupt binary graph: section {} does not "
                                                "match its checksum",
                                                path(), static_cast<int>(section)));
    }
}

TEST_F(BadBinary, JsonAndOtherFilesAreNotTakenForBinary) {
    writeFile(dir_ / "other.kgb", "KGBIN");
    EXPECT_FALSE(MappedGraph::looksBinary(dir_ / "other.kgb"));
    EXPECT_EQ(loadError("KGBINARY", true),
              path() + ": the file is too short for a binary graph (truncated?)");
}

} // namespace
} // namespace kg::graph
