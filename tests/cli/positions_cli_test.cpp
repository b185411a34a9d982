// End-to-end runs of the kg binary on positions and time (docs/positions.md): stances and dates
// in queries, --as-of, kg contradictions, kg diff, the stance map and their errors. The records
// are written for these tests.
#include "tests/support/run_kg.h"
#include "tests/support/temp_dir.h"

#include <cstdlib>
#include <filesystem>
#include <gtest/gtest.h>
#include <string>

namespace kg::cli {
namespace {

using kg::testing::readFile;
using kg::testing::TempDir;
using kg::testing::writeFile;

using Result = kg::testing::KgResult;

// A proposal opposed, then backed, by the same man, and two counts of one hiring.
constexpr std::string_view kRecords =
    R"({"subject":"Ingrid Sand","subject_type":"Person","predicate":"propose","object":"night ferry plan","object_type":"Proposal","stance":"support","doc":"a.txt","sentence":0,"text":"Ingrid Sand proposed a night ferry.","date":"2025-01-10"})"
    "\n"
    R"({"subject":"Tomas Berg","subject_type":"Person","predicate":"reject","object":"night ferry plan","object_type":"Proposal","stance":"oppose","doc":"a.txt","sentence":1,"text":"Tomas Berg rejected the plan.","date":"2025-01-10"})"
    "\n"
    R"({"subject":"Tomas Berg","subject_type":"Person","predicate":"back","object":"night ferry plan","object_type":"Proposal","stance":"support","doc":"b.txt","sentence":0,"text":"Tomas Berg now backs the night ferry.","date":"2025-03-02"})"
    "\n"
    R"({"subject":"Harbour Board","subject_type":"Organization","predicate":"hire","object":"pilots","quantity":"12","doc":"a.txt","sentence":2,"text":"The board hired 12 pilots.","date":"2025-01-10"})"
    "\n"
    R"({"subject":"Harbour Board","subject_type":"Organization","predicate":"hire","object":"pilots","quantity":"20","attributed_to":"Tomas Berg","doc":"b.txt","sentence":1,"text":"Berg said the board hired 20 pilots.","date":"2025-03-02"})"
    "\n";

class Positions : public ::testing::Test {
protected:
    void SetUp() override {
        writeFile(dir_ / "facts.jsonl", kRecords);
        ASSERT_EQ(kg("import facts.jsonl -o g.kg").exitCode, 0);
    }
    Result kg(const std::string& args) { return kg::testing::runKg(dir_.path(), args); }

    TempDir dir_;
};

TEST_F(Positions, DisagreementsMeetAtTheProposal) {
    Result r = kg("query g.kg --format csv 'MATCH (p)-[r]->(x:Proposal)<-[s]-(q) WHERE r.stance <> "
                  "s.stance AND p.name < q.name RETURN p.name, r.stance, x.name, s.stance, "
                  "q.name ORDER BY q.name'");
    EXPECT_EQ(r.err, "");
    EXPECT_EQ(r.out, "p.name,r.stance,x.name,s.stance,q.name\n"
                     "Ingrid Sand,support,night ferry plan,oppose,Tomas Berg\n");
}

TEST_F(Positions, DatesCompareInQueries) {
    Result r = kg("query g.kg --format csv 'MATCH (a)-[r]->(b) WHERE r.date >= "
                  "date(\"2025-02-01\") RETURN a.name, type(r), r.date ORDER BY type(r)'");
    EXPECT_EQ(r.out, "a.name,type(r),r.date\n"
                     "Tomas Berg,back,2025-03-02\n"
                     "Harbour Board,hire,2025-03-02\n");
    Result bad = kg("query g.kg 'RETURN date(\"2025-02-30\")'");
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_EQ(bad.out, "");
}

TEST_F(Positions, AsOfSeesOnlyEarlierDocuments) {
    Result r = kg("query g.kg --as-of 2025-01-31 --format csv 'MATCH (a)-[r]->(b) RETURN a.name, "
                  "type(r), b.name ORDER BY a.name, type(r)'");
    EXPECT_EQ(r.out, "a.name,type(r),b.name\n"
                     "Harbour Board,hire,pilots\n"
                     "Ingrid Sand,propose,night ferry plan\n"
                     "Tomas Berg,reject,night ferry plan\n");
    Result words = kg("query g.kg --as-of 'March 2, 2025' 'MATCH ()-[r]->() RETURN count(r)'");
    EXPECT_NE(words.out.find("5"), std::string::npos) << words.out;
    Result bad = kg("query g.kg --as-of 2025-13-01 'RETURN 1'");
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_NE(bad.err.find("--as-of"), std::string::npos) << bad.err;
    EXPECT_NE(bad.err.find("is not a date"), std::string::npos) << bad.err;
}

TEST_F(Positions, ContestedFactsNameTheirOpponents) {
    Result r = kg("query g.kg --format jsonl 'MATCH (a)-[r]->(b) WHERE r.contested RETURN id(r) "
                  "AS id, r.contested_by AS by ORDER BY id'");
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find(R"({"id":1,"by":[{"id":2,"speaker":null,"doc":"b.txt","date":)"
                         R"("2025-03-02","sentence":"Tomas Berg now backs the night ferry."}]})"),
              std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find(R"({"id":4,"by":[{"id":3,"speaker":null,"doc":"a.txt")"),
              std::string::npos)
        << r.out;
}

TEST_F(Positions, ContradictionsCommand) {
    Result r = kg("contradictions g.kg --format csv");
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out,
              "contradiction,kind,subject,object,id,fact,stance,speaker,doc,date,sentence\n"
              "1,stance,Tomas Berg,night ferry plan,1,Tomas Berg — reject — night ferry plan,"
              "oppose,,a.txt,2025-01-10,Tomas Berg rejected the plan.\n"
              "1,stance,Tomas Berg,night ferry plan,2,Tomas Berg — back — night ferry plan,"
              "support,,b.txt,2025-03-02,Tomas Berg now backs the night ferry.\n"
              "2,quantity,Harbour Board,pilots,3,Harbour Board — hire · 12 — pilots,neutral,,"
              "a.txt,2025-01-10,The board hired 12 pilots.\n"
              "2,quantity,Harbour Board,pilots,4,Harbour Board — hire · 20 — pilots,neutral,"
              "Tomas Berg,b.txt,2025-03-02,Berg said the board hired 20 pilots.\n");
    Result early = kg("contradictions g.kg --as-of 2025-01-31 --format csv");
    EXPECT_EQ(early.out,
              "contradiction,kind,subject,object,id,fact,stance,speaker,doc,date,sentence\n");
    Result missing = kg("contradictions nope.kg");
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_EQ(missing.err, "kg: cannot read nope.kg: No such file or directory\n");
}

TEST_F(Positions, DiffBetweenTwoWindows) {
    Result r = kg("diff g.kg --from 2025-01-31 --to 2025-03-31 --format csv");
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out,
              "change,id,fact,stance,speaker,doc,date,sentence\n"
              "disappeared,0,Ingrid Sand — propose — night ferry plan,support,,a.txt,2025-01-10,"
              "Ingrid Sand proposed a night ferry.\n"
              "disappeared,1,Tomas Berg — reject — night ferry plan,oppose,,a.txt,2025-01-10,"
              "Tomas Berg rejected the plan.\n"
              "appeared,2,Tomas Berg — back — night ferry plan,support,,b.txt,2025-03-02,"
              "Tomas Berg now backs the night ferry.\n"
              "disappeared,3,Harbour Board — hire · 12 — pilots,neutral,,a.txt,2025-01-10,"
              "The board hired 12 pilots.\n"
              "appeared,4,Harbour Board — hire · 20 — pilots,neutral,Tomas Berg,b.txt,2025-03-02,"
              "Berg said the board hired 20 pilots.\n"
              "stance oppose -> support,2,Tomas Berg — back — night ferry plan,support,,b.txt,"
              "2025-03-02,Tomas Berg now backs the night ferry.\n");
    // After the last document nothing is stated: every fact is no longer stated.
    Result none = kg("diff g.kg --from 2025-03-31 --to 2025-04-30 --format csv");
    EXPECT_EQ(none.out.find("\nappeared"), std::string::npos) << none.out;
    EXPECT_EQ(none.out.find("\nstance"), std::string::npos) << none.out;
    EXPECT_NE(none.out.find("\ndisappeared,4,"), std::string::npos) << none.out;
    Result backwards = kg("diff g.kg --from 2025-03-31 --to 2025-01-01");
    EXPECT_EQ(backwards.exitCode, 2);
    EXPECT_EQ(backwards.err, "kg: --to 2025-01-01 is before --from 2025-03-31\n");
    Result missing = kg("diff g.kg --to 2025-01-01");
    EXPECT_EQ(missing.exitCode, 2);
}

TEST_F(Positions, StanceMapIsColouredAndDotAcceptsIt) {
    Result r = kg("render g.kg --stances -o map.dot");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    std::string dot = readFile(dir_ / "map.dot");
    EXPECT_NE(dot.find("#1b7837"), std::string::npos); // support
    EXPECT_NE(dot.find("#b2182b"), std::string::npos); // opposition
    EXPECT_NE(dot.find("≠ contested"), std::string::npos);
    // Graphviz continues long strings on the next line after a backslash.
    for (std::size_t at = dot.find("\\\n"); at != std::string::npos; at = dot.find("\\\n", at))
        dot.erase(at, 2);
    EXPECT_NE(dot.find(R"(contested by:\nTomas Berg — back — night ferry plan · b.txt, )"
                       R"(2025-03-02: “Tomas Berg now backs the night ferry.”)"),
              std::string::npos)
        << dot;
    EXPECT_EQ(dot.find("pilots"), std::string::npos); // no stance, not on the map
    const std::string check = "dot -Tsvg '" + (dir_ / "map.dot").string() + "' -o /dev/null";
    EXPECT_EQ(std::system(check.c_str()), 0);
    Result early = kg("render g.kg --as-of 2025-01-31 -o early.dot");
    ASSERT_EQ(early.exitCode, 0) << early.err;
    EXPECT_EQ(readFile(dir_ / "early.dot").find("backs"), std::string::npos);
}

TEST_F(Positions, ReplCommands) {
    Result r =
        kg::testing::runKg(dir_.path(), "repl g.kg",
                           ":mode csv\n:as-of 2025-01-31\nMATCH ()-[r]->() RETURN count(r);\n"
                           ":contradictions\n:as-of none\n:timeline Ingrid Sand\n"
                           ":as-of someday\n");
    EXPECT_EQ(r.out, "as-of: 2025-01-31\n"
                     "count(r)\n3\n"
                     "contradiction,kind,subject,object,id,fact,stance,speaker,doc,date,sentence\n"
                     "as-of: none (every fact)\n"
                     "id,fact,stance,speaker,doc,date,sentence\n"
                     "0,Ingrid Sand — propose — night ferry plan,support,,a.txt,2025-01-10,"
                     "Ingrid Sand proposed a night ferry.\n");
    EXPECT_EQ(r.err, "stdin:7: error: 'someday' is not a date (write YYYY-MM-DD, or none)\n");
}

TEST_F(Positions, BuildDatesDocuments) {
    std::filesystem::create_directory(dir_ / "news");
    writeFile(dir_ / "news" / "one.txt",
              "Published 3 March 2023\n\nThe union rejected the offer.\n");
    writeFile(dir_ / "news" / "two.txt", "The union rejected the offer.\n");
    ASSERT_EQ(kg("build news -o n.kg --date 2023-04-01").exitCode, 0);
    Result dated = kg("query n.kg --format csv 'MATCH (a)-[r]->(b) RETURN r.date, r.stance'");
    // Each story has its own "union" and "offer": two facts, both dated by --date.
    EXPECT_EQ(dated.out, "r.date,r.stance\n2023-04-01,oppose\n2023-04-01,oppose\n");
    ASSERT_EQ(kg("build news/one.txt -o one.kg").exitCode, 0);
    EXPECT_EQ(kg("query one.kg --format csv 'MATCH ()-[r]->() RETURN r.date'").out,
              "r.date\n2023-03-03\n");
    Result bad = kg("build news -o n.kg --date yesterday");
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_NE(bad.err.find("\"yesterday\" is not a date"), std::string::npos) << bad.err;
}

} // namespace
} // namespace kg::cli
