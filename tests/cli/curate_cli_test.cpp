// kg merge-entities and kg rename-entity on a graph imported from triples (docs/curation.md).
#include "tests/support/run_kg.h"
#include "tests/support/temp_dir.h"

#include <gtest/gtest.h>
#include <string>

namespace kg::cli {
namespace {

using kg::testing::TempDir;
using kg::testing::writeFile;
using Result = kg::testing::KgResult;

class Curate : public ::testing::Test {
protected:
    void SetUp() override {
        writeFile(dir_ / "f.tsv", "Jonas Berg\tchair\tHarbour Council\n"
                                  "Berg\tchair\tHarbour Council\n"
                                  "Berg\tcriticise\tPort Authority\n"
                                  "Port Authority\tsue\tBerg\n");
        EXPECT_EQ(kg("import f.tsv -o g.kg").exitCode, 0);
    }
    Result kg(const std::string& args) { return kg::testing::runKg(dir_.path(), args, ""); }
    std::string facts() {
        return kg("query g.kg 'MATCH (a)-[r]->(b) RETURN a.name, type(r), b.name, r.support "
                  "ORDER BY a.name, type(r)' --format tsv")
            .out;
    }
    TempDir dir_;
};

TEST_F(Curate, MergeMovesFactsFoldsDuplicatesAndKeepsTheName) {
    Result r = kg("merge-entities g.kg Berg 'Jonas Berg'");
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out, "merged 'Berg' into 'Jonas Berg': 3 relations moved, 1 folded into a fact "
                     "it had\n");
    EXPECT_EQ(facts(), "a.name\ttype(r)\tb.name\tr.support\n"
                       "Jonas Berg\tchair\tHarbour Council\t2\n"
                       "Jonas Berg\tcriticise\tPort Authority\t1\n"
                       "Port Authority\tsue\tJonas Berg\t1\n");
    EXPECT_EQ(kg("query g.kg 'MATCH (a {name: \"Jonas Berg\"}) RETURN a.aliases' --format tsv").out,
              "a.aliases\n[\"Berg\"]\n");
    Result again = kg("merge-entities g.kg Berg 'Jonas Berg'");
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_EQ(again.err, "kg: 'Berg' and 'Jonas Berg' are one entity already, 'Jonas Berg'\n");
}

TEST_F(Curate, UnknownNamesAreRefusedWithAHint) {
    Result r = kg("merge-entities g.kg Brg 'Jonas Berg'");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err, "kg: no entity named 'Brg' (did you mean 'Berg'?)\n");
}

TEST_F(Curate, RenameKeepsTheOldNameAsAnAlias) {
    Result r = kg("rename-entity g.kg 'Port Authority' 'Harbour Port Authority'");
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out, "renamed 'Port Authority' to 'Harbour Port Authority' ('Port Authority' "
                     "stays as an alias)\n");
    EXPECT_EQ(kg("query g.kg 'MATCH (a:Other) WHERE \"Port Authority\" IN a.aliases RETURN "
                 "a.name' --format tsv")
                  .out,
              "a.name\nHarbour Port Authority\n");
    Result taken = kg("rename-entity g.kg Berg 'Jonas Berg'");
    EXPECT_EQ(taken.exitCode, 1);
    EXPECT_EQ(taken.err,
              "kg: 'Jonas Berg' names another entity, 'Jonas Berg' (kg merge-entities joins the "
              "two)\n");
}

} // namespace
} // namespace kg::cli
