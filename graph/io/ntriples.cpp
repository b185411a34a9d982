#include "graph/io/ntriples.h"

#include "base/utf8.h"
#include "graph/io/fact_record_json.h"

#include <fmt/format.h>

namespace kg::graph {

namespace {

bool isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

int hexValue(char c) {
    if (isDigit(c))
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

class LineParser {
public:
    explicit LineParser(std::string_view line) : s_(line) {}

    bool parse(RdfTriple& out) {
        skipSpace();
        if (atEnd() || peek() == '#')
            return false;
        subject(out.subject);
        skipSpace();
        if (peek() != '<')
            error("expected the predicate, an IRI in <...>");
        iri(out.predicate);
        skipSpace();
        object(out.object);
        skipSpace();
        if (peek() != '.')
            error("expected '.' at the end of the triple");
        ++pos_;
        skipSpace();
        if (!atEnd() && peek() != '#')
            error("unexpected text after the triple's '.'");
        return true;
    }

private:
    bool atEnd() const { return pos_ >= s_.size(); }
    char peek() const { return atEnd() ? '\0' : s_[pos_]; }
    void skipSpace() {
        while (!atEnd() && (s_[pos_] == ' ' || s_[pos_] == '\t'))
            ++pos_;
    }
    [[noreturn]] void error(std::string_view what) const {
        throw RecordError(std::string(what), pos_ + 1);
    }

    void subject(RdfTerm& t) {
        if (peek() == '<')
            iri(t);
        else if (peek() == '_')
            blankNode(t);
        else
            error("expected the subject, an IRI in <...> or a blank node _:name");
    }

    void object(RdfTerm& t) {
        if (peek() == '<')
            iri(t);
        else if (peek() == '_')
            blankNode(t);
        else if (peek() == '"')
            literal(t);
        else
            error("expected the object, an IRI, a blank node or a \"literal\"");
    }

    // \uXXXX or \UXXXXXXXX after the backslash and letter at pos_.
    void unicodeEscape(std::string& out) {
        std::size_t digits = s_[pos_] == 'u' ? 4 : 8;
        std::size_t start = pos_ - 1;
        ++pos_;
        char32_t cp = 0;
        for (std::size_t i = 0; i < digits; ++i, ++pos_) {
            int h = hexValue(peek());
            if (h < 0)
                error(fmt::format("\\{} needs {} hex digits", digits == 4 ? 'u' : 'U', digits));
            cp = cp * 16 + static_cast<char32_t>(h);
        }
        if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            pos_ = start;
            error("escape is not a Unicode scalar value");
        }
        base::appendUtf8(out, cp);
    }

    void iri(RdfTerm& t) {
        t = RdfTerm{RdfTerm::Kind::Iri, {}, {}, {}};
        ++pos_; // '<'
        for (;;) {
            if (atEnd())
                error("IRI is not closed with '>'");
            char c = s_[pos_];
            if (c == '>')
                break;
            if (c == '\\') {
                ++pos_;
                if (peek() != 'u' && peek() != 'U')
                    error("only \\u and \\U escapes are allowed in an IRI");
                unicodeEscape(t.value);
                continue;
            }
            if (static_cast<unsigned char>(c) <= 0x20 || c == '<' || c == '"' || c == '{' ||
                c == '}' || c == '|' || c == '^' || c == '`')
                error(fmt::format("character {} is not allowed in an IRI",
                                  static_cast<unsigned char>(c) <= 0x20
                                      ? fmt::format("U+{:04X}", static_cast<unsigned>(c))
                                      : fmt::format("'{}'", c)));
            t.value.push_back(c);
            ++pos_;
        }
        ++pos_; // '>'
        if (t.value.empty())
            error("empty IRI <>");
    }

    void blankNode(RdfTerm& t) {
        t = RdfTerm{RdfTerm::Kind::BlankNode, "_:", {}, {}};
        if (s_.substr(pos_, 2) != "_:")
            error("a blank node starts with \"_:\"");
        pos_ += 2;
        std::size_t start = pos_;
        while (!atEnd()) {
            auto c = static_cast<unsigned char>(s_[pos_]);
            if (!(isAsciiLetter(static_cast<char>(c)) || isDigit(static_cast<char>(c)) ||
                  c == '_' || c == '-' || c == '.' || c >= 0x80))
                break;
            ++pos_;
        }
        // A label cannot end with '.': that dot ends the triple.
        while (pos_ > start && s_[pos_ - 1] == '.')
            --pos_;
        if (pos_ == start)
            error("blank node label is empty");
        if (s_[start] == '-' || s_[start] == '.')
            error("blank node label must start with a letter, digit or '_'");
        t.value.append(s_.substr(start, pos_ - start));
    }

    void literal(RdfTerm& t) {
        t = RdfTerm{RdfTerm::Kind::Literal, {}, {}, {}};
        ++pos_; // '"'
        for (;;) {
            if (atEnd())
                error("literal is not closed with '\"'");
            char c = s_[pos_];
            if (c == '"')
                break;
            if (c == '\\') {
                ++pos_;
                char e = peek();
                switch (e) {
                case 't':
                    t.value.push_back('\t');
                    break;
                case 'b':
                    t.value.push_back('\b');
                    break;
                case 'n':
                    t.value.push_back('\n');
                    break;
                case 'r':
                    t.value.push_back('\r');
                    break;
                case 'f':
                    t.value.push_back('\f');
                    break;
                case '"':
                    t.value.push_back('"');
                    break;
                case '\'':
                    t.value.push_back('\'');
                    break;
                case '\\':
                    t.value.push_back('\\');
                    break;
                case 'u':
                case 'U':
                    unicodeEscape(t.value);
                    continue;
                default:
                    --pos_;
                    error("unknown escape in literal (allowed: \\t \\b \\n \\r \\f \\\" \\' "
                          "\\\\ \\uXXXX \\UXXXXXXXX)");
                }
                ++pos_;
                continue;
            }
            if (c == '\r' || c == '\n')
                error("a line break in a literal must be written \\n or \\r");
            t.value.push_back(c);
            ++pos_;
        }
        ++pos_; // '"'
        if (peek() == '@') {
            ++pos_;
            std::size_t start = pos_;
            while (isAsciiLetter(peek()))
                ++pos_;
            if (pos_ == start)
                error("language tag must start with a letter");
            while (peek() == '-') {
                std::size_t part = ++pos_;
                while (isAsciiLetter(peek()) || isDigit(peek()))
                    ++pos_;
                if (pos_ == part)
                    error("empty part in language tag");
            }
            t.language = std::string(s_.substr(start, pos_ - start));
        } else if (s_.substr(pos_, 2) == "^^") {
            pos_ += 2;
            if (peek() != '<')
                error("expected a datatype IRI in <...> after ^^");
            RdfTerm datatype;
            iri(datatype);
            t.datatype = std::move(datatype.value);
        }
    }

    std::string_view s_;
    std::size_t pos_ = 0;
};

} // namespace

bool parseNTriplesLine(std::string_view line, RdfTriple& out) {
    return LineParser(line).parse(out);
}

} // namespace kg::graph
