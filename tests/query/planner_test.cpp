// The planner starts where the index makes the pattern cheapest; EXPLAIN shows where.
#include "query/engine.h"
#include "tests/query/fixture.h"

#include <gtest/gtest.h>

namespace kg::query {
namespace {

std::string plan(const std::string& query) {
    static const graph::KnowledgeGraph g = testing::makeFixtureGraph();
    return explain(g, query);
}

TEST(Planner, NamedNodeStartsFromTheNameIndex) {
    EXPECT_EQ(plan("MATCH (a)-[r]->(b {name: 'NATO'}) RETURN a.name"),
              "Project a.name\n"
              "  Expand (b)<-[r]-(a)\n"
              "    Filter name\n"
              "      NodeByName (b) (name index)\n"
              "        Start\n");
}

TEST(Planner, WhereEqualityOnNameUsesTheIndexToo) {
    EXPECT_NE(plan("MATCH (a)-->(b) WHERE b.name = 'Spain' RETURN a").find("NodeByName (b)"),
              std::string::npos);
}

TEST(Planner, AliasMembershipUsesTheIndex) {
    EXPECT_NE(plan("MATCH (a) WHERE 'Rutte' IN a.aliases RETURN a").find("NodeByAlias (a)"),
              std::string::npos);
}

TEST(Planner, PredicateIndexBeatsAFullScan) {
    EXPECT_EQ(plan("MATCH (a)-[:increase]->(b)-[r]->(c) RETURN c"),
              "Project c\n"
              "  Expand (b)-[r]->(c)\n"
              "    RelationshipByType (a)-[:increase]->(b) (predicate index)\n"
              "      Start\n");
}

TEST(Planner, TypeFilterBeatsNoFilter) {
    EXPECT_EQ(plan("MATCH (a)-[r]->(b:Person) RETURN a"), "Project a\n"
                                                          "  Expand (b:Person)<-[r]-(a)\n"
                                                          "    Filter (b:Person)\n"
                                                          "      NodeScanByType (b:Person)\n"
                                                          "        Start\n");
}

TEST(Planner, BoundVariableFromAnEarlierClauseIsTheStart) {
    EXPECT_EQ(plan("MATCH (n {name: 'NATO'}) MATCH (x)-[:lead]->(y)-[r]->(n) RETURN x"),
              "Project x\n"
              "  Expand (y)<-[:lead]-(x)\n"
              "    Expand (n)<-[r]-(y)\n"
              "      Filter name\n"
              "        NodeByName (n) (name index)\n"
              "          Start\n");
}

TEST(Planner, SelectivePatternIsPlannedFirst) {
    std::string p = plan("MATCH (x)-->(y), (a {name: 'NATO'}) RETURN x, a");
    EXPECT_LT(p.find("NodeScan (x)"), p.find("NodeByName (a)")); // deeper line = runs first
}

TEST(Planner, FiltersArePushedToWhereTheirVariablesAreBound) {
    EXPECT_EQ(plan("MATCH (a {name: 'Spain'})-[r]-(b) WHERE a.mentions > 0 AND b.degree > 1 "
                   "RETURN b"),
              "Project b\n"
              "  Filter (once per node) b.degree > 1\n"
              "    Expand (a)-[r]-(b)\n"
              "      Filter a.mentions > 0\n"
              "        Filter name\n"
              "          NodeByName (a) (name index)\n"
              "            Start\n");
}

TEST(Planner, PredicateCountsNeedNoScan) {
    EXPECT_EQ(plan("MATCH ()-[r]->() RETURN type(r) AS p, count(*) AS n ORDER BY n DESC LIMIT 10"),
              "Limit 10\n"
              "  Top 10 by n DESC\n"
              "    Project p, n\n"
              "      PredicateCounts (live count per predicate, no scan)\n"
              "        Start\n");
}

TEST(Planner, TheCountOfEveryRelationshipNeedsNoScan) {
    EXPECT_EQ(plan("MATCH ()-[r]-() RETURN count(r) AS n"),
              "Project n\n"
              "  RelationCount (live count, no scan)\n"
              "    Start\n");
}

TEST(Planner, TypeEqualityInWhereStartsFromThePredicateIndex) {
    EXPECT_EQ(plan("MATCH (a)-[r]->(b) WHERE type(r) = 'lead' AND b.name <> 'x' RETURN a"),
              "Project a\n"
              "  Filter (once per node) b.name <> 'x'\n"
              "    RelationshipByType (a)-[r:lead]->(b) (predicate index)\n"
              "      Start\n");
}

TEST(Planner, CountOfAPatternCountsTheLastHop) {
    EXPECT_EQ(plan("MATCH (a)-[:lead]->(b)-[:`member of`]->(c) RETURN count(*)"),
              "Project count(*)\n"
              "  CountExpansions (last hop counted, not listed)\n"
              "    Expand (b)-[:`member of`]->(c)\n"
              "      RelationshipByType (a)-[:lead]->(b) (predicate index)\n"
              "        Start\n");
}

TEST(Planner, ShortestPathUsesBidirectionalSearch) {
    EXPECT_NE(plan("MATCH p = shortestPath((a {name: 'Spain'})-[*]-(b {name: 'Weber'})) RETURN p")
                  .find("(bidirectional breadth-first)"),
              std::string::npos);
}

TEST(Planner, TheCountOfEveryRelationshipWithNamedEndsNeedsNoScan) {
    EXPECT_EQ(plan("MATCH (a)-[r]->(b) RETURN count(*)"), "Project count(*)\n"
                                                          "  RelationCount (live count, no scan)\n"
                                                          "    Start\n");
}

TEST(Planner, ACountOfOnePredicateReadsTheIndexSize) {
    EXPECT_EQ(plan("MATCH (a)-[r]->(b) WHERE type(r) = 'lead' RETURN count(*)"),
              "Project count(*)\n"
              "  CountRelationshipsByType (a)-[r:lead]->(b) (predicate index sizes, no scan)\n"
              "    RelationshipByType (a)-[r:lead]->(b) (predicate index)\n"
              "      Start\n");
}

TEST(Planner, GroupingByTheSourceWeighsEachSourceByItsEdges) {
    EXPECT_EQ(plan("MATCH (a)-[r]->(b) RETURN a.name AS s, count(*) AS n"),
              "Project s, n\n"
              "  Aggregate s, n\n"
              "    WeighByExpansions (edges counted per row, not listed)\n"
              "      Expand (a)-[r]->(b)\n"
              "        NodeScan (a)\n"
              "          Start\n");
}

TEST(Planner, AConditionOnOneNodeStartsThereAndRunsOncePerNode) {
    EXPECT_EQ(plan("MATCH (a)-[r]->(b) WHERE b.name =~ '.*a.*' RETURN count(*)"),
              "Project count(*)\n"
              "  CountExpansions (last hop counted, not listed)\n"
              "    Expand (b)<-[r]-(a)\n"
              "      Filter b.name =~ '.*a.*'\n"
              "        NodeScan (b)\n"
              "          Start\n");
    EXPECT_NE(plan("MATCH (a {name: 'Spain'})-->(b)-->(c) WHERE c.name =~ 'N.*' RETURN c")
                  .find("Filter (once per node) c.name =~ 'N.*'"),
              std::string::npos);
}

TEST(Planner, AnEqualityOfExpressionsAcrossPatternsIsAHashJoin) {
    EXPECT_EQ(plan("MATCH (a {name: 'Spain'})-[r]->(b), (c)-[s]->(d) "
                   "WHERE toLower(b.name) = toLower(d.name) RETURN c"),
              "Project c\n"
              "  Expand (d)<-[s]-(c)\n"
              "    HashJoin toLower(b.name) = toLower(d.name)\n"
              "      | build side, hashed once:\n"
              "        Expand (a)-[r]->(b)\n"
              "          Filter name\n"
              "            NodeByName (a) (name index)\n"
              "              Start\n"
              "      NodeScan (d)\n"
              "        Start\n");
}

} // namespace
} // namespace kg::query
