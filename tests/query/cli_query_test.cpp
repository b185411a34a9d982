// End-to-end runs of `kg query` (the binary is found through KG_BIN) on the fixture graph.
#include "graph/io/kg_file.h"
#include "tests/query/fixture.h"
#include "tests/support/run_kg.h"
#include "tests/support/temp_dir.h"

#include <gtest/gtest.h>
#include <string>

namespace kg::query {
namespace {

using kg::testing::readFile;
using kg::testing::TempDir;
using kg::testing::writeFile;

using Outcome = kg::testing::KgResult;

class KgQuery : public ::testing::Test {
protected:
    void SetUp() override { graph::saveGraph(testing::makeFixtureGraph(), dir_ / "news.kg"); }

    /// Runs `kg query news.kg ARGS` in the temp folder; ARGS is shell text.
    Outcome query(const std::string& args, const std::string& stdinText = "") {
        return kg::testing::runKg(dir_.path(), "query news.kg " + args, stdinText);
    }

    TempDir dir_;
};

TEST_F(KgQuery, InlineQueryPrintsATable) {
    Outcome r = query("'MATCH (a:Group) RETURN a.name'");
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out, " a.name\n------------\n the Greens\n(1 row)\n");
}

TEST_F(KgQuery, ParamsAndFormats) {
    Outcome r =
        query("'MATCH (a {name: $who})-[r]->(b) RETURN type(r) AS p, b.name AS b ORDER BY p' "
              "--param who='Manfred Weber' --format csv");
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out, "p,b\nmember of,European Union\npropose,European army\n");
    Outcome j = query("'RETURN $n + 1 AS x, $s AS s' --param n=41 --param s=abc --format jsonl");
    EXPECT_EQ(j.out, "{\"x\":42,\"s\":\"abc\"}\n");
    // --param takes one value per occurrence, so the query may follow it.
    Outcome before = query("--param n=7 'RETURN $n AS n' --format tsv");
    EXPECT_EQ(before.exitCode, 0) << before.err;
    EXPECT_EQ(before.out, "n\n7\n");
}

TEST_F(KgQuery, ScriptFileWithSeveralStatements) {
    writeFile(dir_ / "q.cypher", "// two statements\nRETURN 1 AS a;\nRETURN 2 AS b;\n");
    Outcome r = query("-f q.cypher --format json");
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out, "[\n[\n{\"a\":1}\n]\n,\n[\n{\"b\":2}\n]\n]\n");
}

TEST_F(KgQuery, QueryFromStdin) {
    Outcome r = query("--format tsv", "MATCH (a:Group) RETURN a.name");
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out, "a.name\nthe Greens\n");
}

TEST_F(KgQuery, SyntaxErrorInAScriptNamesFileLineAndColumn) {
    writeFile(dir_ / "bad.cypher", "RETURN 1;\nMATCH (a:Person RETURN a;\n");
    Outcome r = query("-f bad.cypher --format tsv");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.out, "1\n1\n"); // no separator for the statement that failed
    EXPECT_EQ(r.err, "kg: bad.cypher:2:17: expected ')' after node pattern, found 'RETURN'\n"
                     "MATCH (a:Person RETURN a;\n"
                     "                ^\n");
}

TEST_F(KgQuery, EveryFormatStaysWellFormedWhenALaterStatementFails) {
    writeFile(dir_ / "q.cypher", "RETURN 1 AS a;\nRETURN 2 AS b;\nRETURN nosuch(3) AS c;\n");
    Outcome json = query("-f q.cypher --format json");
    EXPECT_EQ(json.exitCode, 1);
    EXPECT_EQ(json.out, "[\n[\n{\"a\":1}\n]\n,\n[\n{\"b\":2}\n]\n]\n");
    EXPECT_EQ(json.err, "kg: q.cypher:3:8: unknown function 'nosuch'\n"
                        "RETURN nosuch(3) AS c;\n"
                        "       ^\n");
    Outcome md = query("-f q.cypher --format markdown");
    EXPECT_EQ(md.exitCode, 1);
    EXPECT_EQ(md.out, "| a |\n| ---: |\n| 1 |\n\n| b |\n| ---: |\n| 2 |\n");
    Outcome first = query("'RETURN nosuch(1)' --format json");
    EXPECT_EQ(first.exitCode, 1);
    EXPECT_EQ(first.out, ""); // nothing rather than half a document
}

TEST_F(KgQuery, MarkdownAndLineFormats) {
    Outcome md = query("'MATCH (a:Group) RETURN a.name AS name, 3 AS n, null AS z' --format "
                       "markdown");
    EXPECT_EQ(md.exitCode, 0) << md.err;
    EXPECT_EQ(md.out, "| name | n | z |\n| --- | ---: | --- |\n| the Greens | 3 | null |\n");
    Outcome line = query("'MATCH (a:Group) RETURN a.name AS name, 3 AS number' --format line");
    EXPECT_EQ(line.out, "  name = the Greens\nnumber = 3\n(1 row)\n");
}

TEST_F(KgQuery, AParamValueWithSpacesNeedsQuotesAndSaysSo) {
    Outcome quoted = query("'RETURN $who AS who' --param 'who=Manfred Weber' --format tsv");
    EXPECT_EQ(quoted.exitCode, 0) << quoted.err;
    EXPECT_EQ(quoted.out, "who\nManfred Weber\n");
    Outcome bare = query("'RETURN $who AS who' --param who=Manfred Weber");
    EXPECT_EQ(bare.exitCode, 2);
    EXPECT_EQ(bare.err, "kg: The following argument was not expected: Weber (a value with spaces "
                        "needs quotes: --param 'who=Manfred Weber') (see 'kg --help')\n");
}

TEST_F(KgQuery, AMistypedOptionSuggestsTheClosest) {
    Outcome r = query("'RETURN 1' --fromat json");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.err,
              "kg: unknown option '--fromat' (did you mean '--format'?) (see 'kg --help')\n");
}

TEST_F(KgQuery, UsageErrorsExitWithTwo) {
    EXPECT_EQ(query("'RETURN 1' --format xml").exitCode, 2);
    EXPECT_EQ(query("'RETURN 1' --param novalue").exitCode, 2);
    EXPECT_EQ(query("'RETURN 1' -f q.cypher").exitCode, 2);
    EXPECT_EQ(query("''").exitCode, 2);
}

TEST_F(KgQuery, MissingGraphOrScriptIsAFailure) {
    Outcome r = query("-f nowhere.cypher");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err, "kg: cannot read nowhere.cypher: No such file or directory\n");
    writeFile(dir_ / "broken.kg", "not a graph");
    EXPECT_EQ(kg::testing::runKg(dir_.path(), "query broken.kg 'RETURN 1'").exitCode, 1);
}

TEST_F(KgQuery, BinaryGarbageIsAQueryError) {
    writeFile(dir_ / "junk.cypher", std::string("\x00\xff\xfe MATCH", 9));
    Outcome r = query("-f junk.cypher");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err.rfind("kg: junk.cypher:1:1: unexpected character", 0), 0u) << r.err;
}

TEST_F(KgQuery, ExplainPrintsThePlan) {
    Outcome r = query("'EXPLAIN MATCH (a {name: \"NATO\"}) RETURN a'");
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out, "Project a\n  Filter name\n    NodeByName (a) (name index)\n      Start\n");
}

} // namespace
} // namespace kg::query

namespace kg::query {
namespace {

TEST_F(KgQuery, WritingNeedsWrite) {
    Outcome r = query("'MATCH (a {name: \"Spain\"}) DETACH DELETE a'");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(r.err, "kg: query:1:1: DETACH DELETE changes the graph: add --write to run it\n");
}

TEST_F(KgQuery, WriteSavesTheScriptWhenEveryStatementSucceeds) {
    writeFile(dir_ / "fix.cypher",
              "MATCH (a {name: 'Spain'}) DETACH DELETE a;\n"
              "CREATE (p:Person {name: 'Ines Varga'})-[r:advise]->(m {name: 'Marco Rubio'}) "
              "RETURN r.doc AS doc;\n");
    Outcome bad = query("--write -f fix.cypher");
    // The second statement fails (Marco Rubio exists): nothing is saved.
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_EQ(bad.err, "kg: deleted 1 entity and 4 relations\n"
                       "kg: nothing was saved: news.kg is as it was\n"
                       "kg: fix.cypher:2:52: 'Marco Rubio' names the entity 'Marco Rubio' "
                       "already (MERGE finds it or creates it)\n"
                       "CREATE (p:Person {name: 'Ines Varga'})-[r:advise]->(m {name: 'Marco "
                       "Rubio'}) RETURN r.doc AS doc;\n"
                       "                                                   ^\n");
    EXPECT_EQ(query("'MATCH (a {name: \"Spain\"}) RETURN a.type' --format tsv").out,
              "a.type\nPlace\n");

    writeFile(
        dir_ / "fix.cypher",
        "MATCH (a {name: 'Spain'}) DETACH DELETE a;\n"
        "MATCH (m {name: 'Marco Rubio'}) "
        "CREATE (p:Person {name: 'Ines Varga'})-[r:advise]->(m) RETURN r.sentence AS note;\n");
    Outcome good = query("--write -f fix.cypher --note 'checked by phone' --format tsv");
    EXPECT_EQ(good.exitCode, 0) << good.err;
    EXPECT_EQ(good.out, "note\nchecked by phone\n");
    EXPECT_EQ(good.err, "kg: deleted 1 entity and 4 relations\n"
                        "kg: created 1 entity and 1 relation\n");
    Outcome after = query("'MATCH (a)-[r]->(b) WHERE r.doc = \"manual\" OR b.name = \"Spain\" "
                          "RETURN a.name, type(r), b.name' --format tsv");
    EXPECT_EQ(after.out, "a.name\ttype(r)\tb.name\nInes Varga\tadvise\tMarco Rubio\n");
}

TEST_F(KgQuery, WriteRefusesAsOf) {
    Outcome r = query("--write --as-of 2024-01-01 'MATCH (a) SET a.type = \"Person\"'");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.err, "kg: --as-of shows the graph as it was; it cannot be combined with --write\n");
}

} // namespace
} // namespace kg::query
