// End-to-end: the `kg` binary (found through KG_BIN) on a saved fixture graph.
#include "graph/io/json_config.h"
#include "graph/io/kg_file.h"
#include "tests/export/fixture.h"
#include "tests/support/run_kg.h"

#include <cstdlib>
#include <gtest/gtest.h>
#include <unistd.h>

namespace kg::exporter {
namespace {

using testing::readFile;
using testing::runCommand;
using testing::shellQuote;
using testing::TempDir;
using testing::writeFile;

class CliExport : public ::testing::Test {
protected:
    void SetUp() override {
        kg_ = kg::testing::kgBinary();
        graph_ = dir_ / "fixture.kg";
        graph::saveGraph(testing::makeFixtureGraph(), graph_);
    }

    testing::CommandResult kg(const std::string& args) {
        return runCommand("cd " + shellQuote(dir_.path().string()) + " && " + shellQuote(kg_) +
                          " " + args);
    }
    std::string graphArg() const { return shellQuote(graph_.string()); }

    TempDir dir_;
    std::string kg_;
    std::filesystem::path graph_;
};

TEST_F(CliExport, JsonOfTheWholeGraph) {
    auto r = kg("export " + graphArg() + " --format json -o all.json");
    ASSERT_EQ(r.exitCode, 0) << r.output;
    EXPECT_EQ(r.output, "");
    std::string text = readFile(dir_ / "all.json");
    rapidjson::Document doc;
    doc.Parse(text.data(), text.size());
    ASSERT_FALSE(doc.HasParseError());
    EXPECT_EQ(doc["nodes"].Size(), 8u);
    EXPECT_EQ(doc["links"].Size(), 8u);
}

TEST_F(CliExport, DotMatchesTheGoldenFileAfterASaveAndLoad) {
    auto r = kg("export " + graphArg() + " -o g.dot");
    ASSERT_EQ(r.exitCode, 0) << r.output;
    EXPECT_EQ(readFile(dir_ / "g.dot"),
              readFile(std::filesystem::path(KG_SOURCE_DIR) / "tests/export/golden/fixture.dot"));
}

TEST_F(CliExport, RenderAroundAnEntityIsDeterministicAndMatchesDot) {
    auto r = kg("render " + graphArg() + " --around 'mark rutte' -o a.svg");
    ASSERT_EQ(r.exitCode, 0) << r.output;
    ASSERT_EQ(kg("render " + graphArg() + " --around 'Mark Rutte' -o b.svg").exitCode, 0);
    std::string svg = readFile(dir_ / "a.svg");
    EXPECT_EQ(svg, readFile(dir_ / "b.svg"));
    EXPECT_NE(svg.find("Mark Rutte: neighbourhood, depth 1"), std::string::npos);
    EXPECT_EQ(runCommand("xmllint --noout " + shellQuote((dir_ / "a.svg").string())).exitCode, 0);
    // The in-process rendering is what the dot command makes of the exported DOT.
    ASSERT_EQ(kg("render " + graphArg() + " --around 'Mark Rutte' -o a.dot").exitCode, 0);
    auto dot = runCommand("dot -Tsvg " + shellQuote((dir_ / "a.dot").string()));
    EXPECT_EQ(dot.output, svg);
}

TEST_F(CliExport, PngAndPdfRenders) {
    ASSERT_EQ(kg("render " + graphArg() + " -o g.png").exitCode, 0);
    ASSERT_EQ(kg("render " + graphArg() + " --format pdf -o g.out").exitCode, 0);
    EXPECT_EQ(readFile(dir_ / "g.png").substr(0, 4), "\x89PNG");
    EXPECT_EQ(readFile(dir_ / "g.out").substr(0, 5), "%PDF-");
}

TEST_F(CliExport, CsvIntoAFolderOrWithAPrefix) {
    ASSERT_EQ(kg("export " + graphArg() + " --format csv -o neo/").exitCode, 0);
    EXPECT_TRUE(std::filesystem::exists(dir_ / "neo/nodes.csv"));
    EXPECT_TRUE(std::filesystem::exists(dir_ / "neo/relationships.csv"));
    ASSERT_EQ(kg("export " + graphArg() + " -o out/g.csv").exitCode, 1); // no folder "out"
    ASSERT_EQ(kg("export " + graphArg() + " -o g.csv").exitCode, 0);
    EXPECT_TRUE(std::filesystem::exists(dir_ / "g.csv.nodes.csv"));
    EXPECT_TRUE(std::filesystem::exists(dir_ / "g.csv.relationships.csv"));
}

TEST_F(CliExport, UnknownEntityIsNamedWithASuggestionAndNothingIsWritten) {
    auto r = kg("render " + graphArg() + " --around 'Mark Rute' -o x.svg");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.output, "kg: no entity named 'Mark Rute'; did you mean 'Mark Rutte'?\n");
    EXPECT_FALSE(std::filesystem::exists(dir_ / "x.svg"));
}

TEST_F(CliExport, UsageErrorsExitWithTwo) {
    auto r = kg("export " + graphArg() + " --format xml -o x.xml");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.output, "kg: unknown format 'xml' (expected dot, svg, png, pdf, json, graphml, "
                        "ntriples or csv)\n");
    EXPECT_EQ(kg("export " + graphArg() + " -o x.unknown").exitCode, 2);
    EXPECT_EQ(kg("export " + graphArg() + " --format json").exitCode, 2);
    EXPECT_EQ(kg("render " + graphArg() + " --layout spiral -o x.svg").exitCode, 2);
    EXPECT_EQ(kg("render " + graphArg() + " -o x.json").exitCode, 2);
    EXPECT_EQ(kg("render " + graphArg() + " --depth 2 -o x.svg").exitCode, 2);
    EXPECT_EQ(kg("export " + graphArg() + " --around NATO --query 'MATCH (a) RETURN a' -o x.json")
                  .exitCode,
              2);
}

TEST_F(CliExport, StandardOutputIsNoExportFile) {
    auto r = kg("export " + graphArg() + " --format json -o -");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.output, "kg: -o -: exports are written to files; give a file name (kg query "
                        "prints to standard output)\n");
    EXPECT_FALSE(std::filesystem::exists(dir_ / "-"));
}

TEST_F(CliExport, BadInputsFailWithOneLine) {
    auto missing = kg("export missing.kg -o x.json");
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_NE(missing.output.find("missing.kg"), std::string::npos) << missing.output;
    EXPECT_EQ(std::count(missing.output.begin(), missing.output.end(), '\n'), 1);
    writeFile(dir_ / "garbage.kg", std::string("\x00\xff\xfe garbage", 11));
    auto garbage = kg("export garbage.kg -o x.json");
    EXPECT_EQ(garbage.exitCode, 1);
    EXPECT_FALSE(std::filesystem::exists(dir_ / "x.json"));
    auto folder = kg("export " + graphArg() + " -o no/such/folder/x.json");
    EXPECT_EQ(folder.exitCode, 1);
    EXPECT_NE(folder.output.find("no/such/folder/x.json"), std::string::npos) << folder.output;
    EXPECT_EQ(std::count(folder.output.begin(), folder.output.end(), '\n'), 1);
    auto base = kg("export " + graphArg() + " --format ntriples --base 'not an iri' -o x.nt");
    EXPECT_EQ(base.exitCode, 1);
    EXPECT_FALSE(std::filesystem::exists(dir_ / "x.nt"));
}

TEST_F(CliExport, ReadOnlyFileSystemFailsWithOneLine) {
    // /proc takes no new files, even from root.
    auto r = kg("export " + graphArg() + " -o /proc/kg-export-test.json");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.output.find("/proc/kg-export-test.json"), std::string::npos) << r.output;
    EXPECT_EQ(std::count(r.output.begin(), r.output.end(), '\n'), 1);
}

TEST_F(CliExport, WritingOverAFolderFails) {
    std::filesystem::create_directory(dir_ / "taken.json");
    auto r = kg("export " + graphArg() + " -o taken.json");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.output.find("taken.json"), std::string::npos) << r.output;
}

TEST_F(CliExport, BatchRunsEveryJobAndReportsTheFailingOne) {
    writeFile(dir_ / "jobs.json", R"({"jobs": [
        {"format": "svg", "output": "rutte.svg", "around": "Mark Rutte", "depth": 2},
        {"output": "nobody.svg", "around": "Nobody At All"},
        {"format": "xml", "output": "bad.xml"},
        {"output": "all.graphml"},
        {"format": "csv", "output": "neo/", "around": "Germany"}
    ]})");
    auto r = kg("export " + graphArg() + " --batch jobs.json");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.output,
              "job 1 (rutte.svg): 7 entities, 7 relations\n"
              "kg: job 2 (nobody.svg): no entity named 'Nobody At All'\n"
              "kg: job 3: unknown format 'xml' (expected dot, svg, png, pdf, json, graphml, "
              "ntriples or csv)\n"
              "job 4 (all.graphml): 8 entities, 8 relations\n"
              "job 5 (neo/): 3 entities, 3 relations\n"
              "kg: 2 of 5 jobs failed\n");
    EXPECT_TRUE(std::filesystem::exists(dir_ / "rutte.svg"));
    EXPECT_TRUE(std::filesystem::exists(dir_ / "all.graphml"));
    EXPECT_TRUE(std::filesystem::exists(dir_ / "neo/relationships.csv"));
    EXPECT_FALSE(std::filesystem::exists(dir_ / "nobody.svg"));
}

TEST_F(CliExport, BatchOfGoodJobsSucceeds) {
    writeFile(dir_ / "jobs.json", R"([{"output": "a.json"}, {"output": "a.nt"}])");
    auto r = kg("export " + graphArg() + " --batch jobs.json");
    EXPECT_EQ(r.exitCode, 0) << r.output;
    EXPECT_EQ(
        runCommand("rapper -q -i ntriples -c " + shellQuote((dir_ / "a.nt").string())).exitCode, 0);
}

TEST_F(CliExport, MalformedBatchFileNamesTheLineAndColumn) {
    writeFile(dir_ / "jobs.json", "[\n  {\"output\": \"a.json\"\n  {}\n]");
    auto r = kg("export " + graphArg() + " --batch jobs.json");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.output, "kg: jobs.json:3:3: Missing a comma or '}' after an object member.\n");
    writeFile(dir_ / "jobs.json", "{\"work\": []}");
    EXPECT_EQ(kg("export " + graphArg() + " --batch jobs.json").output,
              "kg: jobs.json: expected an object with only a \"jobs\" array\n");
    EXPECT_EQ(kg("export " + graphArg() + " --batch jobs.json -o x.svg").exitCode, 2);
    EXPECT_EQ(kg("export " + graphArg() + " --batch nothing.json").exitCode, 1);
}

TEST_F(CliExport, QuerySelectsWhatItReturns) {
    auto r = kg("export " + graphArg() +
                " --query 'MATCH (a {name: \"Germany\"})-[r]-(b) RETURN r' -o q.json");
    ASSERT_EQ(r.exitCode, 0) << r.output;
    std::string text = readFile(dir_ / "q.json");
    rapidjson::Document doc;
    doc.Parse(text.data(), text.size());
    ASSERT_FALSE(doc.HasParseError());
    EXPECT_EQ(doc["nodes"].Size(), 3u); // the ends of the three relations
    EXPECT_EQ(doc["links"].Size(), 3u);
    auto bad = kg("export " + graphArg() + " --query 'MATCH (a RETURN a' -o q2.json");
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_EQ(bad.output, "kg: in --query: 1:10: expected ')' after node pattern, found 'RETURN'\n"
                          "MATCH (a RETURN a\n"
                          "         ^\n");
    EXPECT_FALSE(std::filesystem::exists(dir_ / "q2.json"));
}

} // namespace
} // namespace kg::exporter
