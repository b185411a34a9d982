#include "grammar/scan.h"

#include "grammar/lexer.h"
#include "grammar/query.h"

namespace kg::grammar {
namespace {

std::string_view trimEnd(std::string_view s) {
    while (!s.empty() &&
           (s.back() == ' ' || s.back() == '\n' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

} // namespace

ScriptSplit splitStatements(std::string_view script) {
    ScriptSplit out;
    Lexer lexer(script, Lexer::Mode::Tolerant);
    bool inStatement = false;
    Token first; // of the statement being read
    for (Token t = lexer.next(); t.type != 0; t = lexer.next()) {
        if (t.type == TK_SEMI) {
            if (inStatement) {
                std::string_view text =
                    script.substr(first.tok.offset, t.tok.offset - first.tok.offset);
                out.statements.push_back({trimEnd(text), first.tok.line, first.tok.column});
            }
            inStatement = false;
        } else if (!inStatement) {
            first = t;
            inStatement = true;
        }
    }
    if (inStatement)
        out.rest = {trimEnd(script.substr(first.tok.offset)), first.tok.line, first.tok.column};
    out.openQuote =
        lexer.openAtEnd() == OpenAtEnd::Quote || lexer.openAtEnd() == OpenAtEnd::BlockComment;
    return out;
}

bool startsWithExplain(std::string_view text) {
    return Lexer(text, Lexer::Mode::Tolerant).next().type == TK_EXPLAIN;
}

TextEnd scanTextEnd(std::string_view text) {
    TextEnd end;
    Lexer lexer(text, Lexer::Mode::Tolerant);
    Token last;
    for (Token t = lexer.next(); t.type != 0; t = lexer.next()) {
        last = t;
        if (t.type == TK_LPAREN || t.type == TK_LBRACKET || t.type == TK_LBRACE)
            end.brackets.push_back(t.tok.z[0]);
        else if ((t.type == TK_RPAREN || t.type == TK_RBRACKET || t.type == TK_RBRACE) &&
                 !end.brackets.empty())
            end.brackets.pop_back();
    }
    switch (lexer.openAtEnd()) {
    case OpenAtEnd::Quote:
        end.openQuote = lexer.openQuote();
        end.quoteStart = last.tok.offset + 1;
        break;
    case OpenAtEnd::LineComment:
    case OpenAtEnd::BlockComment:
        end.inComment = true;
        break;
    case OpenAtEnd::Nothing:
        break;
    }
    return end;
}

} // namespace kg::grammar
