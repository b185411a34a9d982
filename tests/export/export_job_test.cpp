#include "export/export_error.h"
#include "export/export_job.h"
#include "tests/export/fixture.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

namespace kg::exporter {
namespace {

using testing::TempDir;

TEST(ExportJob, FormatsByNameAndExtension) {
    EXPECT_EQ(parseFormat("SVG"), Format::Svg);
    EXPECT_EQ(parseFormat("nt"), Format::NTriples);
    EXPECT_EQ(parseFormat("xml"), std::nullopt);
    EXPECT_EQ(formatForPath("a/b.graphml"), Format::Graphml);
    EXPECT_EQ(formatForPath("a/b.gv"), Format::Dot);
    EXPECT_EQ(formatForPath("a/b"), std::nullopt);
    EXPECT_EQ(formatForPath("a/b."), std::nullopt);
    EXPECT_TRUE(isDiagramFormat(Format::Pdf));
    EXPECT_FALSE(isDiagramFormat(Format::Csv));
}

TEST(ExportJob, CsvPathsForFolderOrPrefix) {
    TempDir dir;
    auto [n1, r1] = csvPaths(dir.path());
    EXPECT_EQ(n1, dir / "nodes.csv");
    EXPECT_EQ(r1, dir / "relationships.csv");
    auto [n2, r2] = csvPaths("out/");
    EXPECT_EQ(n2, std::filesystem::path("out/nodes.csv"));
    auto [n3, r3] = csvPaths("out/graph");
    EXPECT_EQ(n3, std::filesystem::path("out/graph.nodes.csv"));
    EXPECT_EQ(r3, std::filesystem::path("out/graph.relationships.csv"));
}

TEST(ExportJob, WritesTheFileAndSummarises) {
    TempDir dir;
    auto g = testing::makeFixtureGraph();
    ExportJob job;
    job.format = Format::Svg;
    job.output = dir / "g.svg";
    job.selection.around = "Germany";
    ExportSummary summary = runExport(g, job);
    EXPECT_EQ(summary.files, std::vector<std::filesystem::path>{dir / "g.svg"});
    EXPECT_EQ(summary.entities, 3u);
    EXPECT_EQ(summary.relations, 3u);
    EXPECT_TRUE(std::filesystem::exists(dir / "g.svg"));
    // Only the file itself: no temporary file is left beside it.
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir.path()), {}), 1);
}

TEST(ExportJob, TooBigToLayOutFailsBeforeWriting) {
    TempDir dir;
    graph::KnowledgeGraph g;
    auto hub = g.addEntity("Hub");
    for (std::size_t i = 0; i < kMaxLayoutEntities; ++i) {
        graph::RelationInput r;
        r.source = g.addEntity(fmt::format("Leaf {}", i));
        r.target = hub;
        r.predicate = "join";
        g.addRelation(r);
    }
    ExportJob job;
    job.format = Format::Svg;
    job.output = dir / "big.svg";
    job.diagram.maxNodes = 0;
    try {
        runExport(g, job);
        ADD_FAILURE() << "expected ExportError";
    } catch (const ExportError& e) {
        EXPECT_EQ(std::string(e.what()),
                  "laying out 2001 entities would take Graphviz very long (at most 2000); lower "
                  "--max-nodes, or export dot");
    }
    EXPECT_TRUE(std::filesystem::is_empty(dir.path()));
    job.format = Format::Dot; // no layout: fine
    job.output = dir / "big.dot";
    EXPECT_EQ(runExport(g, job).entities, 2001u);
}

TEST(ExportJob, AroundAndQueryTogetherIsAnError) {
    auto g = testing::makeFixtureGraph();
    EXPECT_THROW(buildSelection(g, {"NATO", 1, "MATCH (a) RETURN a"}), ExportError);
}

TEST(ExportJob, QuerySelectionCollectsNodesRelationshipsAndPaths) {
    auto g = testing::makeFixtureGraph();
    Selection nodes = buildSelection(g, {"", 1, "MATCH (a:Person) RETURN a"});
    EXPECT_EQ(nodes.entities, (std::vector<graph::EntityId>{0, 4}));
    EXPECT_TRUE(nodes.relations.empty());
    Selection paths = buildSelection(
        g, {"", 1, "MATCH p = (a {name: 'Lena Vogel'})-[*1..2]->(b) RETURN collect(p)"});
    EXPECT_EQ(paths.entities, (std::vector<graph::EntityId>{1, 2, 4}));
    EXPECT_EQ(paths.relations, (std::vector<graph::RelationId>{0, 2}));
}

} // namespace
} // namespace kg::exporter
