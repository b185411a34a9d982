#include "grammar/parser.h"

#include "grammar/lexer.h"
#include "grammar/parse_context.h"
#include "grammar/query.h"

#include <cstdlib>
#include <deque>
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

// The lexer's tokens with as much lookahead as a caller asks for.
class TokenStream {
public:
    explicit TokenStream(std::string_view text) : lexer_(text) {}
    const Token& peek(std::size_t ahead) {
        while (buffer_.size() <= ahead)
            buffer_.push_back(buffer_.empty() || buffer_.back().type != 0 ? lexer_.next()
                                                                          : buffer_.back());
        return buffer_[ahead];
    }
    Token take() {
        Token t = peek(0);
        buffer_.pop_front();
        return t;
    }

private:
    Lexer lexer_;
    std::deque<Token> buffer_;
};

bool nameLike(int type) {
    return type == TK_ID || type == TK_QUOTED_ID || !keywordSpelling(type).empty();
}

// At a '(': does a node pattern follow, then the start of a relationship?
// That is how a pattern predicate `(a)-[:lead]->(b)` is told from `(a) - 1`.
bool startsPattern(TokenStream& tokens, std::size_t open) {
    std::size_t i = open + 1;
    if (nameLike(tokens.peek(i).type))
        ++i;
    while (tokens.peek(i).type == TK_COLON && nameLike(tokens.peek(i + 1).type))
        i += 2;
    if (tokens.peek(i).type == TK_LBRACE) {
        for (int depth = 0;; ++i) {
            int type = tokens.peek(i).type;
            if (type == 0)
                return false;
            depth += type == TK_LBRACE ? 1 : type == TK_RBRACE ? -1 : 0;
            if (depth == 0)
                break;
        }
        ++i;
    }
    if (tokens.peek(i).type != TK_RPAREN)
        return false;
    // `-[`, `--`, `<-[`, `<--`: `(a) < -1` stays a comparison.
    if (tokens.peek(i + 1).type == TK_LT && tokens.peek(i + 2).type == TK_MINUS)
        ++i;
    else if (tokens.peek(i + 1).type != TK_MINUS)
        return false;
    int next = tokens.peek(i + 2).type;
    return next == TK_LBRACKET || next == TK_MINUS;
}

// A pattern where an expression may stand gets a PATTERN token before its '(' (see query.y),
// or before `p =` of a named path right after '[' (a pattern comprehension).
bool needsPatternToken(void* parser, TokenStream& tokens, int previous) {
    const int type = tokens.peek(0).type;
    const bool namedPath = previous == TK_LBRACKET && nameLike(type) &&
                           tokens.peek(1).type == TK_EQ && tokens.peek(2).type == TK_LPAREN;
    if ((type != TK_LPAREN && !namedPath) || !kgParseWouldShift(parser, TK_PATTERN, nullptr))
        return false;
    if (namedPath)
        return startsPattern(tokens, 2);
    return !kgParseWouldShift(parser, TK_LPAREN, nullptr) || startsPattern(tokens, 0);
}

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
    case TK_PATTERN:
        return "a pattern";
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
    TokenStream tokens(text);
    Token token;
    std::vector<int> expected;
    int previous = 0;
    do {
        if (needsPatternToken(parser.get(), tokens, previous))
            kgParse(parser.get(), TK_PATTERN, tokens.peek(0).tok);
        token = tokens.take();
        previous = token.type;
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
