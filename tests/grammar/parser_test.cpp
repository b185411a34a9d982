// The parser builds the AST the grammar describes, with positions.
#include "grammar/parser.h"

#include <gtest/gtest.h>

namespace kg::grammar {
namespace {

using namespace ast;

TEST(Parser, MatchPatternParts) {
    auto s =
        parseStatement("MATCH p = (a:Person {name: 'X'})-[r:`disagree with`|oppose*1..3]->(b), "
                       "(c)<--(d) RETURN a");
    ASSERT_EQ(s->clauses.size(), 2u);
    const Clause& m = s->clauses[0];
    ASSERT_EQ(m.patterns.size(), 2u);
    const PatternPart& p = m.patterns[0];
    EXPECT_EQ(p.pathVariable, "p");
    EXPECT_EQ(p.nodes[0].variable, "a");
    EXPECT_EQ(p.nodes[0].labels, std::vector<std::string>{"Person"});
    EXPECT_EQ(p.nodes[0].properties[0].key, "name");
    EXPECT_EQ(p.rels[0].types, (std::vector<std::string>{"disagree with", "oppose"}));
    EXPECT_TRUE(p.rels[0].variableLength);
    EXPECT_EQ(p.rels[0].minHops, 1u);
    EXPECT_EQ(p.rels[0].maxHops, 3u);
    EXPECT_EQ(p.rels[0].direction, Direction::Out);
    EXPECT_EQ(m.patterns[1].rels[0].direction, Direction::In);
    EXPECT_FALSE(m.patterns[1].rels[0].variableLength);
}

TEST(Parser, HopForms) {
    auto hops = [](const char* rel) {
        auto s = parseStatement(std::string("MATCH (a)-[") + rel + "]-(b) RETURN a");
        const RelPattern& r = s->clauses[0].patterns[0].rels[0];
        return std::to_string(r.minHops) + ".." +
               (r.maxHops == kUnboundedHops ? "" : std::to_string(r.maxHops));
    };
    EXPECT_EQ(hops("*"), "1..");
    EXPECT_EQ(hops("*2"), "2..2");
    EXPECT_EQ(hops("*..4"), "1..4");
    EXPECT_EQ(hops("*0..2"), "0..2");
    EXPECT_EQ(hops("*3.."), "3..");
}

TEST(Parser, OperatorPrecedence) {
    auto s = parseStatement("RETURN NOT a = 1 OR b AND c + 2 * 3 > 4");
    const Expr& e = *s->clauses[0].items[0].expr;
    ASSERT_EQ(e.op, Op::Or);
    EXPECT_EQ(e.children[0]->op, Op::Not);
    EXPECT_EQ(e.children[0]->children[0]->op, Op::Eq);
    const Expr& andExpr = *e.children[1];
    EXPECT_EQ(andExpr.op, Op::And);
    EXPECT_EQ(andExpr.children[1]->op, Op::Gt);
    EXPECT_EQ(andExpr.children[1]->children[0]->op, Op::Add);
    EXPECT_EQ(andExpr.children[1]->children[0]->children[1]->op, Op::Mul);
}

TEST(Parser, ProjectionTextAndAliases) {
    auto s = parseStatement("MATCH (a) RETURN DISTINCT a.name AS n, count( * ) ORDER BY n DESC "
                            "SKIP 1 LIMIT 2");
    const Clause& r = s->clauses[1];
    EXPECT_TRUE(r.distinct);
    EXPECT_EQ(r.items[0].alias, "n");
    EXPECT_EQ(r.items[1].text, "count( * )");
    EXPECT_TRUE(r.items[1].expr->star);
    EXPECT_TRUE(r.orderBy[0].descending);
    EXPECT_TRUE(r.skip && r.limit);
}

TEST(Parser, ExplainAndShortestPath) {
    auto s = parseStatement("explain MATCH p = allShortestPaths((a)-[*]-(b)) RETURN p;");
    EXPECT_TRUE(s->explain);
    EXPECT_EQ(s->clauses[0].patterns[0].kind, PatternKind::AllShortestPaths);
}

TEST(Parser, KeywordsServeAsNamesWhereNoKeywordFits) {
    auto s = parseStatement("MATCH (in)-[:contains]->(limit) RETURN in.order");
    EXPECT_EQ(s->clauses[0].patterns[0].nodes[0].variable, "in");
    EXPECT_EQ(s->clauses[0].patterns[0].rels[0].types[0], "contains");
    EXPECT_EQ(s->clauses[1].items[0].expr->name, "order");
}

TEST(Parser, SpansPointAtTheSource) {
    auto s = parseStatement("MATCH (a)\n  RETURN a.name");
    const Expr& e = *s->clauses[1].items[0].expr;
    EXPECT_EQ(e.span.line, 2u);
    EXPECT_EQ(e.span.column, 10u);
    EXPECT_EQ(e.nameSpan.column, 12u);
}

TEST(Parser, ErrorsSayWhatWasExpected) {
    auto message = [](const char* text) {
        try {
            parseStatement(text);
        } catch (const QueryError& e) {
            return e.formatted();
        }
        return std::string("no error");
    };
    EXPECT_EQ(message("MATCH (a:Person RETURN a"),
              "1:17: expected ')' after node pattern, found 'RETURN'\n"
              "MATCH (a:Person RETURN a\n"
              "                ^");
    EXPECT_EQ(
        message("MATCH (a) RETURN a ORDER a"),
        "1:26: expected BY, found 'a'\nMATCH (a) RETURN a ORDER a\n                         ^");
    EXPECT_EQ(message(""),
              "1:1: expected MATCH, OPTIONAL, RETURN, WITH, EXPLAIN, UNWIND, CREATE or ..., "
              "found end of input\n\n^");
    EXPECT_EQ(message("MATCH (a)-[*9999999999]-(b) RETURN a"),
              "1:13: hop count 9999999999 is too large\n"
              "MATCH (a)-[*9999999999]-(b) RETURN a\n"
              "            ^");
}

TEST(Parser, UnionBranchesFollowTheFirstQuery) {
    auto s =
        parseStatement("RETURN 1 AS a UNION ALL MATCH (b) RETURN b AS a UNION ALL RETURN 3 AS a");
    EXPECT_EQ(s->clauses.size(), 1u);
    ASSERT_EQ(s->unions.size(), 2u);
    EXPECT_TRUE(s->unions[0].all);
    EXPECT_EQ(s->unions[0].clauses.size(), 2u);
    EXPECT_EQ(s->unions[1].span.column, 49u);
}

TEST(Parser, SlicesRecordWhichBoundsWereWritten) {
    auto bounds = [](const char* slice) {
        auto s = parseStatement(std::string("RETURN [1, 2, 3]") + slice);
        const Expr& e = *s->clauses[0].items[0].expr;
        EXPECT_EQ(e.kind, ExprKind::Slice);
        return std::string(e.hasLow ? "low" : "") + (e.hasHigh ? "high" : "");
    };
    EXPECT_EQ(bounds("[1..2]"), "lowhigh");
    EXPECT_EQ(bounds("[..2]"), "high");
    EXPECT_EQ(bounds("[1..]"), "low");
    EXPECT_EQ(bounds("[..]"), "");
}

TEST(Parser, ComprehensionsTakeTheirNameFromIn) {
    auto s = parseStatement("RETURN [x IN [1, 2] WHERE x > 1 | x * 2], [y IN [1]], "
                            "reduce(acc = 0, z IN [1] | acc + z), any(w IN [1] WHERE w = 1)");
    const auto& items = s->clauses[0].items;
    EXPECT_EQ(items[0].expr->kind, ExprKind::ListComprehension);
    EXPECT_EQ(items[0].expr->variable, "x");
    EXPECT_EQ(items[1].expr->kind, ExprKind::ListComprehension);
    EXPECT_EQ(items[1].expr->children[2]->kind, ExprKind::Variable);
    EXPECT_EQ(items[2].expr->kind, ExprKind::Reduce);
    EXPECT_EQ(items[2].expr->keys, std::vector<std::string>{"acc"});
    EXPECT_EQ(items[2].expr->variable, "z");
    EXPECT_EQ(items[3].expr->kind, ExprKind::Quantifier);
    EXPECT_EQ(items[3].expr->name, "any");
}

TEST(Parser, APatternIsToldFromParenthesizedArithmetic) {
    auto first = [](const char* expr) {
        auto s = parseStatement(std::string("MATCH (a) RETURN ") + expr);
        return s->clauses[1].items[0].expr->kind;
    };
    EXPECT_EQ(first("(a)-->()"), ExprKind::Pattern);
    EXPECT_EQ(first("(a)<-[:lead]-(:Person {name: 'x'})"), ExprKind::Pattern);
    EXPECT_EQ(first("(a) - 1"), ExprKind::Binary);
    EXPECT_EQ(first("(a) < -1"), ExprKind::Binary);
    EXPECT_EQ(first("[(a)-->(b) | b]"), ExprKind::Pattern);
    EXPECT_EQ(first("COUNT { (a)-->() }"), ExprKind::Pattern);
    EXPECT_EQ(first("a {.name, .*}"), ExprKind::MapProjection);
}

TEST(Parser, UnsupportedClausesAreNamed) {
    for (const char* q : {"CALL db.labels() RETURN 1", "MATCH (a) FOREACH (x IN [1] | x)",
                          "MERGE (a {name: 'x'}) ON CREATE SET a.type = 'Person'"}) {
        try {
            parseStatement(q);
            ADD_FAILURE() << q;
        } catch (const QueryError& e) {
            EXPECT_NE(std::string(e.what()).find(" not supported"), std::string::npos) << e.what();
        }
    }
}

TEST(Parser, WritingClauses) {
    auto s = parseStatement("MATCH (a) SET a.name = 'x', a:Person REMOVE a.time, a:Place "
                            "DETACH DELETE a, b CREATE (c {name: 'y'})-[:r]->(a) MERGE (d)");
    ASSERT_EQ(s->clauses.size(), 6u);
    const ast::Clause& set = s->clauses[1];
    EXPECT_EQ(set.kind, ast::ClauseKind::Set);
    ASSERT_EQ(set.changes.size(), 2u);
    EXPECT_EQ(set.changes[0].key, "name");
    EXPECT_NE(set.changes[0].value, nullptr);
    EXPECT_EQ(set.changes[1].labels, std::vector<std::string>{"Person"});
    const ast::Clause& remove = s->clauses[2];
    EXPECT_EQ(remove.kind, ast::ClauseKind::Remove);
    EXPECT_EQ(remove.changes[0].value, nullptr);
    EXPECT_EQ(s->clauses[3].kind, ast::ClauseKind::Delete);
    EXPECT_TRUE(s->clauses[3].detach);
    EXPECT_EQ(s->clauses[3].deleted.size(), 2u);
    EXPECT_EQ(s->clauses[4].kind, ast::ClauseKind::Create);
    EXPECT_EQ(s->clauses[4].patterns[0].rels[0].types, std::vector<std::string>{"r"});
    EXPECT_EQ(s->clauses[5].kind, ast::ClauseKind::Merge);
    // The words stay usable as names.
    EXPECT_NO_THROW(parseStatement("MATCH (set)-[:delete]->(merge) RETURN set.create"));
}

} // namespace
} // namespace kg::grammar
