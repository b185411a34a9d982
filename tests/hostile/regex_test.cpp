// `=~` on inputs that crashed std::regex (deep recursion) or made it backtrack for minutes.
#include "tests/hostile/hostile.h"

namespace kg::hostile {
namespace {

class Regex : public Hostile {
protected:
    void SetUp() override {
        write("t.tsv", kTriples);
        ASSERT_EQ(kg("import t.tsv -o g.kg").exitCode, 0);
    }
};

TEST_F(Regex, ALongSubjectMatches) {
    write("q.cypher", "RETURN '" + std::string(60000, 'x') + "' =~ '.*' AS m");
    KgResult r = kg("query g.kg -f q.cypher --format csv");
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out, "m\ntrue\n");
}

TEST_F(Regex, CatastrophicBacktrackingIsLinear) {
    write("q.cypher", "RETURN '" + std::string(50000, 'a') + "b' =~ '(a+)+$' AS m");
    KgResult r = kg("query g.kg -f q.cypher --format csv");
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out, "m\nfalse\n");
}

TEST_F(Regex, DeeplyNestedPatternMatches) {
    write("q.cypher",
          "RETURN 'x' =~ '" + std::string(4000, '(') + "x" + std::string(4000, ')') + "' AS m");
    KgResult r = kg("query g.kg -f q.cypher --format csv");
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out, "m\ntrue\n");
}

TEST_F(Regex, IsAFullMatchAndTakesCaseInsensitiveFlag) {
    KgResult r = kg("query g.kg \"RETURN 'Ada' =~ 'A' AS part, 'Ada' =~ 'A.*' AS whole, "
                    "'ADA' =~ '(?i)ada' AS folded\" --format csv");
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out, "part,whole,folded\nfalse,true,true\n");
}

TEST_F(Regex, AnEntityWithATenMegabyteNameIsMatched) {
    write("big.tsv", std::string(10 << 20, 'x') + "\tis\tlong\n");
    ASSERT_EQ(kg("import big.tsv -o big.kg").exitCode, 0);
    KgResult r =
        kg("query big.kg \"MATCH (a) WHERE a.name =~ 'x*' RETURN count(a) AS n\" --format csv");
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out, "n\n1\n");
}

TEST_F(Regex, AnOversizedPatternIsAnError) {
    write("q.cypher", "RETURN 'x' =~ '" + std::string(20000, 'x') + "' AS m");
    KgResult r = kg("query g.kg -f q.cypher");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err.substr(0, r.err.find('\n')),
              "kg: q.cypher:1:15: regular expression is 20000 bytes, over the 16 KiB limit");
    EXPECT_EQ(r.out, "");
}

TEST_F(Regex, BackreferencesAreRefusedNotMisread) {
    write("q.cypher", "RETURN 'aa' =~ '(a)\\\\1' AS m");
    KgResult r = kg("query g.kg -f q.cypher");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err.substr(0, r.err.find('\n')),
              "kg: q.cypher:1:16: invalid regular expression: invalid escape sequence: \\1");
}

TEST_F(Regex, APatternComputedPerRowIsCompiledAndChecked) {
    KgResult r = kg("query g.kg \"MATCH (a) WHERE a.name =~ (a.name + '.*') RETURN count(a) AS n\" "
                    "--format csv");
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out, "n\n3\n");
    KgResult bad = kg("query g.kg \"MATCH (a) WHERE a.name =~ (a.name + '(') RETURN a\"");
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_EQ(bad.err.substr(0, bad.err.find('\n')),
              "kg: query:1:17: invalid regular expression: missing ): Ada Quill(");
}

} // namespace
} // namespace kg::hostile
