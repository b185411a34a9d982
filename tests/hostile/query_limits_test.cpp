// Query budgets: memory, time and hops. Going over one is a one-line error naming the limit and
// the flag that raises it; the REPL carries on with its unsaved changes.
#include "tests/hostile/hostile.h"

namespace kg::hostile {
namespace {

class QueryLimits : public Hostile {
protected:
    void SetUp() override {
        std::string chain;
        for (int i = 0; i < 2000; ++i)
            chain += "node " + std::to_string(i) + "\tlinks\tnode " + std::to_string(i + 1) + "\n";
        write("chain.tsv", chain);
        ASSERT_EQ(kg("import chain.tsv -o g.kg").exitCode, 0);
    }
};

TEST_F(QueryLimits, SortingACartesianProductStopsAtTheMemoryBudget) {
    KgResult r = kg("query g.kg 'MATCH (a),(b) RETURN a.name, b.name ORDER BY a.name' "
                    "--max-memory 8M");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err, "kg: query stopped: it needs more than 8 MiB of memory (raise the limit "
                     "with --max-memory, or :max-memory in the REPL)\n");
    EXPECT_EQ(r.out, "");
}

TEST_F(QueryLimits, CollectingPathsStopsAtTheMemoryBudget) {
    KgResult r = kg("query g.kg 'MATCH p=(a)-[*]-(b) RETURN collect(p)' --max-memory 4M");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(lines(r.err), 1u) << r.err;
    EXPECT_NE(r.err.find("more than 4 MiB of memory"), std::string::npos) << r.err;
}

TEST_F(QueryLimits, ATableKeptWholeCountsTowardsTheBudget) {
    KgResult r = kg("query g.kg 'MATCH (a),(b) RETURN a.name, b.name' --max-memory 2M");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(lines(r.err), 1u) << r.err;
    KgResult streamed =
        kg("query g.kg 'MATCH (a),(b) RETURN a.name LIMIT 3' --max-memory 2M --format csv");
    EXPECT_EQ(streamed.exitCode, 0) << streamed.err;
}

TEST_F(QueryLimits, AHugeRangeStopsAtTheMemoryBudgetBeforeItIsBuilt) {
    KgResult r = kg("query g.kg 'RETURN size(range(1, 1000000000000)) AS n'");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(lines(r.err), 1u) << r.err;
    EXPECT_TRUE(r.err.starts_with("kg: query stopped: it needs more than ")) << r.err;
    EXPECT_EQ(r.out, "");
    KgResult small = kg("query g.kg 'RETURN size(range(1, 100000)) AS n' --format csv");
    EXPECT_EQ(small.out, "n\n100000\n") << small.err;
}

TEST_F(QueryLimits, AComprehensionStopsAtTheMemoryBudget) {
    KgResult r = kg("query g.kg 'RETURN size([x IN range(1, 100000) | [x, x, x, x]]) AS n' "
                    "--max-memory 8M");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err, "kg: query stopped: it needs more than 8 MiB of memory (raise the limit "
                     "with --max-memory, or :max-memory in the REPL)\n");
    KgResult raised = kg("query g.kg 'RETURN size([x IN range(1, 100000) | [x, x, x, x]]) AS n' "
                         "--max-memory 256M --format csv");
    EXPECT_EQ(raised.out, "n\n100000\n") << raised.err;
}

TEST_F(QueryLimits, ALongQueryStopsAtTheTimeout) {
    KgResult r = kg("query g.kg 'MATCH (a),(b),(c) RETURN count(*)' --timeout 200ms");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err, "kg: query stopped: it ran longer than the 200 ms timeout (raise it with "
                     "--timeout, or :timeout in the REPL)\n");
}

TEST_F(QueryLimits, AnUnboundedPatternFollowsAtMostTheHopLimit) {
    KgResult r = kg("query g.kg \"MATCH (a {name: 'node 0'})-[*]->(b) RETURN count(b) AS n\" "
                    "--format csv");
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out, "n\n30\n");
    KgResult raised = kg("query g.kg \"MATCH (a {name: 'node 0'})-[*]->(b) RETURN count(b) AS n\" "
                         "--format csv --max-hops 100");
    EXPECT_EQ(raised.out, "n\n100\n");
}

TEST_F(QueryLimits, ABoundOverTheHopLimitIsAnError) {
    KgResult r = kg("query g.kg 'MATCH (a)-[*..31]->(b) RETURN count(b)'");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err.substr(0, r.err.find('\n')),
              "kg: query:1:10: a path of 31 hops is over the limit of 30 (raise it with "
              "--max-hops, or :max-hops in the REPL)");
}

TEST_F(QueryLimits, ABadBudgetIsAUsageError) {
    KgResult r = kg("query g.kg 'RETURN 1' --max-memory lots");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.err, "kg: --max-memory: 'lots' is not a size (e.g. 512M, 2G, 25%)\n");
}

TEST_F(QueryLimits, TheReplSurvivesABudgetErrorWithItsUnsavedChanges) {
    write("more.tsv", "Dara Finch\tjoins\tEli Marsh\n");
    KgResult r = kg("repl g.kg", ":import more.tsv\n"
                                 ":max-memory 4M\n"
                                 "MATCH (a),(b) RETURN a.name, b.name ORDER BY a.name;\n"
                                 "MATCH (a {name: 'Dara Finch'})-->(b) RETURN b.name;\n"
                                 ":save\n");
    EXPECT_EQ(r.exitCode, 1) << "a failed statement in a script";
    EXPECT_NE(r.err.find("error: query stopped: it needs more than 4 MiB of memory"),
              std::string::npos)
        << r.err;
    EXPECT_NE(r.out.find("Eli Marsh"), std::string::npos) << r.out;
    KgResult after =
        kg("query g.kg \"MATCH (a {name: 'Dara Finch'})-->(b) RETURN b.name\" --format csv");
    EXPECT_EQ(after.out, "b.name\nEli Marsh\n");
}

} // namespace
} // namespace kg::hostile
