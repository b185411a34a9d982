// The tokenizer: token kinds, positions, escapes, and its errors.
#include "grammar/lexer.h"
#include "grammar/query.h"
#include "grammar/query_error.h"

#include <gtest/gtest.h>
#include <vector>

namespace kg::grammar {
namespace {

std::vector<Token> lex(std::string_view text) {
    Lexer lexer(text);
    std::vector<Token> out;
    for (Token t = lexer.next(); t.type != 0; t = lexer.next())
        out.push_back(t);
    return out;
}

std::vector<int> types(std::string_view text) {
    std::vector<int> out;
    for (const Token& t : lex(text))
        out.push_back(t.type);
    return out;
}

TEST(Lexer, KeywordsAnyCaseAndNames) {
    EXPECT_EQ(types("match Match MATCH matches"),
              (std::vector<int>{TK_MATCH, TK_MATCH, TK_MATCH, TK_ID}));
    EXPECT_EQ(types("`disagree with` $who"), (std::vector<int>{TK_QUOTED_ID, TK_PARAM}));
}

TEST(Lexer, NumbersAndRanges) {
    EXPECT_EQ(types("1 2.5 .5 1e3 1..3"),
              (std::vector<int>{TK_INTEGER, TK_FLOAT, TK_FLOAT, TK_FLOAT, TK_INTEGER, TK_DOTDOT,
                                TK_INTEGER}));
}

TEST(Lexer, OperatorsAndArrows) {
    EXPECT_EQ(types("<> != <= >= =~ <-[ ]->"),
              (std::vector<int>{TK_NE, TK_NE, TK_LE, TK_GE, TK_REGEX, TK_LT, TK_MINUS, TK_LBRACKET,
                                TK_RBRACKET, TK_MINUS, TK_GT}));
}

TEST(Lexer, LinesAndColumnsSkipCommentsAndBlanks) {
    auto tokens = lex("MATCH // comment\n  /* block\n */ (a)");
    ASSERT_EQ(tokens.size(), 4u);
    EXPECT_EQ(tokens[1].tok.line, 3u);
    EXPECT_EQ(tokens[1].tok.column, 5u);
    EXPECT_EQ(tokens[1].tok.offset, 32u);
}

TEST(Lexer, StringEscapes) {
    EXPECT_EQ(unescapeString(R"("a\"b\n\t\\ \u00e9 \u20AC")"), "a\"b\n\t\\ é €");
    EXPECT_EQ(unescapeString(R"('it\'s')"), "it's");
    EXPECT_EQ(unquoteName("`a``b`"), "a`b");
}

TEST(Lexer, ErrorsCarryTheirPosition) {
    auto error = [](std::string_view text) {
        try {
            lex(text);
        } catch (const QueryError& e) {
            return std::to_string(e.line()) + ":" + std::to_string(e.column()) + " " + e.message();
        }
        return std::string("no error");
    };
    EXPECT_EQ(error("RETURN\n  'abc"), "2:3 unterminated string");
    EXPECT_EQ(error("RETURN \"a\\qb\""), "1:10 unknown escape sequence in string");
    EXPECT_EQ(error("RETURN \"\\u12\""), "1:9 bad unicode escape in string");
    EXPECT_EQ(error("RETURN #"), "1:8 unexpected character '#'");
    EXPECT_EQ(error("RETURN /* open"), "1:8 unterminated comment");
    EXPECT_EQ(error("RETURN $ x"), "1:8 expected a parameter name after '$'");
    EXPECT_EQ(error("MATCH (``)"), "1:8 empty backticked name");
}

TEST(Lexer, SourceLine) {
    EXPECT_EQ(sourceLine("a\nbc\r\nd", 2), "bc");
    EXPECT_EQ(sourceLine("a", 5), "");
}

} // namespace
} // namespace kg::grammar
