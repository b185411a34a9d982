#include "grammar/parser.h"

#include "grammar/lexer.h"
#include "grammar/parse_context.h"
#include "grammar/query.h"

#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

// Entry points of the Lemon-generated parser (query.c, compiled as C++).
void* kgParseAlloc(void* (*mallocProc)(std::size_t), kg::grammar::ParseContext* cx);
void kgParseFree(void* parser, void (*freeProc)(void*));
void kgParse(void* parser, int tokenType, kg::grammar::Tok token);
bool kgParseWouldShift(void* parser, int token, std::vector<int>* expected);

namespace kg::grammar {
namespace {

struct ParserDeleter {
    void operator()(void* p) const { kgParseFree(p, std::free); }
};

} // namespace

std::string_view tokenDescription(int tokenType) {
    switch (tokenType) {
    case 0:
        return "end of input";
    case TK_ID:
        return "a name";
    case TK_QUOTED_ID:
        return "a `name`";
    case TK_INTEGER:
        return "an integer";
    case TK_FLOAT:
        return "a number";
    case TK_STRING:
        return "a string";
    case TK_PARAM:
        return "a $parameter";
    case TK_LPAREN:
        return "'('";
    case TK_RPAREN:
        return "')'";
    case TK_LBRACKET:
        return "'['";
    case TK_RBRACKET:
        return "']'";
    case TK_LBRACE:
        return "'{'";
    case TK_RBRACE:
        return "'}'";
    case TK_COMMA:
        return "','";
    case TK_DOT:
        return "'.'";
    case TK_DOTDOT:
        return "'..'";
    case TK_COLON:
        return "':'";
    case TK_SEMI:
        return "';'";
    case TK_PIPE:
        return "'|'";
    case TK_EQ:
        return "'='";
    case TK_NE:
        return "'<>'";
    case TK_LT:
        return "'<'";
    case TK_LE:
        return "'<='";
    case TK_GT:
        return "'>'";
    case TK_GE:
        return "'>='";
    case TK_REGEX:
        return "'=~'";
    case TK_PLUS:
        return "'+'";
    case TK_MINUS:
        return "'-'";
    case TK_STAR:
        return "'*'";
    case TK_SLASH:
        return "'/'";
    case TK_PERCENT:
        return "'%'";
    case TK_CARET:
        return "'^'";
    default: {
        std::string_view keyword = keywordSpelling(tokenType);
        return keyword.empty() ? "a token" : keyword;
    }
    }
}

std::unique_ptr<ast::Statement> parseStatement(std::string_view text) {
    ParseContext cx(text);
    std::unique_ptr<void, ParserDeleter> parser(kgParseAlloc(std::malloc, &cx));
    if (!parser)
        throw std::bad_alloc();
    Lexer lexer(text);
    Token token;
    std::vector<int> expected;
    do {
        token = lexer.next();
        if (!kgParseWouldShift(parser.get(), token.type, &expected)) {
            cx.syntaxError(token.type, token.tok, expected);
            break;
        }
        cx.setCurrent(token.tok);
        kgParse(parser.get(), token.type, token.tok);
    } while (token.type != 0 && !cx.failed());
    if (cx.failed()) {
        const ParseFailure& f = *cx.failure();
        throw QueryError(f.message, f.at.line, f.at.column,
                         std::string(sourceLine(text, f.at.line)));
    }
    auto statement = cx.takeStatement();
    if (!statement) // the grammar accepts no empty input, so this is an empty query
        throw QueryError("empty query", token.tok.line, token.tok.column,
                         std::string(sourceLine(text, token.tok.line)));
    return statement;
}

} // namespace kg::grammar
