// The write path (docs/curation.md): CREATE, MERGE, SET, REMOVE, DELETE and DETACH DELETE on the
// fixture graph, each checked by reading the graph back with a query.
#include "query/engine.h"
#include "query/result_format.h"
#include "tests/query/fixture.h"

#include <gtest/gtest.h>
#include <string>
#include <vector>

namespace kg::query {
namespace {

class Collect : public RowSink {
public:
    void columns(const std::vector<std::string>& names) override { result.columns = names; }
    bool row(const std::vector<Value>& values) override {
        result.rows.push_back(values);
        return true;
    }
    QueryResult result;
};

class Write : public ::testing::Test {
protected:
    WriteSummary write(const std::string& text, const WriteOptions& options = {}) {
        Collect sink;
        WriteSummary summary = runWrite(graph_, text, {}, sink, {}, options);
        returned_ = sink.result;
        return summary;
    }
    /// The rows of a reading query, each value as the result table shows it, joined by '|'.
    std::vector<std::string> read(const std::string& text) {
        std::vector<std::string> out;
        for (const auto& row : runQuery(graph_, text).rows) {
            std::string line;
            for (std::size_t i = 0; i < row.size(); ++i) {
                if (i > 0)
                    line += '|';
                line += displayValue(graph_, row[i]);
            }
            out.push_back(line);
        }
        return out;
    }
    std::string error(const std::string& text) {
        try {
            write(text);
        } catch (const QueryError& e) {
            return e.what(); // the message with its line and column
        }
        return "no error";
    }
    using Rows = std::vector<std::string>;

    graph::KnowledgeGraph graph_ = testing::makeFixtureGraph();
    QueryResult returned_;
};

TEST_F(Write, CreateMakesEntitiesAndAManualFact) {
    WriteSummary s = write("CREATE (a:Person {name: 'Ada Kowalski', aliases: ['Kowalski']})"
                           "-[:chair {time: 'since 2024'}]->(b:Organization {name: 'Tide Board'})",
                           WriteOptions{"from the minutes"});
    EXPECT_EQ(s.describe(), "created 2 entities and 1 relation, set 1 property");
    EXPECT_EQ(read("MATCH (a {name: 'Ada Kowalski'})-[r:chair]->(b) RETURN a.name, labels(a), "
                   "r.time, r.doc, r.sentence, r.support, b.name, b.type"),
              Rows({"Ada Kowalski|[\"Person\"]|since 2024|manual|from the minutes|1|Tide "
                    "Board|Organization"}));
}

TEST_F(Write, CreateConnectsMatchedEntitiesAndReturns) {
    WriteSummary s = write("MATCH (a {name: 'Mark Rutte'}), (b {name: 'Spain'}) "
                           "CREATE (a)-[r:visit]->(b) RETURN type(r) AS t, a.name AS who");
    EXPECT_EQ(s.relationsCreated, 1u);
    EXPECT_EQ(s.entitiesCreated, 0u);
    ASSERT_EQ(returned_.rows.size(), 1u);
    EXPECT_EQ(returned_.columns, std::vector<std::string>({"t", "who"}));
    EXPECT_EQ(returned_.rows[0][0].asString(), "visit");
    EXPECT_EQ(returned_.rows[0][1].asString(), "Mark Rutte");
    EXPECT_EQ(read("MATCH (:Person)-[:visit]->(b) RETURN b.name"), Rows({"Spain"}));
}

TEST_F(Write, CreateRefusesATakenNameAndMergeFindsIt) {
    EXPECT_EQ(error("CREATE (n {name: 'EU'})"),
              "1:8: 'EU' names the entity 'European Union' already (MERGE finds it or creates "
              "it)");
    WriteSummary s = write("MERGE (n {name: 'EU'}) MERGE (m:Place {name: 'Malta'}) "
                           "MERGE (m)-[:`member of`]->(n)");
    EXPECT_EQ(s.describe(), "created 1 entity and 1 relation");
    // Run again, MERGE finds everything.
    EXPECT_EQ(write("MERGE (n {name: 'EU'}) MERGE (m:Place {name: 'Malta'}) "
                    "MERGE (m)-[:`member of`]->(n)")
                  .describe(),
              "no changes");
    EXPECT_EQ(read("MATCH (a)-[:`member of`]->(:Organization {name: 'European Union'}) RETURN "
                   "a.name ORDER BY a.name"),
              Rows({"Germany", "Malta", "Manfred Weber", "Spain"}));
}

TEST_F(Write, MergeOfAnExistingFactChangesNothing) {
    EXPECT_EQ(write("MATCH (a {name: 'Spain'}), (b {name: 'NATO'}) MERGE (a)-[:`member of`]->(b)")
                  .describe(),
              "no changes");
    EXPECT_EQ(error("MERGE (n:Place {name: 'NATO'})"),
              "1:7: 'NATO' is of type Organization: MERGE cannot make a second entity of that "
              "name, of type Place");
}

TEST_F(Write, SetRenamesRetypesAndRevisesFacts) {
    WriteSummary s = write("MATCH (a {name: 'Marco Rubio'})-[r:criticize]->(b) "
                           "SET a.name = 'Marco A. Rubio', a:Group, r.time = 'in May', "
                           "r.confidence = 0.5");
    EXPECT_EQ(s.describe(), "set 3 properties, set 1 label");
    EXPECT_EQ(read("MATCH (a {name: 'Marco A. Rubio'})-[r:criticize]->(b) RETURN a.name, a.type, "
                   "a.aliases, r.time, r.confidence, b.name"),
              Rows({"Marco A. Rubio|Group|[\"Rubio\", \"Marco Rubio\"]|in May|0.5|Spain"}));
    // A changed predicate makes it another fact; a later item follows it to its new id.
    write("MATCH (a)-[r:lead]->(b) SET r.predicate = 'head', r.stance = 'support'");
    EXPECT_EQ(read("MATCH (a)-[r]->(b {name: 'NATO'}) WHERE type(r) IN ['lead', 'head'] "
                   "RETURN a.name, type(r), r.stance"),
              Rows({"Mark Rutte|head|support"}));
}

TEST_F(Write, RemoveClearsPropertiesAndLabels) {
    WriteSummary s = write("MATCH (a:Place {name: 'Spain'})<-[r:criticize]-(:Person) "
                           "REMOVE a:Place, r.time");
    EXPECT_EQ(s.labelsSet, 1u);
    EXPECT_EQ(read("MATCH (a {name: 'Spain'}) RETURN a.type"), Rows({"Other"}));
    EXPECT_EQ(error("MATCH (a {name: 'Spain'}) REMOVE a.name"),
              "1:36: an entity's name must be a non-empty string (it cannot be removed)");
}

TEST_F(Write, DeleteNeedsDetachForAConnectedEntity) {
    EXPECT_EQ(error("MATCH (a {name: 'the Greens'}) DELETE a"),
              "1:39: cannot delete 'the Greens': it has 1 relation (DETACH DELETE deletes them "
              "too)");
    EXPECT_EQ(write("MATCH (a {name: 'the Greens'}) DETACH DELETE a").describe(),
              "deleted 1 entity and 1 relation");
    EXPECT_EQ(read("MATCH (a {name: 'the Greens'}) RETURN a"), Rows{});
    EXPECT_EQ(
        write("MATCH (:Place)-[r:`member of`]->({name: 'European Union'}) DELETE r").describe(),
        "deleted 2 relations");
    EXPECT_EQ(read("MATCH (a)-[:`member of`]->({name: 'European Union'}) RETURN a.name"),
              Rows({"Manfred Weber"}));
}

TEST_F(Write, ClausesRunInOrderOverEveryRow) {
    WriteSummary s = write("UNWIND ['Rome', 'Oslo'] AS city "
                           "CREATE (c:Place {name: city}) SET c.name = city + ' (city)' "
                           "RETURN c.name AS name");
    EXPECT_EQ(s.entitiesCreated, 2u);
    ASSERT_EQ(returned_.rows.size(), 2u);
    EXPECT_EQ(returned_.rows[1][0].asString(), "Oslo (city)");
    EXPECT_EQ(read("MATCH (c {name: 'Rome (city)'}) RETURN c.aliases"), Rows({"[\"Rome\"]"}));
}

TEST_F(Write, WhatIsNotSupportedIsNamed) {
    EXPECT_EQ(error("CREATE (a {name: 'x'})-[:r]-(b {name: 'y'})"),
              "1:23: CREATE needs the relation's direction: -[:type]-> or <-[:type]-");
    EXPECT_EQ(error("CREATE (a {title: 'x'})"),
              "1:12: CREATE gives an entity its name, type and aliases, not 'title'");
    EXPECT_EQ(error("MATCH (a) SET a.degree = 3"),
              "1:17: a.degree cannot be changed: only an entity's name and type can (its old "
              "names stay as aliases; merging adds aliases)");
    EXPECT_EQ(error("CREATE (a {name: 'x'}) MATCH (b) RETURN b"),
              "1:24: only writing clauses and a final RETURN may follow a writing clause; end "
              "the statement with ';' and read in the next one");
    EXPECT_EQ(error("MERGE (a {name: 'x'}) ON CREATE SET a.type = 'Person'"),
              "1:23: ON CREATE and ON MATCH are not supported (follow MERGE with SET)");
    // Nothing of the failed statements was left behind.
    EXPECT_EQ(read("MATCH (a) WHERE a.name IN ['x', 'y'] RETURN a"), Rows{});
}

TEST_F(Write, ReadingRunQueryRefusesWritingClauses) {
    try {
        runQuery(graph_, "MATCH (a) DETACH DELETE a");
        ADD_FAILURE();
    } catch (const QueryError& e) {
        EXPECT_STREQ(e.what(), "1:11: DETACH DELETE changes the graph: run it with kg query "
                               "--write, or in the REPL");
    }
    EXPECT_EQ(firstWritingClause("MATCH (a) SET a.type = 'Person'"), "SET");
    EXPECT_EQ(firstWritingClause("MATCH (a) RETURN a"), "");
    EXPECT_EQ(firstWritingClause("CREATE ("), "");
}

} // namespace
} // namespace kg::query
