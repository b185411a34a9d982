// The small attacks: full stdout, all-bad imports, BOMs, NULs, huge query lines, unterminated
// comments, jobs files that write elsewhere, corpus links that lead out.
#include "tests/hostile/hostile.h"

namespace kg::hostile {
namespace {

class SmallInputs : public Hostile {
protected:
    void SetUp() override {
        write("t.tsv", kTriples);
        ASSERT_EQ(kg("import t.tsv -o g.kg").exitCode, 0);
    }
};

TEST_F(SmallInputs, StatsToAFullDiskFails) {
    // Not through runKg, whose own redirection of stdout would come last and win.
    int status = std::system(("cd '" + dir_.path().string() + "' && '" + kg::testing::kgBinary() +
                              "' stats g.kg >/dev/full 2>err.txt")
                                 .c_str());
    EXPECT_EQ(WEXITSTATUS(status), 1);
    EXPECT_EQ(read("err.txt"), "kg: cannot write to standard output: No space left on device\n");
}

TEST_F(SmallInputs, AnImportOfOnlyMalformedLinesKeepsTheGraph) {
    std::string before = read("g.kg");
    write("bad.tsv", "no tabs here\nnor here\n");
    KgResult r = kg("import bad.tsv -o g.kg");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err, "bad.tsv:1: expected 3 tab-separated columns (subject, predicate, object), "
                     "found 1\n"
                     "bad.tsv:2: expected 3 tab-separated columns (subject, predicate, object), "
                     "found 1\n"
                     "kg: every line of the input is malformed (2 lines); g.kg not written\n");
    EXPECT_EQ(read("g.kg"), before);
}

TEST_F(SmallInputs, AByteOrderMarkIsNoPartOfTheFirstName) {
    write("bom.tsv", "\xEF\xBB\xBF"
                     "Ada Quill\tknows\tBram Holt\n");
    ASSERT_EQ(kg("import bom.tsv -o bom.kg").exitCode, 0);
    KgResult r = kg("query bom.kg \"MATCH (a {name: 'Ada Quill'})-->(b) RETURN b.name\" "
                    "--format csv");
    EXPECT_EQ(r.out, "b.name\nBram Holt\n");
}

TEST_F(SmallInputs, ANulInANameIsAMalformedLine) {
    write("nul.tsv",
          std::string("Ada\0Quill\tknows\tBram Holt\nCora Vane\tknows\tDara Finch\n", 50));
    KgResult r = kg("import nul.tsv -o nul.kg");
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_EQ(r.err, "nul.tsv:1: column 4: NUL character\nkg: skipped 1 malformed line\n");
    write("nul.jsonl", "{\"subject\": \"Ada\\u0000Quill\", \"predicate\": \"knows\", "
                       "\"object\": \"Bram Holt\"}\n");
    KgResult json = kg("import nul.jsonl -o nul2.kg");
    EXPECT_EQ(json.exitCode, 1);
    EXPECT_EQ(json.err, "nul.jsonl:1: a name contains a NUL character\n"
                        "kg: every line of the input is malformed (1 line); nul2.kg not written\n");
}

TEST_F(SmallInputs, AHugeBadQueryLineIsShownAroundTheError) {
    write("q.cypher", "MATCH (a) WHERE a.name = '" + std::string(1 << 20, 'x') + "' RETRN a");
    KgResult r = kg("query g.kg -f q.cypher");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_LT(r.err.size(), 600u);
    EXPECT_EQ(lines(r.err), 3u) << "message, the line around the place, the caret";
    EXPECT_NE(r.err.find("...xxx"), std::string::npos);
}

TEST_F(SmallInputs, AnUnterminatedCommentSaysSo) {
    KgResult r = kg("query g.kg '/* MATCH (a) RETURN a'");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err, "kg: query: unterminated /* comment (no */ closes it)\n");
}

TEST_F(SmallInputs, BatchOutputsStayInsideTheOutputRoot) {
    std::filesystem::create_directory(dir_ / "out");
    write("jobs.json", "[{\"format\": \"json\", \"output\": \"ok.json\"},"
                       " {\"format\": \"json\", \"output\": \"../escaped.json\"},"
                       " {\"format\": \"json\", \"output\": \"" +
                           (dir_ / "abs.json").string() + "\"}]");
    KgResult r = kg("export g.kg --batch jobs.json --output-root out");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(exists("out/ok.json"));
    EXPECT_FALSE(exists("escaped.json"));
    EXPECT_FALSE(exists("abs.json"));
    EXPECT_NE(r.err.find("kg: job 2 (../escaped.json): output ../escaped.json is outside "
                         "--output-root"),
              std::string::npos)
        << r.err;
    EXPECT_NE(r.err.find("kg: 2 of 3 jobs failed\n"), std::string::npos) << r.err;
}

TEST_F(SmallInputs, ACorpusLinkLeadingOutIsSkipped) {
    std::filesystem::create_directory(dir_ / "corpus");
    write("corpus/a.txt", "The council approved the harbour plan.\n");
    write("private.txt", "The treasurer sold the old ferry.\n");
    std::filesystem::create_symlink(dir_ / "private.txt", dir_ / "corpus" / "b.txt");
    std::filesystem::create_symlink("a.txt", dir_ / "corpus" / "c.txt");
    KgResult r = kg("extract corpus -o facts.jsonl");
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_EQ(r.err, "kg: warning: corpus/b.txt: skipped, a link to a file outside corpus\n");
    std::string facts = read("facts.jsonl");
    EXPECT_EQ(facts.find("ferry"), std::string::npos);
    EXPECT_NE(facts.find("corpus/c.txt"), std::string::npos) << "a link inside is read";
}

} // namespace
} // namespace kg::hostile
