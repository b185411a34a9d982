// `kg repl` at a terminal, driven through a pseudo-terminal: prompts, multi-line statements,
// completion, history across runs, Ctrl-C, Ctrl-D and the unsaved-change warning.
#include "graph/io/kg_file.h"
#include "tests/repl/pty_session.h"
#include "tests/repl/repl_fixture.h"

#include <gtest/gtest.h>

namespace kg::test {
namespace {

constexpr std::string_view kCtrlC = "\x03";
constexpr std::string_view kCtrlD = "\x04";

class ReplTerminal : public ::testing::Test {
protected:
    void SetUp() override { writeFixtureGraph(dir / "news.kg"); }

    std::unique_ptr<PtySession> start(std::vector<std::string> args, unsigned short columns = 100) {
        std::vector<std::string> argv{kgBinary()};
        argv.insert(argv.end(), args.begin(), args.end());
        std::filesystem::current_path(dir.path());
        auto session = std::make_unique<PtySession>(argv, testEnvironment(dir.path()), columns);
        EXPECT_TRUE(session->expect("kg> ")) << session->output();
        return session;
    }

    TempDir dir;
};

TEST_F(ReplTerminal, ShowsABannerPromptsAndResults) {
    auto kg = start({"repl", "news.kg"});
    EXPECT_NE(kg->output().find(":help lists commands"), std::string::npos);
    kg->type("MATCH (a:Person) RETURN a.name AS name ORDER BY name;\r");
    ASSERT_TRUE(kg->expect("(2 rows, ")) << kg->output();
    EXPECT_NE(kg->lastChunk().find(" Ana Lima"), std::string::npos);
    EXPECT_TRUE(kg->expect("kg> "));
    kg->type(kCtrlD);
    EXPECT_EQ(kg->wait(), 0);
}

TEST_F(ReplTerminal, KgAloneStartsTheRepl) {
    auto kg = start({});
    kg->type("RETURN 6 * 7 AS answer;\r");
    EXPECT_TRUE(kg->expect("42")) << kg->output();
    kg->type(":quit\r");
    EXPECT_EQ(kg->wait(), 0);
}

TEST_F(ReplTerminal, StatementsSpanLinesWithAContinuationPrompt) {
    auto kg = start({"repl", "news.kg"});
    kg->type("MATCH (a:Person)\r");
    ASSERT_TRUE(kg->expect("...> ")) << kg->output();
    kg->type("RETURN count(a)\r");
    ASSERT_TRUE(kg->expect("...> ")) << kg->output();
    kg->type("  AS people;\r");
    ASSERT_TRUE(kg->expect("(1 row")) << kg->output();
    EXPECT_NE(kg->lastChunk().find("      2\r\n"), std::string::npos) << kg->lastChunk();
    EXPECT_TRUE(kg->expect("kg> "));
}

// libedit redraws the line with cursor movements, so what a completion inserted is checked by
// running the completed line: it only works if every word was completed right.
TEST_F(ReplTerminal, TabCompletesCommandsKeywordsNamesAndPredicates) {
    auto kg = start({"repl", "news.kg"});
    kg->type(":sch\t\r");
    ASSERT_TRUE(kg->expect(" meet in       |         1")) << kg->output();
    ASSERT_TRUE(kg->expect("kg> "));

    kg->type("mat\t(a {name: \"tom\t})-[:dis\t]-(b) RETURN b.name AS critic;\r");
    ASSERT_TRUE(kg->expect("(1 row")) << kg->output();
    EXPECT_NE(kg->lastChunk().find(" Ana Lima\r\n"), std::string::npos) << kg->lastChunk();
    EXPECT_EQ(kg->lastChunk().find("error"), std::string::npos) << kg->lastChunk();
}

TEST_F(ReplTerminal, TabListsTheChoicesWhenSeveralRemain) {
    auto kg = start({"repl", "news.kg"});
    kg->type("MATCH (a)-[:l\t"); // lead and leave share "lea": that much is inserted
    ASSERT_TRUE(kg->expect("ea")) << kg->output();
    kg->type("\t"); // nothing more in common: the choices are listed
    ASSERT_TRUE(kg->expect("\r\nlead   leave\r\n")) << kg->output();
    kg->type(kCtrlC);
    EXPECT_TRUE(kg->expect("kg> "));
}

TEST_F(ReplTerminal, HistoryIsKeptAcrossRuns) {
    {
        auto kg = start({"repl", "news.kg"});
        kg->type("RETURN 40 + 2\r");
        ASSERT_TRUE(kg->expect("...> "));
        kg->type("  AS answer;\r");
        ASSERT_TRUE(kg->expect("42")) << kg->output();
        kg->type(":mode csv\r");
        // The echo, then the prompt after it: only that prompt is the next line's.
        ASSERT_TRUE(kg->expect(":mode csv")) << kg->output();
        ASSERT_TRUE(kg->expect("kg> "));
        kg->type(kCtrlD);
        ASSERT_EQ(kg->wait(), 0);
    }
    std::string history = readFile(dir / "history");
    EXPECT_NE(history.find("answer;"), std::string::npos) << history;

    auto kg = start({"repl", "news.kg"});
    kg->type("\x10\x10"); // Ctrl-P twice: the statement before ":mode csv"
    ASSERT_TRUE(kg->expect("RETURN 40 + 2   AS answer;")) << kg->output();
    kg->type("\r");
    ASSERT_TRUE(kg->expect("(1 row")) << kg->output();

    kg->type(":mo\x12"); // Ctrl-R: the latest history line starting with what is typed
    ASSERT_TRUE(kg->expect("de csv")) << kg->output();
    kg->type("\r");
    kg->type("RETURN 1 AS x;\r");
    ASSERT_TRUE(kg->expect("x\r\n1\r\n")) << kg->output(); // csv now
}

TEST_F(ReplTerminal, HistoryListsWhatWasTyped) {
    auto kg = start({"repl", "news.kg"});
    kg->type("RETURN 1 AS one;\r");
    ASSERT_TRUE(kg->expect("(1 row")) << kg->output();
    ASSERT_TRUE(kg->expect("kg> "));
    kg->type(":history\r");
    ASSERT_TRUE(kg->expect("    2  :history\r\n")) << kg->output();
    EXPECT_NE(kg->lastChunk().find("    1  RETURN 1 AS one;\r\n"), std::string::npos)
        << kg->lastChunk();
}

// 50 rows do not fit on the 40-line terminal: they go through $PAGER. Short results and piped
// output never do (the script tests).
std::string fiftyRows() {
    std::string list;
    for (int i = 1; i <= 50; ++i)
        list += (i > 1 ? ", " : "") + std::to_string(i);
    return "UNWIND [" + list + "] AS n RETURN n";
}

// The test environment, in `dir`, with a pager that marks every line it shows.
std::vector<std::string> pagerEnvironment(const std::filesystem::path& dir) {
    std::filesystem::current_path(dir);
    std::vector<std::string> env = testEnvironment(dir);
    env.push_back("PAGER=sed s/^/paged:/");
    return env;
}

TEST_F(ReplTerminal, ALongTableGoesThroughThePager) {
    std::vector<std::string> env = pagerEnvironment(dir.path());
    PtySession kg({kgBinary(), "repl", "news.kg"}, env, 100);
    ASSERT_TRUE(kg.expect("kg> ")) << kg.output();
    kg.type("RETURN 1 AS short;\r");
    ASSERT_TRUE(kg.expect("(1 row")) << kg.output();
    EXPECT_EQ(kg.lastChunk().find("paged:"), std::string::npos) << kg.lastChunk();
    ASSERT_TRUE(kg.expect("kg> "));
    kg.type(fiftyRows() + ";\r");
    ASSERT_TRUE(kg.expect("paged:(50 rows")) << kg.output();
    EXPECT_NE(kg.lastChunk().find("paged: 50\r\n"), std::string::npos) << kg.lastChunk();
}

TEST_F(ReplTerminal, KgQueryPagesALongResultAtATerminal) {
    std::vector<std::string> env = pagerEnvironment(dir.path());
    PtySession kg({kgBinary(), "query", "news.kg", fiftyRows()}, env, 100);
    ASSERT_TRUE(kg.expect("paged:(50 rows)")) << kg.output();
    EXPECT_EQ(kg.wait(), 0);
}

TEST_F(ReplTerminal, CtrlCDropsTheLineBeingTyped) {
    auto kg = start({"repl", "news.kg"});
    kg->type("MATCH (a\r");
    ASSERT_TRUE(kg->expect("...> "));
    kg->type("WHERE");
    // The ^C byte raises SIGINT as soon as it is written: wait until libedit has echoed the
    // typed word, or the signal could overtake it.
    ASSERT_TRUE(kg->expect("WHERE")) << kg->output();
    kg->type(kCtrlC);
    ASSERT_TRUE(kg->expect("^C")) << kg->output();
    ASSERT_TRUE(kg->expect("kg> ")) << kg->output();
    kg->type("RETURN 7 AS seven;\r");
    ASSERT_TRUE(kg->expect("(1 row")) << kg->output();
    EXPECT_EQ(kg->lastChunk().find("error"), std::string::npos) << kg->lastChunk();
    ASSERT_TRUE(kg->expect("kg> "));
    kg->type(kCtrlD);
    EXPECT_EQ(kg->wait(), 0);
}

TEST_F(ReplTerminal, CtrlCCancelsARunningQuery) {
    {
        graph::KnowledgeGraph big;
        for (int i = 0; i < 3000; ++i)
            big.addEntity("entity " + std::to_string(i));
        graph::saveGraph(big, dir / "big.kg");
    }
    auto kg = start({"repl", "big.kg"});
    // 3000^4 rows to count: far more than any test run lasts.
    kg->type("MATCH (a), (b), (c), (d) RETURN count(*) AS n;\r");
    ASSERT_TRUE(kg->waitUntilLineAccepted());
    kg->send(kCtrlC); // the query runs
    ASSERT_TRUE(kg->expect("query cancelled")) << kg->output();
    ASSERT_TRUE(kg->expect("kg> "));
    kg->type("RETURN 1 AS still_here;\r");
    ASSERT_TRUE(kg->expect("(1 row")) << kg->output();
    EXPECT_NE(kg->lastChunk().find("still_here"), std::string::npos) << kg->lastChunk();
    ASSERT_TRUE(kg->expect("kg> "));
    kg->type(kCtrlD);
    EXPECT_EQ(kg->wait(), 0);
}

TEST_F(ReplTerminal, CtrlDNamesUnsavedChangesBeforeLeaving) {
    writeFile(dir / "more.tsv", "Ana Lima\tvisit\tPort Sela\n");
    auto kg = start({"repl", "news.kg"});
    kg->type(":import more.tsv\r");
    ASSERT_TRUE(kg->expect("imported 1 facts")) << kg->output();
    ASSERT_TRUE(kg->expect("kg> "));
    kg->type(kCtrlD);
    ASSERT_TRUE(kg->expect("unsaved changes to news.kg: 1 entity and 1 relation added"))
        << kg->output();
    ASSERT_TRUE(kg->expect("repeat Ctrl-D to discard them")) << kg->output();
    ASSERT_TRUE(kg->expect("kg> "));
    kg->type(kCtrlD);
    EXPECT_EQ(kg->wait(), 0);
}

TEST_F(ReplTerminal, QuitAsksAgainWhenChangesAreUnsaved) {
    writeFile(dir / "more.tsv", "Ana Lima\tvisit\tPort Sela\n");
    auto kg = start({"repl", "new.kg"});
    EXPECT_NE(kg->output().find("new graph; :save writes it to new.kg"), std::string::npos);
    kg->type(":import more.tsv\r");
    ASSERT_TRUE(kg->expect("kg> "));
    kg->type(":quit\r");
    ASSERT_TRUE(kg->expect("unsaved changes to new.kg: 2 entities and 1 relation added"))
        << kg->output();
    ASSERT_TRUE(kg->expect("repeat :quit to discard them"));
    kg->type(":save\r");
    ASSERT_TRUE(kg->expect("saved new.kg: 2 entities, 1 relation")) << kg->output();
    kg->type(":quit\r");
    EXPECT_EQ(kg->wait(), 0);
    EXPECT_TRUE(std::filesystem::exists(dir / "new.kg"));
}

TEST_F(ReplTerminal, LongCellsAreCutToTheTerminalWidth) {
    auto kg = start({"repl", "news.kg"}, 40);
    kg->type("RETURN 'The Harbor Council approved a ferry line worth 12 million euros.' AS "
             "sentence, 1 AS n;\r");
    ASSERT_TRUE(kg->expect("(1 row")) << kg->output();
    EXPECT_NE(kg->lastChunk().find(" The Harbor Council approved a fer\xe2\x80\xa6 | 1\r\n"),
              std::string::npos)
        << kg->lastChunk();
}

} // namespace
} // namespace kg::test
