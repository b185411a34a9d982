// The REPL's parts on their own: completion, statement gathering and
// meta command arguments.
#include "cli/repl/completion.h"
#include "cli/repl/meta_commands.h"
#include "cli/repl/statement_buffer.h"
#include "tests/repl/repl_fixture.h"

#include <gtest/gtest.h>

namespace kg::cli::repl {
namespace {

class CompletionTest : public ::testing::Test {
protected:
    std::vector<std::string> texts(std::string_view pending, std::string_view line) {
        Completion c = completer.complete(graph, params, pending, line);
        std::vector<std::string> out;
        for (const Candidate& candidate : c.candidates)
            out.push_back(candidate.text + candidate.suffix);
        lastStart = c.wordStart;
        return out;
    }
    std::vector<std::string> texts(std::string_view line) { return texts("", line); }

    graph::KnowledgeGraph graph = test::fixtureGraph();
    std::vector<std::string> params{"who", "when"};
    Completer completer{{":open", ":save", ":schema", ":stats", ":mode", ":export", ":explain"}};
    std::size_t lastStart = 0;
};

using Strings = std::vector<std::string>;

TEST_F(CompletionTest, MetaCommandsAndTheirArguments) {
    EXPECT_EQ(texts(":s"), (Strings{":save ", ":schema ", ":stats "}));
    EXPECT_EQ(texts(":sch"), (Strings{":schema "}));
    EXPECT_EQ(texts(":mode j"), (Strings{"json ", "jsonl "}));
    EXPECT_EQ(lastStart, 6u);
    EXPECT_EQ(texts(":export gr"), (Strings{"graphml "}));
    // The query argument of :explain completes like a query.
    EXPECT_EQ(texts(":explain MATCH (a:Pe"), (Strings{"Person"}));
    EXPECT_EQ(lastStart, 18u);
}

TEST_F(CompletionTest, KeywordsInTheCaseTyped) {
    EXPECT_EQ(texts("MAT"), (Strings{"MATCH "}));
    EXPECT_EQ(texts("mat"), (Strings{"match "}));
    EXPECT_EQ(texts("MATCH (a) RETURN cou"), (Strings{"count("}));
}

TEST_F(CompletionTest, EntityNamesInsideQuotes) {
    EXPECT_EQ(texts("MATCH (a {name: \"ana"), (Strings{"Ana Lima\""}));
    EXPECT_EQ(lastStart, 17u);
    EXPECT_EQ(texts("MATCH (a {name: 'T"), (Strings{"Tomas Berg'"}));
    EXPECT_EQ(texts("MATCH (a {name: \"Riv"), (Strings{"Riverton\""}));
    EXPECT_EQ(texts("MATCH (a {name: \"zz"), Strings{});
}

TEST_F(CompletionTest, PredicatesInRelationshipPatterns) {
    EXPECT_EQ(texts("MATCH (a)-[:l"), (Strings{"lead", "leave"}));
    EXPECT_EQ(texts("MATCH (a)-[r:dis"), (Strings{"`disagree with`"}));
    EXPECT_EQ(texts("MATCH (a)-[:lead|app"), (Strings{"approve"}));
    EXPECT_EQ(texts("MATCH (a)-[:`dis"), (Strings{"disagree with`"}));
}

TEST_F(CompletionTest, PropertiesTypesAndParameters) {
    EXPECT_EQ(texts("MATCH (a) RETURN a.na"), (Strings{"name"}));
    EXPECT_EQ(texts("MATCH (a {ty"), (Strings{"type: "}));
    EXPECT_EQ(texts("MATCH (a)-[r {neg"), (Strings{"negated: "}));
    EXPECT_EQ(texts("MATCH (a:Org"), (Strings{"Organization"}));
    EXPECT_EQ(texts("MATCH (a {name: $w"), (Strings{"who", "when"}));
}

TEST_F(CompletionTest, EarlierLinesOfAStatementGiveTheContext) {
    EXPECT_EQ(texts("MATCH (a)-[", ":me"), (Strings{"`meet in`"}));
    EXPECT_EQ(lastStart, 1u);
    EXPECT_EQ(texts("MATCH (a {name:", " \"Tom"), (Strings{"Tomas Berg\""}));
    EXPECT_EQ(lastStart, 2u);
}

Strings textsOf(const std::vector<BufferedStatement>& statements) {
    Strings out;
    for (const BufferedStatement& s : statements)
        out.push_back(s.text);
    return out;
}

TEST(StatementBuffer, GathersLinesUntilASemicolon) {
    StatementBuffer b;
    b.append("MATCH (a)");
    EXPECT_TRUE(b.takeComplete().empty());
    EXPECT_FALSE(b.empty());
    b.append("RETURN a.name; RETURN 1;");
    EXPECT_EQ(textsOf(b.takeComplete()), (Strings{"MATCH (a)\nRETURN a.name", "RETURN 1"}));
    EXPECT_TRUE(b.empty());
}

TEST(StatementBuffer, SemicolonsInStringsAndCommentsDoNotEndAStatement) {
    StatementBuffer b;
    b.append("RETURN 'a;b' // not the end;");
    EXPECT_TRUE(b.takeComplete().empty());
    b.append("  , 2;");
    EXPECT_EQ(textsOf(b.takeComplete()), (Strings{"RETURN 'a;b' // not the end;\n  , 2"}));
    b.append("RETURN \"open;");
    EXPECT_TRUE(b.takeComplete().empty());
    b.append("still open\";");
    EXPECT_EQ(textsOf(b.takeComplete()), (Strings{"RETURN \"open;\nstill open\""}));
}

TEST(StatementBuffer, CommentsAloneLeaveNothingPending) {
    StatementBuffer b;
    b.append("// a comment;");
    EXPECT_TRUE(b.takeComplete().empty());
    EXPECT_TRUE(b.empty());
    b.append("RETURN 1; /* trailing */");
    EXPECT_EQ(textsOf(b.takeComplete()), (Strings{"RETURN 1"}));
    EXPECT_TRUE(b.empty());
}

TEST(StatementBuffer, TheRestOfAScriptIsItsLastStatement) {
    StatementBuffer b;
    b.append("RETURN 1");
    EXPECT_TRUE(b.takeComplete().empty());
    EXPECT_EQ(b.takeRest().text, "RETURN 1");
    EXPECT_TRUE(b.empty());
}

TEST(StatementBuffer, NamesWhereEachStatementStartsInTheInput) {
    StatementBuffer b;
    b.append("RETURN 1; RETURN", 4);
    std::vector<BufferedStatement> first = b.takeComplete();
    ASSERT_EQ(first.size(), 1u);
    EXPECT_EQ(first[0].line, 4u);
    EXPECT_EQ(first[0].column, 1u);
    b.append("  2;", 5);
    std::vector<BufferedStatement> second = b.takeComplete();
    ASSERT_EQ(second.size(), 1u);
    EXPECT_EQ(second[0].text, "RETURN\n  2");
    EXPECT_EQ(second[0].line, 4u);
    EXPECT_EQ(second[0].column, 11u);
    EXPECT_EQ(second[0].firstLine, "RETURN 1; RETURN");
}

TEST(MetaArgs, SplitsQuotedWords) {
    MetaArgs args(R"( svg "my file.svg"  MATCH (a) RETURN a )");
    ASSERT_EQ(args.size(), 6u);
    EXPECT_EQ(args[0], "svg");
    EXPECT_EQ(args[1], "my file.svg");
    EXPECT_EQ(args.textAfter(2), "MATCH (a) RETURN a");
    EXPECT_EQ(args.textAfter(0), R"(svg "my file.svg"  MATCH (a) RETURN a)");
    EXPECT_EQ(args.textAfter(7), "");
    EXPECT_THROW(MetaArgs("\"open"), MetaError);
    EXPECT_THROW(args.expect(0, 2), MetaUsageError);
}

} // namespace
} // namespace kg::cli::repl
