// The curation log (docs/curation.md): kg log, kg undo, and its replay by kg build, end to end
// through the kg binary on sentences written for these tests.
#include "tests/support/run_kg.h"
#include "tests/support/temp_dir.h"

#include <filesystem>
#include <gtest/gtest.h>
#include <string>

namespace kg::cli {
namespace {

using kg::testing::readFile;
using kg::testing::TempDir;
using kg::testing::writeFile;
using Result = kg::testing::KgResult;

// Every entry is stamped with this time (2027-01-15T08:00:00Z), so the log compares exactly.
const std::string kFixedTime = "SOURCE_DATE_EPOCH=1800000000 ";

class CurationLog : public ::testing::Test {
protected:
    void SetUp() override {
        writeFile(dir_ / "f.tsv", "Jonas Berg\tchair\tHarbour Council\n"
                                  "Berg\tcriticise\tPort Authority\n"
                                  "Harbour Council\tfund\tPort Authority\n");
        ASSERT_EQ(kg("import f.tsv -o g.kg").exitCode, 0);
    }
    Result kg(const std::string& args) {
        return kg::testing::runKg(dir_.path(), args, "", kFixedTime);
    }
    // Everything a user sees of the graph: ids, names, aliases, types, and every field of every
    // fact with its id.
    std::string state(const std::string& file = "g.kg") {
        return kg("query " + file +
                  " 'MATCH (a) RETURN id(a), a.name, a.aliases, a.type, a.mentions ORDER BY "
                  "id(a); MATCH (a)-[r]->(b) RETURN id(r), a.name, type(r), b.name, r.time, "
                  "r.support, r.confidence, r.doc, r.sentence ORDER BY id(r)' --format tsv")
            .out;
    }
    TempDir dir_;
};

TEST_F(CurationLog, ListsEveryManualChangeOldestFirst) {
    ASSERT_EQ(kg("query g.kg --write 'MATCH ({name: \"Harbour Council\"})-[r:fund]->() "
                 "DELETE r'")
                  .exitCode,
              0);
    ASSERT_EQ(kg("rename-entity g.kg 'Port Authority' 'Harbour Port Authority' --note 'its "
                 "full name'")
                  .exitCode,
              0);
    ASSERT_EQ(kg("merge-entities g.kg Berg 'Jonas Berg' --note 'same man'").exitCode, 0);
    Result log = kg("log g.kg --format tsv");
    EXPECT_EQ(log.exitCode, 0) << log.err;
    EXPECT_EQ(log.out,
              "entry\twhen\twhat\tnote\tchanged\n"
              "1\t2027-01-15T08:00:00Z\tMATCH ({name: \"Harbour Council\"})-[r:fund]->() DELETE "
              "r;\t\t1 relation removed\n"
              "2\t2027-01-15T08:00:00Z\tkg rename-entity 'Port Authority' 'Harbour Port "
              "Authority'\tits full name\t1 entity changed\n"
              "3\t2027-01-15T08:00:00Z\tkg merge-entities Berg 'Jonas Berg'\tsame man\t1 entity "
              "removed, 1 entity changed, 1 relation added, 1 relation removed\n");
    EXPECT_EQ(kg("log g.kg --format jsonl").out.substr(0, 121),
              "{\"entry\":1,\"when\":\"2027-01-15T08:00:00Z\",\"what\":\"MATCH ({name: \\\"Harbour "
              "Council\\\"})-[r:fund]->() DELETE r;\",\"note\":null,");
    // A script over several lines is one line in the listing.
    ASSERT_EQ(kg("query g.kg --write 'MATCH (c {name: \"Harbour Council\"})\n    SET "
                 "c:Organization'")
                  .exitCode,
              0);
    EXPECT_EQ(kg("log g.kg --format tsv").out.substr(log.out.size()),
              "4\t2027-01-15T08:00:00Z\tMATCH (c {name: \"Harbour Council\"}) SET "
              "c:Organization;\t\t1 entity changed\n");
}

TEST_F(CurationLog, ANewGraphHasAnEmptyLogInFormatVersion3) {
    EXPECT_EQ(readFile(dir_ / "g.kg").substr(0, 33), "{\"format\":\"kg-graph\",\"version\":3,");
    EXPECT_EQ(readFile(dir_ / "g.kg").substr(readFile(dir_ / "g.kg").size() - 10), ",\"log\":[]}");
    EXPECT_EQ(kg("log g.kg").out, " entry | when | what | note | changed\n"
                                  "-------+------+------+------+---------\n"
                                  "(0 rows)\n");
}

TEST_F(CurationLog, UndoRevertsEachChangeExactlyAndThenRefuses) {
    std::string s0 = state();
    ASSERT_EQ(kg("query g.kg --write 'MATCH ({name: \"Harbour Council\"})-[r:fund]->() "
                 "DELETE r'")
                  .exitCode,
              0);
    std::string s1 = state();
    ASSERT_EQ(kg("query g.kg --write --note 'minutes' 'MATCH (j {name: \"Jonas Berg\"}), (c "
                 "{name: \"Harbour Council\"}) SET j:Person CREATE (j)-[:`resign from` {time: "
                 "\"in May\"}]->(c)'")
                  .exitCode,
              0);
    std::string s2 = state();
    ASSERT_EQ(kg("merge-entities g.kg Berg 'Jonas Berg'").exitCode, 0);
    ASSERT_EQ(
        kg("query g.kg --write 'MATCH (p {name: \"Port Authority\"}) DETACH DELETE p'").exitCode,
        0);
    std::string s4 = state();
    EXPECT_NE(s4, s2);

    Result undo = kg("undo g.kg");
    EXPECT_EQ(undo.exitCode, 0) << undo.err;
    EXPECT_EQ(undo.out, "undid entry 4 of g.kg (2027-01-15T08:00:00Z): MATCH (p {name: \"Port "
                        "Authority\"}) DETACH DELETE p;\n");
    EXPECT_EQ(kg("undo g.kg").exitCode, 0);
    EXPECT_EQ(state(), s2);
    EXPECT_EQ(kg("undo g.kg").exitCode, 0);
    EXPECT_EQ(state(), s1);
    EXPECT_EQ(kg("undo g.kg").exitCode, 0);
    EXPECT_EQ(state(), s0);
    EXPECT_EQ(kg("log g.kg --format tsv").out, "entry\twhen\twhat\tnote\tchanged\n");

    Result empty = kg("undo g.kg");
    EXPECT_EQ(empty.exitCode, 1);
    EXPECT_EQ(empty.out, "");
    EXPECT_EQ(empty.err, "kg: g.kg: the curation log is empty: there is no change to undo\n");
}

TEST_F(CurationLog, UndoRefusesAGraphChangedAfterItsLastEntry) {
    ASSERT_EQ(kg("rename-entity g.kg Berg 'J. Berg'").exitCode, 0);
    writeFile(dir_ / "more.tsv", "J. Berg\tvisit\tQuarry Hill\n");
    ASSERT_EQ(kg("import --append more.tsv -o g.kg").exitCode, 0);
    std::string before = readFile(dir_ / "g.kg");
    Result undo = kg("undo g.kg");
    EXPECT_EQ(undo.exitCode, 1);
    EXPECT_EQ(undo.err, "kg: g.kg: the graph changed after its last logged change (a build or an "
                        "import since?), so that change cannot be undone exactly\n");
    EXPECT_EQ(readFile(dir_ / "g.kg"), before);
}

TEST_F(CurationLog, TheBinaryFormCarriesTheLog) {
    ASSERT_EQ(kg("merge-entities g.kg Berg 'Jonas Berg' --note 'same man'").exitCode, 0);
    std::string merged = state();
    ASSERT_EQ(kg("convert g.kg g.kgb").exitCode, 0);
    EXPECT_EQ(kg("log g.kgb --format tsv").out, kg("log g.kg --format tsv").out);
    ASSERT_EQ(kg("undo g.kgb").exitCode, 0);
    EXPECT_EQ(kg("log g.kgb --format tsv").out, "entry\twhen\twhat\tnote\tchanged\n");
    ASSERT_EQ(kg("undo g.kg").exitCode, 0);
    EXPECT_EQ(state("g.kgb"), state("g.kg"));
    EXPECT_NE(state("g.kgb"), merged);
}

// Replay: the curator's changes hold when kg build reads text again, with --append and when
// a build replaces the graph file.
class CurationReplay : public CurationLog {
protected:
    void SetUp() override {
        std::filesystem::create_directory(dir_ / "docs");
        std::filesystem::create_directory(dir_ / "new");
        writeFile(dir_ / "docs/a.txt", "The Harbour Council funded the Port Authority.\n");
        writeFile(dir_ / "docs/b.txt", "The Harbour Port Authority hired Ines Varga.\n");
        writeFile(dir_ / "new/c.txt", "Ines Varga criticised the Port Authority.\n");
        ASSERT_EQ(kg("build docs -o g.kg").exitCode, 0);
        ASSERT_EQ(kg("query g.kg --write 'MATCH ({name: \"Harbour Council\"})-[r:fund]->() "
                     "DELETE r'")
                      .exitCode,
                  0);
        ASSERT_EQ(kg("merge-entities g.kg 'Port Authority' 'Harbour Port Authority'").exitCode, 0);
        ASSERT_EQ(kg("query g.kg --write --note 'board minutes' 'MATCH (v {name: \"Ines "
                     "Varga\"}), (c {name: \"Harbour Council\"}) CREATE (v)-[:advise]->(c)'")
                      .exitCode,
                  0);
    }
    std::string facts() {
        return kg("query g.kg 'MATCH (a)-[r]->(b) RETURN a.name, type(r), b.name, r.doc ORDER "
                  "BY a.name, type(r)' --format tsv")
            .out;
    }
    static constexpr const char* kCurated =
        "a.name\ttype(r)\tb.name\tr.doc\n"
        "Harbour Port Authority\thire\tInes Varga\tdocs/b.txt\n"
        "Ines Varga\tadvise\tHarbour Council\tmanual\n"
        "Ines Varga\tcriticise\tHarbour Port Authority\tnew/c.txt\n";
};

TEST_F(CurationReplay, AppendKeepsDeletionsMergesAndManualFacts) {
    // a.txt lost its only fact, so it is read again: its sentence must not bring the fact back.
    Result r = kg("build --append docs/a.txt new/c.txt -o g.kg");
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.err, "kg: warning: g.kg changed after its claim records (g.kg.claims) were "
                     "written: the new documents join its entities by name, so that the changes "
                     "are kept\n"
                     "kg: curation log applied again: 0 merged, 0 renamed, 1 deleted, 0 added\n");
    EXPECT_EQ(facts(), kCurated);
    // The next --append resolves every document again from the claim records: the whole log is
    // replayed on that new graph.
    writeFile(dir_ / "new/d.txt", "The Harbour Port Authority hired Ines Varga.\n");
    r = kg("build --append new/d.txt -o g.kg");
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.err, "kg: curation log applied again: 1 merged, 0 renamed, 1 deleted, 1 added\n");
    EXPECT_EQ(facts(), "a.name\ttype(r)\tb.name\tr.doc\n"
                       "Harbour Port Authority\thire\tInes Varga\tnew/d.txt\n"
                       "Ines Varga\tadvise\tHarbour Council\tmanual\n"
                       "Ines Varga\tcriticise\tHarbour Port Authority\tnew/c.txt\n");
    EXPECT_EQ(kg("query g.kg 'MATCH (a {name: \"Harbour Port Authority\"}) RETURN a.aliases' "
                 "--format tsv")
                  .out,
              "a.aliases\n[\"Port Authority\"]\n");
}

TEST_F(CurationReplay, ARebuildIntoTheFileKeepsDeletionsMergesAndManualFacts) {
    Result r = kg("build docs new -o g.kg");
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.err, "kg: curation log applied again: 1 merged, 0 renamed, 1 deleted, 1 added\n");
    EXPECT_EQ(facts(), kCurated);
    EXPECT_EQ(kg("log g.kg --format tsv").out.substr(0, 40),
              "entry\twhen\twhat\tnote\tchanged\n1\t2027-01-1");
    // The log stays, but its last change is no longer the graph's last one.
    EXPECT_EQ(kg("undo g.kg").exitCode, 1);
}

TEST_F(CurationReplay, ARenameHoldsForNewMentionsOfTheOldName) {
    ASSERT_EQ(kg("rename-entity g.kg 'Ines Varga' 'Ines M. Varga'").exitCode, 0);
    ASSERT_EQ(kg("build docs new -o g.kg").exitCode, 0);
    EXPECT_EQ(kg("query g.kg 'MATCH (a)-[r]->(b) WHERE a.name STARTS WITH \"Ines\" OR b.name "
                 "STARTS WITH \"Ines\" RETURN a.name, type(r), b.name ORDER BY type(r)' "
                 "--format tsv")
                  .out,
              "a.name\ttype(r)\tb.name\n"
              "Ines M. Varga\tadvise\tHarbour Council\n"
              "Ines M. Varga\tcriticise\tHarbour Port Authority\n"
              "Harbour Port Authority\thire\tInes M. Varga\n");
}

} // namespace
} // namespace kg::cli
