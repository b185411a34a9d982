#include "grammar/parse_context.h"

#include "base/case_fold.h"
#include "base/edit_distance.h"
#include "grammar/lexer.h"
#include "grammar/parser.h"
#include "grammar/query.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <memory>

namespace kg::grammar {

using namespace ast;

namespace {

template <class T> std::unique_ptr<T> adopt(T* p) {
    return std::unique_ptr<T>(p);
}

template <class Set> bool contains(const Set& set, int token) {
    return std::find(set.begin(), set.end(), token) != set.end();
}

// Tokens that can begin an expression: when all of them are acceptable the message says
// "an expression" instead of listing them.
constexpr std::array<int, 8> kExpressionStarts = {TK_INTEGER,  TK_STRING, TK_PARAM, TK_LPAREN,
                                                  TK_LBRACKET, TK_MINUS,  TK_NOT,   TK_NULL};

std::string describeFound(int tokenType, Tok at) {
    if (tokenType == 0)
        return "end of input";
    std::string_view text = at.text();
    if (text.size() > 24)
        return "'" + std::string(text.substr(0, 21)) + "...'";
    return "'" + std::string(text) + "'";
}

// The construct a closing bracket ends, told apart by what else the state accepts: a node
// pattern's ')' comes with ':' and '{' but no operators, an argument list's with ','.
std::string closerContext(int closer, const std::vector<int>& expected) {
    bool operators = contains(expected, TK_PLUS) || contains(expected, TK_AND);
    if (closer == TK_RPAREN && !operators)
        return "after node pattern";
    if (closer == TK_RBRACKET && !operators)
        return "after relationship pattern";
    if (closer == TK_RPAREN && contains(expected, TK_COMMA))
        return "after function arguments";
    if (closer == TK_RPAREN)
        return "to close '('";
    if (closer == TK_RBRACKET && contains(expected, TK_COMMA))
        return "after list";
    if (closer == TK_RBRACKET)
        return "to close '['";
    return "after map";
}

std::string joinAlternatives(const std::vector<std::string>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += i + 1 == items.size() ? " or " : ", ";
        out += items[i];
    }
    return out;
}

// Cypher clauses kg does not have, named as such where a clause could start, so a user reads
// "CALL is not supported" rather than a list of what was expected.
constexpr std::array<std::string_view, 6> kUnsupportedClauses = {"CALL", "FOREACH", "LOAD",
                                                                 "USE",  "SHOW",    "FINISH"};

std::string unsupportedClause(int tokenType, Tok at, const std::vector<int>& expected) {
    if (tokenType != TK_ID || !(contains(expected, TK_MATCH) || contains(expected, TK_RETURN)))
        return {};
    // MERGE's ON CREATE SET / ON MATCH SET.
    if (base::equalsIgnoreCase(at.text(), "ON"))
        return "ON CREATE and ON MATCH are not supported (follow MERGE with SET)";
    for (std::string_view word : kUnsupportedClauses)
        if (base::equalsIgnoreCase(at.text(), word))
            return std::string(word) + " is not supported";
    return {};
}

} // namespace

constexpr std::uint32_t kMaxDepth = 500;

Expr* ParseContext::deepen(Expr* e) {
    for (const auto& c : e->children)
        e->depth = std::max(e->depth, c->depth + 1);
    if (e->depth > kMaxDepth)
        fail("expression nested too deeply", e->span);
    return e;
}

void ParseContext::fail(std::string message, Tok at) {
    if (!failure_)
        failure_ = ParseFailure{std::move(message), at};
}

void ParseContext::fail(std::string message, const Span& at) {
    fail(std::move(message),
         Tok{text_.data() + at.offset, at.length, at.offset, at.line, at.column});
}

std::string ParseContext::nameOf(Tok t) {
    if (t.n > 0 && t.z[0] == '`')
        return unquoteName(t.text());
    return std::string(t.text());
}

void ParseContext::syntaxError(int tokenType, Tok at, const std::vector<int>& expected) {
    if (std::string unsupported = unsupportedClause(tokenType, at, expected);
        !unsupported.empty()) {
        fail(std::move(unsupported), at);
        return;
    }
    std::string found = describeFound(tokenType, at);
    // A closing bracket the grammar waits for is the most useful thing to name.
    for (int closer : {TK_RPAREN, TK_RBRACKET, TK_RBRACE}) {
        if (contains(expected, closer) && !contains(expected, TK_ID)) {
            fail("expected " + std::string(tokenDescription(closer)) + " " +
                     closerContext(closer, expected) + ", found " + found,
                 at);
            return;
        }
    }
    bool expression = std::all_of(kExpressionStarts.begin(), kExpressionStarts.end(),
                                  [&](int t) { return contains(expected, t); });
    bool name = contains(expected, TK_ID);
    auto isKeyword = [](int t) { return t != 0 && keywordCode(tokenDescription(t)) == t; };
    std::vector<std::string> keywords;
    std::vector<std::string> others;
    for (int t : expected) {
        if (t == 0 || t == TK_ID || t == TK_QUOTED_ID)
            continue;
        // Through %fallback every keyword is acceptable where a name is: "a name" says it.
        if (isKeyword(t) && name)
            continue;
        if (expression &&
            (contains(kExpressionStarts, t) || t == TK_FLOAT || t == TK_LBRACE || t == TK_PLUS))
            continue;
        (isKeyword(t) ? keywords : others).push_back(std::string(tokenDescription(t)));
    }
    std::vector<std::string> items;
    if (expression)
        items.push_back("an expression");
    else if (name)
        items.push_back("a name");
    items.insert(items.end(), keywords.begin(), keywords.end());
    items.insert(items.end(), others.begin(), others.end());
    if (contains(expected, 0))
        items.push_back("end of input");
    if (items.size() > 8) {
        items.resize(7);
        items.push_back("...");
    }
    std::string message = items.empty()
                              ? "unexpected " + found
                              : "expected " + joinAlternatives(items) + ", found " + found;
    // "RETRUN" where RETURN would do: name the keyword.
    std::size_t length = at.text().size();
    if (tokenType == TK_ID && length >= 3) {
        for (int t : expected) {
            std::string_view word = tokenDescription(t);
            if (t != 0 && keywordCode(word) == t && word.size() > 2 &&
                base::editDistanceIgnoreCase(at.text(), word) <= (length >= 5 ? 2u : 1u)) {
                message += " (did you mean " + std::string(word) + "?)";
                break;
            }
        }
    }
    fail(std::move(message), at);
}

void ParseContext::tooDeep() {
    fail("query nested too deeply", current_);
}

void ParseContext::finish(bool explain, Statement* statement) {
    statement_ = adopt(statement);
    statement_->explain = explain;
}

Statement* ParseContext::query(std::vector<Clause>* clauses) {
    auto owned = adopt(clauses);
    auto statement = new Statement;
    statement->clauses = std::move(*owned);
    return statement;
}

Statement* ParseContext::unite(Statement* statement, Tok keyword, bool all,
                               std::vector<Clause>* clauses) {
    auto owned = adopt(clauses);
    if (!statement->unions.empty() && statement->unions.front().all != all)
        fail("UNION and UNION ALL cannot be mixed in one query", keyword);
    statement->unions.push_back(UnionBranch{all, span(keyword), std::move(*owned)});
    return statement;
}

std::vector<Clause>* ParseContext::clauses(std::vector<Clause>* list, Clause* clause) {
    auto owned = adopt(clause);
    if (list == nullptr)
        list = new std::vector<Clause>;
    list->push_back(std::move(*owned));
    return list;
}

Clause* ParseContext::match(Tok keyword, bool optional, std::vector<PatternPart>* patterns,
                            Expr* where) {
    auto p = adopt(patterns);
    auto c = new Clause;
    c->kind = ClauseKind::Match;
    c->span = span(keyword);
    c->optional = optional;
    c->patterns = std::move(*p);
    c->where = adopt(where);
    return c;
}

Clause* ParseContext::with(Tok keyword, Clause* projection, Expr* where) {
    projection->kind = ClauseKind::With;
    projection->span = span(keyword);
    projection->where = adopt(where);
    return projection;
}

Clause* ParseContext::ret(Tok keyword, Clause* projection) {
    projection->kind = ClauseKind::Return;
    projection->span = span(keyword);
    return projection;
}

Clause* ParseContext::unwind(Tok keyword, Expr* list, Tok alias) {
    auto c = new Clause;
    c->kind = ClauseKind::Unwind;
    c->span = span(keyword);
    c->unwind = adopt(list);
    c->unwindAlias = nameOf(alias);
    return c;
}

Clause* ParseContext::projection(bool distinct, Clause* items, std::vector<SortItem>* order,
                                 Expr* skip, Expr* limit) {
    auto o = adopt(order);
    items->distinct = distinct;
    if (o)
        items->orderBy = std::move(*o);
    items->skip = adopt(skip);
    items->limit = adopt(limit);
    return items;
}

Clause* ParseContext::items(Clause* list, bool star, ProjectionItem* item) {
    auto owned = adopt(item);
    if (list == nullptr)
        list = new Clause;
    list->star = list->star || star;
    if (owned)
        list->items.push_back(std::move(*owned));
    return list;
}

ProjectionItem* ParseContext::item(Expr* expr, const Tok* alias) {
    auto item = new ProjectionItem;
    item->span = expr->span;
    item->text = std::string(text_.substr(expr->span.offset, expr->span.length));
    if (alias != nullptr)
        item->alias = nameOf(*alias);
    item->expr = adopt(expr);
    return item;
}

std::vector<SortItem>* ParseContext::sortItems(std::vector<SortItem>* list, SortItem* item) {
    auto owned = adopt(item);
    if (list == nullptr)
        list = new std::vector<SortItem>;
    list->push_back(std::move(*owned));
    return list;
}

SortItem* ParseContext::sortItem(Expr* expr, bool descending) {
    auto item = new SortItem;
    item->expr = adopt(expr);
    item->descending = descending;
    return item;
}

std::vector<PatternPart>* ParseContext::patterns(std::vector<PatternPart>* list,
                                                 PatternPart* part) {
    auto owned = adopt(part);
    if (list == nullptr)
        list = new std::vector<PatternPart>;
    list->push_back(std::move(*owned));
    return list;
}

PatternPart* ParseContext::namePath(Tok name, PatternPart* part) {
    part->pathVariable = nameOf(name);
    part->pathVariableSpan = span(name);
    part->span = Span::cover(span(name), part->span);
    return part;
}

PatternPart* ParseContext::shortest(Tok function, PatternPart* part, Tok close) {
    const std::string f = base::lowerAscii(nameOf(function));
    if (f == "shortestpath")
        part->kind = PatternKind::ShortestPath;
    else if (f == "allshortestpaths")
        part->kind = PatternKind::AllShortestPaths;
    else
        fail("expected shortestPath or allShortestPaths before '(', found '" +
                 std::string(function.text()) + "'",
             function);
    part->span = Span::cover(span(function), span(close));
    return part;
}

PatternPart* ParseContext::chain(PatternPart* chain, RelPattern* rel, NodePattern* node) {
    auto r = adopt(rel);
    auto n = adopt(node);
    if (chain == nullptr) {
        chain = new PatternPart;
        chain->span = n->span;
    }
    if (r)
        chain->rels.push_back(std::move(*r));
    chain->span = Span::cover(chain->span, n->span);
    chain->nodes.push_back(std::move(*n));
    return chain;
}

NodePattern* ParseContext::node(Tok open, Tok* variable, std::vector<Tok>* labels,
                                std::vector<PropertyEntry>* props, Tok close) {
    auto v = adopt(variable);
    auto l = adopt(labels);
    auto p = adopt(props);
    auto node = new NodePattern;
    node->span = Span::cover(span(open), span(close));
    if (v)
        node->variable = nameOf(*v);
    if (l) {
        for (const Tok& t : *l) {
            node->labels.push_back(nameOf(t));
            node->labelSpans.push_back(span(t));
        }
    }
    if (p)
        node->properties = std::move(*p);
    return node;
}

std::vector<Tok>* ParseContext::names(std::vector<Tok>* list, Tok name) {
    if (list == nullptr)
        list = new std::vector<Tok>;
    list->push_back(name);
    return list;
}

std::vector<PropertyEntry>* ParseContext::propList(std::vector<PropertyEntry>* list, Tok key,
                                                   Expr* value) {
    auto v = adopt(value);
    if (list == nullptr)
        list = new std::vector<PropertyEntry>;
    list->push_back(PropertyEntry{nameOf(key), span(key), std::move(v)});
    return list;
}

RelPattern* ParseContext::rel(Tok begin, RelPattern* detail, Direction direction, Tok end) {
    if (detail == nullptr)
        detail = new RelPattern;
    detail->direction = direction;
    detail->span = Span::cover(span(begin), span(end));
    return detail;
}

RelPattern* ParseContext::relDetail(Tok* variable, std::vector<Tok>* types, Hops* hops,
                                    std::vector<PropertyEntry>* props) {
    auto v = adopt(variable);
    auto t = adopt(types);
    auto h = adopt(hops);
    auto p = adopt(props);
    auto rel = new RelPattern;
    if (v)
        rel->variable = nameOf(*v);
    if (t)
        for (const Tok& tok : *t)
            rel->types.push_back(nameOf(tok));
    if (h) {
        rel->variableLength = true;
        rel->minHops = h->min;
        rel->maxHops = h->max;
    }
    if (p)
        rel->properties = std::move(*p);
    return rel;
}

Hops* ParseContext::hops(Tok star, const Tok* low, bool range, const Tok* high) {
    auto h = new Hops;
    h->at = star;
    auto read = [&](const Tok& t, std::uint32_t& out) {
        std::uint64_t v = 0;
        auto [ptr, ec] = std::from_chars(t.z, t.z + t.n, v);
        if (ec != std::errc() || ptr != t.z + t.n || v > 1000000) {
            fail("hop count " + std::string(t.text()) + " is too large", t);
            v = 1;
        }
        out = static_cast<std::uint32_t>(v);
    };
    if (low != nullptr)
        read(*low, h->min);
    else if (range)
        h->min = 1;
    if (high != nullptr)
        read(*high, h->max);
    else if (!range && low != nullptr)
        h->max = h->min;
    if (h->max < h->min)
        fail("the upper hop bound is smaller than the lower one", star);
    return h;
}

Expr* ParseContext::binary(Op op, Expr* left, Expr* right) {
    auto e = new Expr;
    e->kind = ExprKind::Binary;
    e->op = op;
    e->span = Span::cover(left->span, right->span);
    e->nameSpan = right->span;
    e->children.push_back(adopt(left));
    e->children.push_back(adopt(right));
    return deepen(e);
}

Expr* ParseContext::unary(Tok op, Op kind, Expr* operand) {
    auto e = new Expr;
    e->kind = ExprKind::Unary;
    e->op = kind;
    e->span = Span::cover(span(op), operand->span);
    e->children.push_back(adopt(operand));
    return deepen(e);
}

Expr* ParseContext::isNull(Expr* operand, bool negated, Tok end) {
    auto e = new Expr;
    e->kind = ExprKind::IsNull;
    e->negated = negated;
    e->span = Span::cover(operand->span, span(end));
    e->children.push_back(adopt(operand));
    return deepen(e);
}

Expr* ParseContext::property(Expr* object, Tok key) {
    auto e = new Expr;
    e->kind = ExprKind::Property;
    e->name = nameOf(key);
    e->nameSpan = span(key);
    e->span = Span::cover(object->span, span(key));
    e->children.push_back(adopt(object));
    return deepen(e);
}

Expr* ParseContext::index(Expr* object, Expr* index, Tok close) {
    auto e = new Expr;
    e->kind = ExprKind::Index;
    e->span = Span::cover(object->span, span(close));
    e->children.push_back(adopt(object));
    e->children.push_back(adopt(index));
    return deepen(e);
}

Expr* ParseContext::integer(Tok t) {
    std::int64_t v = 0;
    auto [ptr, ec] = std::from_chars(t.z, t.z + t.n, v);
    if (ec != std::errc() || ptr != t.z + t.n) {
        fail("integer " + std::string(t.text()) + " is too large", t);
        v = 0;
    }
    return literal(t, Literal(v));
}

Expr* ParseContext::floating(Tok t) {
    std::string text(t.text());
    double v = std::strtod(text.c_str(), nullptr);
    if (!std::isfinite(v)) {
        fail("number " + text + " is too large", t);
        v = 0;
    }
    return literal(t, Literal(v));
}

Expr* ParseContext::string(Tok t) {
    return literal(t, Literal(unescapeString(t.text())));
}

Expr* ParseContext::literal(Tok t, ast::Literal value) {
    auto e = new Expr;
    e->kind = ExprKind::Literal;
    e->value = std::move(value);
    e->span = span(t);
    return e;
}

Expr* ParseContext::parameter(Tok t) {
    auto e = new Expr;
    e->kind = ExprKind::Parameter;
    e->name = std::string(t.text().substr(1));
    e->span = span(t);
    return e;
}

Expr* ParseContext::variable(Tok t) {
    auto e = new Expr;
    e->kind = ExprKind::Variable;
    e->name = nameOf(t);
    e->span = span(t);
    return e;
}

Expr* ParseContext::parenthesized(Tok open, Expr* inner, Tok close) {
    inner->span = Span::cover(span(open), span(close));
    return inner;
}

Expr* ParseContext::list(Tok open, std::vector<ExprPtr>* items, Tok close) {
    // [x IN list] is a comprehension that keeps every item, as in Cypher.
    if (items != nullptr && items->size() == 1 && items->front()->kind == ExprKind::Binary &&
        items->front()->op == Op::In && items->front()->children[0]->kind == ExprKind::Variable) {
        Expr* source = items->front().release();
        delete items;
        return comprehension(open, source, nullptr, nullptr, close);
    }
    auto owned = adopt(items);
    auto e = new Expr;
    e->kind = ExprKind::List;
    e->span = Span::cover(span(open), span(close));
    if (owned)
        e->children = std::move(*owned);
    return deepen(e);
}

Expr* ParseContext::map(Tok open, std::vector<PropertyEntry>* entries, Tok close) {
    auto owned = adopt(entries);
    auto e = new Expr;
    e->kind = ExprKind::Map;
    e->span = Span::cover(span(open), span(close));
    if (owned) {
        for (PropertyEntry& entry : *owned) {
            e->keys.push_back(std::move(entry.key));
            e->children.push_back(std::move(entry.value));
        }
    }
    return deepen(e);
}

Expr* ParseContext::call(Tok name, bool distinct, bool star, std::vector<ExprPtr>* args,
                         Tok close) {
    auto owned = adopt(args);
    // exists((a)-->(b)) is the pattern predicate itself.
    if (owned && owned->size() == 1 && owned->front()->kind == ExprKind::Pattern &&
        owned->front()->op == Op::Exists && base::equalsIgnoreCase(nameOf(name), "exists")) {
        Expr* pattern = owned->front().release();
        pattern->span = Span::cover(span(name), span(close));
        return pattern;
    }
    auto e = new Expr;
    e->kind = ExprKind::Function;
    e->name = nameOf(name);
    e->nameSpan = span(name);
    e->distinct = distinct;
    e->star = star;
    e->span = Span::cover(span(name), span(close));
    if (owned)
        e->children = std::move(*owned);
    return deepen(e);
}

std::vector<ExprPtr>* ParseContext::exprs(std::vector<ExprPtr>* list, Expr* expr) {
    if (list == nullptr)
        list = new std::vector<ExprPtr>;
    list->push_back(adopt(expr));
    return list;
}

} // namespace kg::grammar
