#include "grammar/lexer.h"

#include "base/utf8.h"
#include "grammar/keywords.inc"
#include "grammar/query.h"
#include "grammar/query_error.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <string>

namespace kg::grammar {
namespace {

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}
bool isHexDigit(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
// Bytes of multi-byte UTF-8 sequences count as letters, so names in any script work.
bool isNameStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
           static_cast<unsigned char>(c) >= 0x80;
}
bool isNameChar(char c) {
    return isNameStart(c) || isDigit(c);
}

struct Keyword {
    std::string_view word; // as written in grammar/keywords.txt: reserved words upper case
    int code;              // 0 for a word the grammar reads as a name (shortestPath)
};

#define KG_KEYWORD_ENTRY(word, code) Keyword{word, code},
constexpr std::array kKeywords = {KG_KEYWORDS(KG_KEYWORD_ENTRY)};
#undef KG_KEYWORD_ENTRY

#define KG_KEYWORD_WORD(word, code) std::string_view(word),
constexpr std::array kWords = {KG_KEYWORDS(KG_KEYWORD_WORD)};
#undef KG_KEYWORD_WORD

constexpr std::size_t kLongestKeyword = [] {
    std::size_t n = 0;
    for (const Keyword& k : kKeywords)
        n = std::max(n, k.word.size());
    return n;
}();

} // namespace

int keywordCode(std::string_view word) {
    if (word.size() < 2 || word.size() > kLongestKeyword)
        return 0;
    char upper[kLongestKeyword];
    for (std::size_t i = 0; i < word.size(); ++i) {
        char c = word[i];
        upper[i] = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    }
    std::string_view key(upper, word.size());
    for (const Keyword& k : kKeywords)
        if (k.code != 0 && k.word == key)
            return k.code;
    return 0;
}

std::string_view keywordSpelling(int code) {
    for (const Keyword& k : kKeywords)
        if (k.code == code && code != 0)
            return k.word;
    return {};
}

std::span<const std::string_view> languageWords() {
    return kWords;
}

std::string_view sourceLine(std::string_view text, std::uint32_t line) {
    std::size_t begin = 0;
    for (std::uint32_t l = 1; l < line; ++l) {
        std::size_t nl = text.find('\n', begin);
        if (nl == std::string_view::npos)
            return {};
        begin = nl + 1;
    }
    std::size_t end = text.find('\n', begin);
    if (end == std::string_view::npos)
        end = text.size();
    if (end > begin && text[end - 1] == '\r')
        --end;
    return text.substr(begin, end - begin);
}

void Lexer::fail(const char* message, std::uint32_t offset, std::uint32_t line,
                 std::uint32_t column) const {
    (void)offset;
    throw QueryError(message, line, column, std::string(sourceLine(text_, line)));
}

void Lexer::advance(std::size_t count) {
    for (std::size_t end = pos_ + count; pos_ < end; ++pos_) {
        if (text_[pos_] == '\n') {
            ++line_;
            column_ = 1;
        } else {
            ++column_;
        }
    }
}

void Lexer::skipBlanksAndComments() {
    while (pos_ < text_.size()) {
        char c = text_[pos_];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            advance(1);
        } else if (c == '/' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '/') {
            std::size_t nl = text_.find('\n', pos_);
            if (nl == std::string_view::npos)
                openAtEnd_ = OpenAtEnd::LineComment;
            advance((nl == std::string_view::npos ? text_.size() : nl) - pos_);
        } else if (c == '/' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '*') {
            std::size_t close = text_.find("*/", pos_ + 2);
            if (close == std::string_view::npos) {
                if (!tolerant())
                    fail("unterminated comment", static_cast<std::uint32_t>(pos_), line_, column_);
                openAtEnd_ = OpenAtEnd::BlockComment;
                advance(text_.size() - pos_);
                return;
            }
            advance(close + 2 - pos_);
        } else {
            return;
        }
    }
}

// Digits, then an optional fraction and exponent. "1..3" is INTEGER DOTDOT INTEGER, so a '.'
// only starts a fraction when a digit follows it.
std::size_t Lexer::scanNumber(std::size_t at, int& type) const {
    std::size_t i = at;
    type = TK_INTEGER;
    while (i < text_.size() && isDigit(text_[i]))
        ++i;
    if (i + 1 < text_.size() && text_[i] == '.' && isDigit(text_[i + 1])) {
        type = TK_FLOAT;
        ++i;
        while (i < text_.size() && isDigit(text_[i]))
            ++i;
    }
    if (i < text_.size() && (text_[i] == 'e' || text_[i] == 'E')) {
        std::size_t j = i + 1;
        if (j < text_.size() && (text_[j] == '+' || text_[j] == '-'))
            ++j;
        if (j < text_.size() && isDigit(text_[j])) {
            type = TK_FLOAT;
            i = j;
            while (i < text_.size() && isDigit(text_[i]))
                ++i;
        }
    }
    return i - at;
}

// Length of a quoted token starting at `at` (quote included), checking escapes; throws at the
// offending place.
std::size_t Lexer::scanQuoted(std::size_t at, char quote) {
    std::uint32_t line = line_;
    std::uint32_t column = column_;
    std::size_t i = at + 1;
    auto where = [&](std::size_t upTo) {
        for (std::size_t k = at; k < upTo; ++k) {
            if (text_[k] == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
    };
    while (i < text_.size()) {
        char c = text_[i];
        if (c == quote) {
            if (quote == '`' && i + 1 < text_.size() && text_[i + 1] == '`') {
                i += 2;
                continue;
            }
            return i + 1 - at;
        }
        if (c == '\\' && quote != '`') {
            if (i + 1 >= text_.size())
                break;
            if (tolerant()) { // any escape is two bytes here; the parser checks them
                i += 2;
                continue;
            }
            char e = text_[i + 1];
            if (e == 'u' || e == 'U') {
                std::size_t digits = e == 'u' ? 4 : 8;
                for (std::size_t k = 0; k < digits; ++k) {
                    if (i + 2 + k >= text_.size() || !isHexDigit(text_[i + 2 + k])) {
                        where(i);
                        fail("bad unicode escape in string", static_cast<std::uint32_t>(i), line,
                             column);
                    }
                }
                i += 2 + digits;
                continue;
            }
            if (std::strchr("\\'\"`bfnrt/", e) == nullptr) {
                where(i);
                fail("unknown escape sequence in string", static_cast<std::uint32_t>(i), line,
                     column);
            }
            i += 2;
            continue;
        }
        ++i;
    }
    if (tolerant()) {
        openAtEnd_ = OpenAtEnd::Quote;
        openQuote_ = quote;
        return text_.size() - at;
    }
    fail(quote == '`' ? "unterminated backticked name" : "unterminated string",
         static_cast<std::uint32_t>(at), line_, column_);
}

Token Lexer::next() {
    skipBlanksAndComments();
    Token t;
    t.tok = Tok{text_.data() + pos_, 0, static_cast<std::uint32_t>(pos_), line_, column_};
    if (pos_ >= text_.size())
        return t;
    const char c = text_[pos_];
    const char d = pos_ + 1 < text_.size() ? text_[pos_ + 1] : '\0';
    std::size_t n = 1;
    switch (c) {
    case '(':
        t.type = TK_LPAREN;
        break;
    case ')':
        t.type = TK_RPAREN;
        break;
    case '[':
        t.type = TK_LBRACKET;
        break;
    case ']':
        t.type = TK_RBRACKET;
        break;
    case '{':
        t.type = TK_LBRACE;
        break;
    case '}':
        t.type = TK_RBRACE;
        break;
    case ',':
        t.type = TK_COMMA;
        break;
    case ':':
        t.type = TK_COLON;
        break;
    case ';':
        t.type = TK_SEMI;
        break;
    case '|':
        t.type = TK_PIPE;
        break;
    case '+':
        t.type = TK_PLUS;
        break;
    case '-':
        t.type = TK_MINUS;
        break;
    case '*':
        t.type = TK_STAR;
        break;
    case '/':
        t.type = TK_SLASH;
        break;
    case '%':
        t.type = TK_PERCENT;
        break;
    case '^':
        t.type = TK_CARET;
        break;
    case '.':
        if (d == '.') {
            t.type = TK_DOTDOT;
            n = 2;
        } else if (isDigit(d)) {
            n = scanNumber(pos_ + 1, t.type) + 1;
            t.type = TK_FLOAT;
        } else {
            t.type = TK_DOT;
        }
        break;
    case '=':
        t.type = d == '~' ? TK_REGEX : TK_EQ;
        n = d == '~' ? 2 : 1;
        break;
    case '<':
        if (d == '=') {
            t.type = TK_LE;
            n = 2;
        } else if (d == '>') {
            t.type = TK_NE;
            n = 2;
        } else {
            t.type = TK_LT;
        }
        break;
    case '>':
        t.type = d == '=' ? TK_GE : TK_GT;
        n = d == '=' ? 2 : 1;
        break;
    case '!':
        if (d != '=' && tolerant()) {
            t.type = kBadToken;
            break;
        }
        if (d != '=')
            fail("unexpected character '!' (use NOT, or != for 'not equal')",
                 static_cast<std::uint32_t>(pos_), line_, column_);
        t.type = TK_NE;
        n = 2;
        break;
    case '\'':
    case '"':
        t.type = TK_STRING;
        n = scanQuoted(pos_, c);
        break;
    case '`':
        t.type = TK_QUOTED_ID;
        n = scanQuoted(pos_, c);
        if (n == 2 && !tolerant())
            fail("empty backticked name", static_cast<std::uint32_t>(pos_), line_, column_);
        break;
    case '$': {
        std::size_t i = pos_ + 1;
        while (i < text_.size() && isNameChar(text_[i]))
            ++i;
        if (i == pos_ + 1 && !tolerant())
            fail("expected a parameter name after '$'", static_cast<std::uint32_t>(pos_), line_,
                 column_);
        t.type = TK_PARAM;
        n = i - pos_;
        break;
    }
    default:
        if (isDigit(c)) {
            n = scanNumber(pos_, t.type);
        } else if (isNameStart(c)) {
            std::size_t i = pos_;
            while (i < text_.size() && isNameChar(text_[i]))
                ++i;
            n = i - pos_;
            int keyword = keywordCode(text_.substr(pos_, n));
            t.type = keyword != 0 ? keyword : TK_ID;
        } else if (tolerant()) {
            t.type = kBadToken;
        } else {
            std::string message = "unexpected character";
            if (static_cast<unsigned char>(c) >= 0x20 && static_cast<unsigned char>(c) < 0x7f)
                message += std::string(" '") + c + "'";
            fail(message.c_str(), static_cast<std::uint32_t>(pos_), line_, column_);
        }
        break;
    }
    t.tok.n = static_cast<std::uint32_t>(n);
    advance(n);
    return t;
}

namespace {

std::uint32_t hexValue(std::string_view digits) {
    std::uint32_t v = 0;
    for (char c : digits) {
        v <<= 4;
        if (isDigit(c))
            v |= static_cast<std::uint32_t>(c - '0');
        else if (c >= 'a' && c <= 'f')
            v |= static_cast<std::uint32_t>(c - 'a' + 10);
        else
            v |= static_cast<std::uint32_t>(c - 'A' + 10);
    }
    return v;
}

} // namespace

std::string unescapeString(std::string_view quoted) {
    std::string out;
    if (quoted.size() < 2)
        return out;
    std::string_view body = quoted.substr(1, quoted.size() - 2);
    out.reserve(body.size());
    for (std::size_t i = 0; i < body.size(); ++i) {
        char c = body[i];
        if (c != '\\' || i + 1 >= body.size()) {
            out += c;
            continue;
        }
        char e = body[++i];
        switch (e) {
        case 'b':
            out += '\b';
            break;
        case 'f':
            out += '\f';
            break;
        case 'n':
            out += '\n';
            break;
        case 'r':
            out += '\r';
            break;
        case 't':
            out += '\t';
            break;
        case 'u':
        case 'U': {
            std::size_t digits = e == 'u' ? 4 : 8;
            base::appendUtf8(out, hexValue(body.substr(i + 1, digits)));
            i += digits;
            break;
        }
        default:
            out += e;
            break;
        }
    }
    return out;
}

std::string unquoteName(std::string_view backticked) {
    std::string out;
    if (backticked.size() < 2 || backticked.front() != '`')
        return std::string(backticked);
    std::string_view body = backticked.substr(1, backticked.size() - 2);
    for (std::size_t i = 0; i < body.size(); ++i) {
        out += body[i];
        if (body[i] == '`' && i + 1 < body.size() && body[i + 1] == '`')
            ++i;
    }
    return out;
}

} // namespace kg::grammar
