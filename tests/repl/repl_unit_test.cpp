// The REPL's parts on their own: text widths, table layout, completion, statement gathering and
// meta command arguments.
#include "cli/repl/completion.h"
#include "cli/repl/meta_commands.h"
#include "cli/repl/statement_buffer.h"
#include "cli/repl/table_layout.h"
#include "cli/repl/text_width.h"
#include "tests/repl/repl_fixture.h"

#include <gtest/gtest.h>

namespace kg::cli::repl {
namespace {

TEST(TextWidth, CountsColumnsNotBytes) {
    EXPECT_EQ(displayWidth("Rutte"), 5u);
    EXPECT_EQ(displayWidth("Z\xc3\xbcrich"), 6u);            // ü is one column
    EXPECT_EQ(displayWidth("e\xcc\x81"), 1u);                // e + combining acute
    EXPECT_EQ(displayWidth("\xe6\x9d\xb1\xe4\xba\xac"), 4u); // two wide CJK characters
    EXPECT_EQ(displayWidth("\xff\xfe"), 2u);                 // invalid bytes: one column each
}

TEST(TextWidth, CutsWithAnEllipsis) {
    EXPECT_EQ(truncateToWidth("Mark Rutte", 10), "Mark Rutte");
    EXPECT_EQ(truncateToWidth("Mark Rutte", 5), "Mark\xe2\x80\xa6");
    EXPECT_EQ(truncateToWidth("Z\xc3\xbcrich", 3), "Z\xc3\xbc\xe2\x80\xa6");
    // A wide character that would straddle the limit is left out whole.
    EXPECT_EQ(truncateToWidth("a\xe6\x9d\xb1\xe4\xba\xac", 3), "a\xe2\x80\xa6");
    EXPECT_EQ(singleLine("one\ntwo\tthree"), "one two three");
}

TEST(TableLayout, KeepsNaturalWidthsWhenTheyFit) {
    EXPECT_EQ(fitColumns({5, 10}, 0), (std::vector<std::size_t>{5, 10}));
    EXPECT_EQ(fitColumns({5, 10}, 20), (std::vector<std::size_t>{5, 10}));
}

TEST(TableLayout, NarrowsTheWidestColumnsFirst) {
    // 40 columns less 8 of separators leave 32: the 5-wide column stays whole, the two wide
    // ones share the rest (13 each, the spare column to the first).
    EXPECT_EQ(fitColumns({5, 30, 40}, 40), (std::vector<std::size_t>{5, 14, 13}));
    // Never below three columns, even when the terminal is too narrow.
    EXPECT_EQ(fitColumns({20, 20}, 6), (std::vector<std::size_t>{3, 3}));
}

TEST(TableLayout, RendersAlignedRows) {
    TableText t{{"name", "degree"}, {{"Ana Lima", "4"}, {"Tomas Berg", "12"}}, {false, true}};
    EXPECT_EQ(renderTable(t, 0), " name       | degree\n"
                                 "------------+--------\n"
                                 " Ana Lima   |      4\n"
                                 " Tomas Berg |     12\n");
    EXPECT_EQ(renderTable(t, 17), " name   | degree\n"
                                  "--------+--------\n"
                                  " Ana L\xe2\x80\xa6 |      4\n"
                                  " Tomas\xe2\x80\xa6 |     12\n");
}

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

TEST(StatementBuffer, GathersLinesUntilASemicolon) {
    StatementBuffer b;
    b.append("MATCH (a)");
    EXPECT_TRUE(b.takeComplete().empty());
    EXPECT_FALSE(b.empty());
    b.append("RETURN a.name; RETURN 1;");
    EXPECT_EQ(b.takeComplete(), (Strings{"MATCH (a)\nRETURN a.name", "RETURN 1"}));
    EXPECT_TRUE(b.empty());
}

TEST(StatementBuffer, SemicolonsInStringsAndCommentsDoNotEndAStatement) {
    StatementBuffer b;
    b.append("RETURN 'a;b' // not the end;");
    EXPECT_TRUE(b.takeComplete().empty());
    b.append("  , 2;");
    EXPECT_EQ(b.takeComplete(), (Strings{"RETURN 'a;b' // not the end;\n  , 2"}));
    b.append("RETURN \"open;");
    EXPECT_TRUE(b.takeComplete().empty());
    b.append("still open\";");
    EXPECT_EQ(b.takeComplete(), (Strings{"RETURN \"open;\nstill open\""}));
}

TEST(StatementBuffer, CommentsAloneLeaveNothingPending) {
    StatementBuffer b;
    b.append("// a comment;");
    EXPECT_TRUE(b.takeComplete().empty());
    EXPECT_TRUE(b.empty());
    b.append("RETURN 1; /* trailing */");
    EXPECT_EQ(b.takeComplete(), (Strings{"RETURN 1"}));
    EXPECT_TRUE(b.empty());
}

TEST(StatementBuffer, TheRestOfAScriptIsItsLastStatement) {
    StatementBuffer b;
    b.append("RETURN 1");
    EXPECT_TRUE(b.takeComplete().empty());
    EXPECT_EQ(b.takeRest(), "RETURN 1");
    EXPECT_TRUE(b.empty());
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
