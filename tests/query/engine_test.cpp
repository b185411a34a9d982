// The public API beyond single queries: streaming, cancellation, scripts, parameters,
// vocabulary.
#include "query/engine.h"
#include "tests/query/fixture.h"

#include <algorithm>
#include <gtest/gtest.h>

namespace kg::query {
namespace {

const graph::KnowledgeGraph& fixture() {
    static const graph::KnowledgeGraph g = testing::makeFixtureGraph();
    return g;
}

class StopAfter : public RowSink {
public:
    explicit StopAfter(std::size_t n) : n_(n) {}
    void columns(const std::vector<std::string>& names) override { columns_ = names; }
    bool row(const std::vector<Value>&) override { return ++rows_ < n_; }
    std::vector<std::string> columns_;
    std::size_t rows_ = 0;

private:
    std::size_t n_;
};

TEST(Engine, StreamingSinkCanStopEarly) {
    StopAfter sink(2);
    runQuery(fixture(), "MATCH (a) RETURN a.name AS n", {}, sink);
    EXPECT_EQ(sink.columns_, std::vector<std::string>{"n"});
    EXPECT_EQ(sink.rows_, 2u);
}

TEST(Engine, RaisedCancelFlagStopsTheQuery) {
    std::atomic<bool> cancel{true};
    RunOptions options;
    options.cancel = &cancel;
    EXPECT_THROW(runQuery(fixture(), "MATCH (a)-[*]-(b) RETURN count(*)", {}, options),
                 QueryCancelled);
}

TEST(Engine, ResultRowsHoldTypedValues) {
    QueryResult r =
        runQuery(fixture(), "MATCH (a {name: 'Germany'})-[r:increase]->(b) RETURN a, r, b.name, "
                            "r.support, r.confidence, r.negated");
    ASSERT_EQ(r.rows.size(), 1u);
    const auto& row = r.rows[0];
    ASSERT_TRUE(row[0].isNode());
    EXPECT_EQ(fixture().name(row[0].asNode()), "Germany");
    ASSERT_TRUE(row[1].isRelationship());
    EXPECT_EQ(fixture().str(fixture().relation(row[1].asRelationship()).predicate), "increase");
    EXPECT_EQ(row[2], Value("defence spending"));
    EXPECT_EQ(row[3], Value(2));
    EXPECT_EQ(row[4], Value(0.96)); // two mentions at 0.8 combine as a noisy-or
    EXPECT_EQ(row[5], Value(false));
}

TEST(Engine, PathValuesListNodesAndRelationships) {
    QueryResult r = runQuery(fixture(), "MATCH p = (a {name: 'Mark Rutte'})-[:lead]->(b) RETURN p");
    ASSERT_EQ(r.rows.size(), 1u);
    const Path& p = r.rows[0][0].asPath();
    EXPECT_EQ(p.nodes, (std::vector<graph::EntityId>{0, 2}));
    EXPECT_EQ(p.relationships, (std::vector<graph::RelationId>{4}));
}

TEST(Engine, ExplainReturnsThePlanAsRows) {
    QueryResult r = runQuery(fixture(), "EXPLAIN MATCH (a {name: 'NATO'}) RETURN a");
    EXPECT_EQ(r.columns, std::vector<std::string>{"plan"});
    EXPECT_EQ(explain(fixture(), "MATCH (a {name: 'NATO'}) RETURN a"),
              "Project a\n  Filter name\n    NodeByName (a) (name index)\n      Start\n");
    EXPECT_TRUE(isExplain("  explain MATCH (a) RETURN a"));
    EXPECT_FALSE(isExplain("MATCH (a) RETURN a"));
}

TEST(Engine, SplitStatementsRespectsStringsAndComments) {
    ScriptSplit s =
        splitStatements("MATCH (a) RETURN 'x;y';\n// c; d\n  RETURN 1 /* ; */;\nRETURN 2");
    ASSERT_EQ(s.statements.size(), 2u);
    EXPECT_EQ(s.statements[0].text, "MATCH (a) RETURN 'x;y'");
    EXPECT_EQ(s.statements[1].text, "RETURN 1 /* ; */");
    EXPECT_EQ(s.statements[1].line, 3u);
    EXPECT_EQ(s.statements[1].column, 3u);
    EXPECT_EQ(s.rest.text, "RETURN 2");
    EXPECT_EQ(s.rest.line, 4u);
    EXPECT_FALSE(s.openQuote);
    EXPECT_TRUE(splitStatements("RETURN 'abc;").openQuote);
    EXPECT_TRUE(splitStatements(" ;; // only a comment\n").rest.text.empty());
    EXPECT_TRUE(splitStatements(" ;; // only a comment\n").statements.empty());
}

TEST(Engine, ErrorsInScriptsPointIntoTheScript) {
    std::string script = "RETURN 1;\n  MATCH (a) RETURN b;";
    ScriptSplit s = splitStatements(script);
    try {
        runQuery(fixture(), s.statements[1].text);
        FAIL() << "expected an error";
    } catch (const QueryError& e) {
        QueryError moved = e.inScript(script, s.statements[1].line, s.statements[1].column);
        EXPECT_EQ(moved.formatted(),
                  "2:20: unknown variable 'b' (did you mean a?)\n  MATCH (a) RETURN b;\n"
                  "                   ^");
    }
}

TEST(Engine, ParamValuesAreTyped) {
    EXPECT_EQ(parseParamValue("42"), Value(42));
    EXPECT_EQ(parseParamValue("-1.5"), Value(-1.5));
    EXPECT_EQ(parseParamValue("true"), Value(true));
    EXPECT_TRUE(parseParamValue("null").isNull());
    EXPECT_EQ(parseParamValue("'Mark Rutte'"), Value("Mark Rutte"));
    EXPECT_EQ(parseParamValue("Mark Rutte"), Value("Mark Rutte"));
    EXPECT_EQ(parseParamValue("[1, 'a']"), Value(ValueList{Value(1), Value("a")}));
    EXPECT_EQ(parseParamValue("a.b("), Value("a.b("));
    EXPECT_EQ(parseParamValue(""), Value(""));
}

TEST(Engine, CheckQueryNeedsNoGraph) {
    EXPECT_NO_THROW(checkQuery("MATCH (a {name: $who})-[r]->(b) RETURN b"));
    EXPECT_THROW(checkQuery("MATCH (a) RETURN b"), QueryError);
}

TEST(Engine, VocabularyForCompletion) {
    auto has = [](std::span<const std::string_view> list, std::string_view word) {
        return std::find(list.begin(), list.end(), word) != list.end();
    };
    EXPECT_TRUE(has(keywords(), "MATCH"));
    EXPECT_TRUE(has(keywords(), "shortestPath"));
    EXPECT_TRUE(has(functionNames(), "count"));
    EXPECT_TRUE(has(functionNames(), "startNode"));
    EXPECT_TRUE(has(entityPropertyNames(), "aliases"));
    EXPECT_TRUE(has(relationPropertyNames(), "attributed_to"));
}

} // namespace
} // namespace kg::query
