// `kg repl` with a script on stdin: exact output, errors that do not stop the script, --bail,
// and every meta command that works without a terminal.
#include "tests/repl/repl_fixture.h"

#include <gtest/gtest.h>

namespace kg::test {
namespace {

class ReplScript : public ::testing::Test {
protected:
    void SetUp() override { writeFixtureGraph(dir / "news.kg"); }
    RunResult repl(std::string_view script, std::vector<std::string> extra = {}) {
        std::vector<std::string> args{"repl", "news.kg"};
        args.insert(args.end(), extra.begin(), extra.end());
        return runKg(args, script, dir.path());
    }
    TempDir dir;
};

TEST_F(ReplScript, PrintsAlignedTablesWithRowCounts) {
    RunResult r = repl("MATCH (a:Person) RETURN a.name AS name ORDER BY name;\n"
                       "MATCH (a {name: 'Ana Lima'})-[r]->(b)\n"
                       "RETURN type(r) AS predicate, b.name AS target, r.support AS support\n"
                       "ORDER BY predicate;\n");
    EXPECT_EQ(r.err, "");
    EXPECT_EQ(r.out, " name\n"
                     "------------\n"
                     " Ana Lima\n"
                     " Tomas Berg\n"
                     "(2 rows)\n"
                     " predicate     | target         | support\n"
                     "---------------+----------------+---------\n"
                     " disagree with | Tomas Berg     |       2\n"
                     " lead          | Harbor Council |       1\n"
                     "(2 rows)\n");
    EXPECT_EQ(r.exitCode, 0);
}

TEST_F(ReplScript, WritingClausesChangeTheGraphAndSaveWritesIt) {
    RunResult r = repl("MATCH (a {name: 'Ana Lima'}) SET a.name = 'Ana M. Lima';\n"
                       "CREATE (c:Place {name: 'Quarry Hill'}) RETURN c.name AS made;\n"
                       ":save\n");
    EXPECT_EQ(r.err, "");
    EXPECT_EQ(r.out, "set 1 property\n"
                     " made\n"
                     "-------------\n"
                     " Quarry Hill\n"
                     "(1 row)\n"
                     "created 1 entity\n"
                     "saved news.kg: 6 entities, 6 relations\n");
    RunResult after = repl("MATCH (a) WHERE a.name IN ['Ana M. Lima', 'Quarry Hill'] "
                           "RETURN a.name AS name, a.aliases AS aliases ORDER BY name;\n");
    EXPECT_EQ(after.out, " name        | aliases\n"
                         "-------------+----------------------------\n"
                         " Ana M. Lima | [\"Mayor Lima\", \"Ana Lima\"]\n"
                         " Quarry Hill | []\n"
                         "(2 rows)\n");
}

TEST_F(ReplScript, SaveLogsTheWritesAndUndoRevertsThem) {
    const char* names = "MATCH (a) WHERE a.name CONTAINS 'Lima' OR a.name = 'Quarry Hill' "
                        "RETURN id(a) AS id, a.name AS name ORDER BY id;\n";
    RunResult before = repl(names);
    RunResult r = repl(":undo\n"
                       "MATCH (a {name: 'Ana Lima'}) SET a.name = 'Ana M. Lima';\n"
                       "CREATE (c:Place {name: 'Quarry Hill'});\n"
                       ":undo\n"
                       ":save\n");
    EXPECT_EQ(r.err,
              "stdin:1: error: the curation log is empty: there is no change to undo\n"
              "stdin:4: error: 2 unsaved writing statements: :save first (then :undo reverts "
              "them), or :open the file again to drop them\n");
    EXPECT_EQ(r.out, "set 1 property\n"
                     "created 1 entity\n"
                     "saved news.kg: 6 entities, 6 relations\n");
    RunResult undo = repl(":undo\n:save\n");
    EXPECT_EQ(undo.err, "");
    EXPECT_EQ(undo.out, "undid: MATCH (a {name: 'Ana Lima'}) SET a.name = 'Ana M. Lima';\n"
                        "CREATE (c:Place {name: 'Quarry Hill'}); (:save writes the graph as it "
                        "was)\n"
                        "saved news.kg: 5 entities, 6 relations\n");
    EXPECT_EQ(repl(names).out, before.out);
}

TEST_F(ReplScript, AStatementThatFailsPartWayChangesNothing) {
    // The first row creates a place, the second divides by zero: neither stays.
    RunResult r = repl("UNWIND [1, 0] AS x CREATE (:Place {name: 'Pier ' + toString(10 / x)});\n"
                       "MATCH (a:Place) RETURN a.name AS name ORDER BY name;\n"
                       ":save\n");
    EXPECT_EQ(r.err, "stdin:1:61: division by zero\n"
                     "UNWIND [1, 0] AS x CREATE (:Place {name: 'Pier ' + toString(10 / x)});\n"
                     "                                                            ^\n");
    EXPECT_EQ(r.out, " name\n"
                     "----------\n"
                     " Riverton\n"
                     "(1 row)\n"
                     "saved news.kg: 5 entities, 6 relations\n");
}

TEST_F(ReplScript, ShowsNoPromptOrBanner) {
    RunResult r = repl("RETURN 1 AS one;\n");
    EXPECT_EQ(r.out, " one\n-----\n   1\n(1 row)\n");
    EXPECT_EQ(r.err, "");
}

TEST_F(ReplScript, ALastStatementWithoutSemicolonStillRuns) {
    RunResult r = repl("RETURN 1 AS one;\nRETURN 2 AS two");
    EXPECT_EQ(r.out, " one\n-----\n   1\n(1 row)\n two\n-----\n   2\n(1 row)\n");
}

TEST_F(ReplScript, ErrorsShowTheCaretAndTheScriptGoesOn) {
    RunResult r = repl("MATCH (a:Person RETURN a;\nRETURN 2 AS two;\n");
    EXPECT_EQ(r.err, "stdin:1:17: expected ')' after node pattern, found 'RETURN'\n"
                     "MATCH (a:Person RETURN a;\n"
                     "                ^\n");
    EXPECT_EQ(r.out, " two\n-----\n   2\n(1 row)\n");
    EXPECT_EQ(r.exitCode, 1); // a script with a failed statement fails
}

TEST_F(ReplScript, BailStopsAtTheFirstError) {
    RunResult r = repl("RETURN 1 AS one;\nRETURN nosuch(1);\nRETURN 2 AS two;\n", {"--bail"});
    EXPECT_EQ(r.out, " one\n-----\n   1\n(1 row)\n");
    EXPECT_NE(r.err, "");
    EXPECT_EQ(r.exitCode, 1);

    RunResult meta = repl(":mode yaml\nRETURN 2 AS two;\n", {"--bail"});
    EXPECT_EQ(meta.out, "");
    EXPECT_EQ(meta.err, "stdin:1: error: unknown mode 'yaml' (table, line, markdown, json, "
                        "jsonl, csv or tsv)\n");
    EXPECT_EQ(meta.exitCode, 1);
}

TEST_F(ReplScript, ModesPrintExactlyWhatKgQueryPrints) {
    const std::string query =
        "MATCH (a)-[r]->(b) RETURN a.name AS source, type(r) AS predicate, b, r.negated AS neg "
        "ORDER BY source, predicate";
    for (std::string mode : {"json", "jsonl", "csv", "tsv"}) {
        RunResult fromRepl = repl(":mode " + mode + "\n" + query + ";\n");
        RunResult fromQuery = runKg({"query", "news.kg", query, "--format", mode}, "", dir.path());
        EXPECT_EQ(fromQuery.exitCode, 0) << fromQuery.err;
        EXPECT_EQ(fromRepl.out, fromQuery.out) << mode;
        EXPECT_EQ(fromRepl.exitCode, 0) << fromRepl.err;
    }
}

TEST_F(ReplScript, ParametersAreBoundFromParam) {
    RunResult r = repl(":param who \"Tomas Berg\"\n"
                       ":param n 2\n"
                       ":param\n"
                       "MATCH (a {name: $who}) RETURN a.type AS type, $n AS n;\n"
                       ":param n\n"
                       ":param\n");
    EXPECT_EQ(r.err, "");
    EXPECT_EQ(r.out, "$n = 2\n$who = \"Tomas Berg\"\n"
                     " type   | n\n"
                     "--------+---\n"
                     " Person | 2\n"
                     "(1 row)\n"
                     "$who = \"Tomas Berg\"\n");
}

TEST_F(ReplScript, EvidenceShowsTheSentencesBehindARow) {
    RunResult r =
        repl("MATCH (a {name: 'Ana Lima'})-[r:`disagree with`]->(b) RETURN b.name AS b, r;\n"
             ":evidence 1\n"
             "MATCH (a {name: 'Tomas Berg'})-[r:leave]->(b) RETURN r;\n"
             ":evidence 1\n"
             ":evidence 2\n");
    std::string evidence = "Ana Lima -[:disagree with]-> Tomas Berg (support 2, confidence 0.99)\n"
                           "  riverton-1 sentence 4, 2026-03-02, Riverton Post\n"
                           "    Lima disagreed with Berg about fares.\n"
                           "  riverton-1 sentence 5, 2026-03-02, Riverton Post\n"
                           "    Mayor Lima again disagreed with Berg.\n";
    EXPECT_NE(r.out.find(evidence), std::string::npos) << r.out;
    std::string negated = "Tomas Berg -[:leave]-> Harbor Council (negated, modality plan to, "
                          "said by Ana Lima, support 1, confidence 0.90)\n"
                          "  riverton-1 sentence 3, 2026-03-02, Riverton Post\n"
                          "    Lima said that Berg does not plan to leave the council.\n";
    EXPECT_NE(r.out.find(negated), std::string::npos) << r.out;
    EXPECT_EQ(r.err, "stdin:5: error: row must be a number from 1 to 1, not '2'\n");
}

TEST_F(ReplScript, SchemaCountsTypesAndPredicates) {
    RunResult r = repl(":schema\n");
    EXPECT_EQ(r.out, " type         | entities\n"
                     "--------------+----------\n"
                     " Other        |        1\n"
                     " Person       |        2\n"
                     " Organization |        1\n"
                     " Place        |        1\n"
                     "entities with aliases: 1 (a.aliases lists them)\n"
                     "\n"
                     " predicate     | relations\n"
                     "---------------+-----------\n"
                     " approve       |         1\n"
                     " criticize     |         1\n"
                     " disagree with |         1\n"
                     " lead          |         1\n"
                     " leave         |         1\n"
                     " meet in       |         1\n");
}

TEST_F(ReplScript, ImportSaveAndTheUnsavedWarning) {
    writeFile(dir / "more.tsv", "Ana Lima\tvisit\tPort Sela\nPort Sela\ttrade with\tRiverton\n");
    RunResult r = repl(":import more.tsv\nMATCH (a {name: 'Port Sela'}) RETURN a.name AS n;\n");
    EXPECT_EQ(r.out, "imported 2 facts from more.tsv: 2 new, 0 merged into existing facts\n"
                     " n\n-----------\n Port Sela\n(1 row)\n");
    EXPECT_EQ(r.err, "warning: unsaved changes to news.kg: 1 entity and 2 relations added "
                     "(discarded)\n");

    RunResult saved = repl(":import more.tsv\n:save\n");
    EXPECT_EQ(saved.out, "imported 2 facts from more.tsv: 2 new, 0 merged into existing facts\n"
                         "saved news.kg: 6 entities, 8 relations\n");
    EXPECT_EQ(saved.err, "");
    RunResult reopened = repl("MATCH (a {name: 'Port Sela'}) RETURN count(a) AS n;\n");
    EXPECT_EQ(reopened.out, " n\n---\n 1\n(1 row)\n");
}

TEST_F(ReplScript, AnEmptyResultForAnAliasSaysWhoseAliasItIs) {
    RunResult r = repl("MATCH (a) WHERE a.name = 'Mayor Lima' RETURN a.name;\n");
    EXPECT_EQ(r.err, "no entity named \"Mayor Lima\"; it is an alias of \"Ana Lima\"\n");
}

TEST_F(ReplScript, StatsSummariseTheGraph) {
    RunResult r = repl(":stats\n");
    EXPECT_EQ(r.err, "");
    EXPECT_EQ(r.out, " measure           | value\n"
                     "-------------------+-------\n"
                     " entities          |     5\n"
                     " relations         |     6\n"
                     " predicates        |     6\n"
                     " mentions          |     7\n"
                     " components        |     1\n"
                     " largest component |     5\n"
                     " with aliases      |     1\n"
                     "\n"
                     " top entity     | type         | degree\n"
                     "----------------+--------------+--------\n"
                     " Harbor Council | Organization |      4\n"
                     " Ana Lima       | Person       |      3\n"
                     " Tomas Berg     | Person       |      3\n"
                     " Riverton       | Place        |      1\n"
                     " ferry line     | Other        |      1\n");
}

TEST_F(ReplScript, ExplainShowsThePlanOfAStatement) {
    const std::string query = "MATCH (a {name: 'Ana Lima'})-[r]->(b) RETURN b";
    RunResult meta = repl(":explain " + query + "\n");
    RunResult statement = repl("EXPLAIN " + query + ";\n");
    EXPECT_EQ(meta.err, "");
    EXPECT_NE(meta.out, "");
    EXPECT_EQ(meta.out, statement.out);
    RunResult bad = repl(":explain MATCH (a RETURN a\n");
    EXPECT_NE(bad.err.find("MATCH (a RETURN a\n         ^\n"), std::string::npos) << bad.err;
    EXPECT_NE(bad.err.find("error: the query above cannot be explained\n"), std::string::npos);
}

TEST_F(ReplScript, ExportAndRenderWriteFiles) {
    RunResult r = repl(":export json all.json\n"
                       ":export dot ana.dot MATCH (a {name: 'Ana Lima'})-[r]->(b) RETURN r\n"
                       "MATCH p = (a {name: 'Tomas Berg'})-[:criticize]->()-[:lead]->() RETURN p;\n"
                       ":render path.dot\n"
                       ":render count.svg RETURN 1\n"
                       ":render notes.txt\n"
                       ":export yaml x.yaml\n");
    EXPECT_EQ(r.out, "exported 5 entities and 6 relations to all.json\n"
                     "exported 3 entities and 2 relations to ana.dot\n"
                     " p\n" +
                         std::string(92, '-') +
                         "\n"
                         " (Tomas Berg:Person)-[:criticize]->(Ana Lima:Person)-[:lead]->(Harbor "
                         "Council:Organization)\n"
                         "(1 row)\n"
                         "drew 3 entities and 2 relations to path.dot\n");
    EXPECT_EQ(r.err, "stdin:5: error: nothing to draw: the result holds no entities, "
                     "relationships or paths\n"
                     "stdin:6: error: cannot tell the diagram format of notes.txt: name it "
                     ".svg, .png, .pdf or .dot\n"
                     "stdin:7: error: unknown export format 'yaml' (dot, svg, png, pdf, json, "
                     "graphml, ntriples or csv)\n");
    EXPECT_EQ(readFile(dir / "path.dot").rfind("digraph", 0), 0u);
    EXPECT_EQ(readFile(dir / "all.json").rfind("{", 0), 0u);
    EXPECT_FALSE(std::filesystem::exists(dir / "count.svg"));
    EXPECT_FALSE(std::filesystem::exists(dir / "notes.txt"));
}

TEST_F(ReplScript, BuildAddsFactsExtractedFromText) {
    writeFile(dir / "story.txt", "Ana Lima praised the Harbor Council on Monday.\n");
    RunResult r = repl(":build story.txt\n:build missing.txt\n");
    EXPECT_EQ(r.out.rfind("built ", 0), 0u) << r.out;
    EXPECT_NE(r.out.find(" from 1 documents (1 added), 1 sentences\n"), std::string::npos) << r.out;
    EXPECT_NE(r.err.find("error: missing.txt: "), std::string::npos) << r.err;
}

TEST_F(ReplScript, OpenStartsANewGraphForAMissingFile) {
    RunResult r = repl(":open fresh.kg\nMATCH (a) RETURN count(a) AS n;\n:save\n");
    EXPECT_EQ(r.out, "new graph; :save writes it to fresh.kg\n"
                     " n\n---\n 0\n(1 row)\n"
                     "saved fresh.kg: 0 entities, 0 relations\n");
    EXPECT_TRUE(std::filesystem::exists(dir / "fresh.kg"));
}

TEST_F(ReplScript, MetaCommandErrorsAreOneLine) {
    RunResult r = repl(":frobnicate\n:open\n:evidence 1\n:open .\n:timing maybe\n");
    EXPECT_EQ(r.out, "");
    // In a script, each error names its line.
    EXPECT_EQ(r.err, "stdin:1: error: unknown command ':frobnicate' (see :help)\n"
                     "stdin:2: error: usage: :open FILE\n"
                     "stdin:3: error: no result yet: run a query first\n"
                     "stdin:4: error: cannot read .: it is a folder\n"
                     "stdin:5: error: expected on or off, not 'maybe'\n");
    EXPECT_EQ(r.exitCode, 1);
}

TEST_F(ReplScript, HelpDescribesEveryCommand) {
    RunResult r = repl(":help\n");
    for (std::string name : {":open", ":save", ":build", ":import", ":stats", ":schema", ":mode",
                             ":timing", ":param", ":export", ":render", ":explain", ":evidence",
                             ":quit", ":help", ":source", ":output", ":history"})
        EXPECT_NE(r.out.find("\n  " + name + " "), std::string::npos) << name;
}

TEST_F(ReplScript, QuitEndsTheScript) {
    RunResult r = repl("RETURN 1 AS one;\n:quit\nRETURN 2 AS two;\n");
    EXPECT_EQ(r.out, " one\n-----\n   1\n(1 row)\n");
    EXPECT_EQ(r.exitCode, 0);
}

TEST_F(ReplScript, HostileInputNeverCrashes) {
    std::string garbage("\xff\xfe\x00\x01MATCH ((((\n\"unterminated\n:open \"\n;;;\n`\n", 40);
    garbage += std::string(100000, '(') + ";\n:evidence 99999999999999999999\n";
    RunResult r = repl(garbage);
    EXPECT_EQ(r.exitCode, 1) << r.err;
}

TEST_F(ReplScript, ABrokenGraphFileIsAnError) {
    writeFile(dir / "broken.kg", "{\"kg\": ");
    RunResult r = runKg({"repl", "broken.kg"}, "", dir.path());
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err.rfind("kg: ", 0), 0u) << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1);
}

TEST_F(ReplScript, ErrorsNameTheScriptLineOfAStatementSpanningLines) {
    RunResult r = repl("RETURN 1 AS one;\n\nMATCH (a:Person)\nRETURN a.nmae;\n");
    EXPECT_EQ(r.err, "stdin:4:10: unknown node property 'nmae' (did you mean name?)\n"
                     "RETURN a.nmae\n"
                     "         ^\n");
}

TEST_F(ReplScript, NullAndTheEmptyStringLookDifferent) {
    RunResult r = repl("RETURN null AS n, '' AS e, 12 AS x, 'ab' AS s;\n");
    EXPECT_EQ(r.out, " n    | e | x  | s\n"
                     "------+---+----+----\n"
                     " null |   | 12 | ab\n"
                     "(1 row)\n");
}

TEST_F(ReplScript, LineAndMarkdownModes) {
    RunResult r = repl(":mode line\nMATCH (a:Person) RETURN a.name AS name, a.type AS type "
                       "ORDER BY name;\n:mode markdown\nRETURN 1.5 AS x, 'a|b' AS y;\n");
    EXPECT_EQ(r.out, "name = Ana Lima\ntype = Person\n\nname = Tomas Berg\ntype = Person\n"
                     "(2 rows)\n"
                     "| x | y |\n| ---: | --- |\n| 1.5 | a\\|b |\n");
    EXPECT_EQ(r.err, "");
}

TEST_F(ReplScript, AMissingParameterIsSetWithParam) {
    RunResult r = repl("RETURN $who AS who;\n:param who 'Ana Lima'\nRETURN $who AS who;\n");
    EXPECT_EQ(r.err, "stdin:1:8: missing parameter $who (set it with :param who VALUE)\n"
                     "RETURN $who AS who;\n"
                     "       ^\n");
    EXPECT_EQ(r.out, " who\n----------\n Ana Lima\n(1 row)\n");
}

TEST_F(ReplScript, ParamsApplyToExportQueries) {
    RunResult r = repl(":param who 'Tomas Berg'\n"
                       ":export json one.json MATCH (a {name: $who}) RETURN a\n");
    EXPECT_EQ(r.err, "");
    EXPECT_EQ(r.out, "exported 1 entity and 0 relations to one.json\n");
    EXPECT_NE(readFile(dir / "one.json").find("\"Tomas Berg\""), std::string::npos);
}

TEST_F(ReplScript, SourceRunsAFileAndNamesItsLines) {
    writeFile(dir / "checks.cypher", "RETURN 1 AS one;\n:mode csv\nRETURN nosuch(1);\n");
    RunResult r = repl(":source checks.cypher\nRETURN 2 AS two;\n:source missing.cypher\n");
    EXPECT_EQ(r.out, " one\n-----\n   1\n(1 row)\ntwo\n2\n");
    EXPECT_EQ(r.err, "checks.cypher:3:8: unknown function 'nosuch'\n"
                     "RETURN nosuch(1);\n"
                     "       ^\n"
                     "stdin:3: error: cannot read missing.cypher: No such file or directory\n");
    EXPECT_EQ(r.exitCode, 1);
}

TEST_F(ReplScript, OutputSendsResultsToAFile) {
    RunResult r = repl(":output out.txt\nRETURN 1 AS one;\n:output\nRETURN 2 AS two;\n");
    EXPECT_EQ(readFile(dir / "out.txt"), " one\n-----\n   1\n(1 row)\n");
    EXPECT_EQ(r.out, " two\n-----\n   2\n(1 row)\n");
    RunResult bad = repl(":output no/such/dir/out.txt\n");
    EXPECT_EQ(bad.err, "stdin:1: error: cannot write no/such/dir/out.txt: No such file or "
                       "directory\n");
}

TEST(KgWithoutArguments, IsAUsageErrorWithoutATerminal) {
    TempDir dir;
    RunResult r = runKg({}, "", dir.path());
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.err, "kg: no subcommand given (see 'kg --help')\n");
}

} // namespace
} // namespace kg::test
