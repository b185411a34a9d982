// The builders of expressions that bind a name of their own (comprehensions, quantifiers,
// reduce), hold a pattern (pattern predicates, EXISTS and COUNT subqueries), or choose
// (CASE, slices, map projections). The grammar parses `x IN list` of a comprehension as an
// ordinary IN expression, which keeps it free of conflicts; the builders take it apart here.
#include "base/case_fold.h"
#include "grammar/parse_context.h"

#include <algorithm>
#include <array>
#include <memory>

namespace kg::grammar {

using namespace ast;

namespace {

template <class T> std::unique_ptr<T> adopt(T* p) {
    return std::unique_ptr<T>(p);
}

ExprPtr nullLiteral(const Span& at) {
    auto e = std::make_unique<Expr>();
    e->kind = ExprKind::Literal;
    e->span = at;
    return e;
}

// A Pattern expression's own MATCH clause from the pattern of a predicate or comprehension.
std::shared_ptr<Clause> matchOf(PatternPart* pattern, Expr* where) {
    auto clause = std::make_shared<Clause>();
    clause->kind = ClauseKind::Match;
    clause->span = pattern->span;
    clause->patterns.push_back(std::move(*adopt(pattern)));
    clause->where = adopt(where);
    return clause;
}

// 'name' followed by `rest`, in quotes. (Built with append: GCC 12 misreports `"'" + string`.)
std::string quoted(const std::string& name, const char* rest) {
    std::string out = "'";
    out.append(name).append(rest).append("'");
    return out;
}

} // namespace

Expr* ParseContext::variableAt(const std::string& name, const Span& at) {
    auto e = new Expr;
    e->kind = ExprKind::Variable;
    e->name = name;
    e->span = at;
    return e;
}

std::pair<std::string, ExprPtr> ParseContext::iteration(Expr* source, const char* construct) {
    auto owned = adopt(source);
    if (owned->kind != ExprKind::Binary || owned->op != Op::In ||
        owned->children[0]->kind != ExprKind::Variable) {
        fail(std::string("expected 'name IN list' at the start of ") + construct, owned->span);
        return {std::string(), nullptr};
    }
    return {owned->children[0]->name, std::move(owned->children[1])};
}

Expr* ParseContext::slice(Expr* object, Expr* low, Expr* high, Tok close) {
    auto e = new Expr;
    e->kind = ExprKind::Slice;
    e->span = Span::cover(object->span, span(close));
    e->hasLow = low != nullptr;
    e->hasHigh = high != nullptr;
    e->children.push_back(adopt(object));
    e->children.push_back(low ? adopt(low) : nullLiteral(span(close)));
    e->children.push_back(high ? adopt(high) : nullLiteral(span(close)));
    return deepen(e);
}

Expr* ParseContext::caseOf(Tok open, Expr* subject, std::vector<ExprPtr>* alternatives,
                           Expr* otherwise, Tok close) {
    auto alts = adopt(alternatives);
    auto e = new Expr;
    e->kind = ExprKind::Case;
    e->span = Span::cover(span(open), span(close));
    if (subject != nullptr) {
        e->op = Op::Eq;
        e->children.push_back(adopt(subject));
    }
    for (ExprPtr& alt : *alts)
        e->children.push_back(std::move(alt));
    e->children.push_back(otherwise ? adopt(otherwise) : nullLiteral(span(close)));
    return deepen(e);
}

std::vector<ExprPtr>* ParseContext::caseAlternative(std::vector<ExprPtr>* list, Expr* when,
                                                    Expr* then) {
    if (list == nullptr)
        list = new std::vector<ExprPtr>;
    list->push_back(adopt(when));
    list->push_back(adopt(then));
    return list;
}

Expr* ParseContext::comprehension(Tok open, Expr* source, Expr* where, Expr* map, Tok close) {
    auto w = adopt(where);
    auto m = adopt(map);
    auto e = new Expr;
    e->span = Span::cover(span(open), span(close));
    if (source->kind == ExprKind::Pattern && source->op == Op::Exists) {
        // [(a)-->(b) WHERE ... | b.name]: the pattern's own MATCH gets the WHERE.
        auto pattern = adopt(source);
        e->kind = ExprKind::Pattern;
        e->op = Op::Collect;
        e->subquery = std::move(pattern->subquery);
        if (e->subquery->where && w)
            fail("a pattern comprehension takes one WHERE", w->span);
        else if (w)
            e->subquery->where = std::move(w);
        if (!m)
            fail("a pattern comprehension needs '| expression'", span(close));
        e->children.push_back(m ? std::move(m) : nullLiteral(span(close)));
        return deepen(e);
    }
    auto [variable, list] = iteration(source, "a list comprehension");
    e->kind = ExprKind::ListComprehension;
    e->variable = variable;
    e->children.push_back(list ? std::move(list) : nullLiteral(span(close)));
    if (!w) {
        w = nullLiteral(span(close));
        w->value = Literal(true);
    }
    e->children.push_back(std::move(w));
    e->children.push_back(m ? std::move(m) : adopt(variableAt(variable, span(open))));
    return deepen(e);
}

Expr* ParseContext::quantifier(Tok function, Expr* source, Expr* where, Tok close) {
    auto w = adopt(where);
    static constexpr std::array<std::string_view, 4> kQuantifiers = {"all", "any", "none",
                                                                     "single"};
    const std::string name = base::lowerAscii(nameOf(function));
    if (std::find(kQuantifiers.begin(), kQuantifiers.end(), name) == kQuantifiers.end())
        fail(quoted(nameOf(function), "(... WHERE ...)") +
                 " is not a function: expected all, any, none or single",
             function);
    auto [variable, list] = iteration(source, name.c_str());
    auto e = new Expr;
    e->kind = ExprKind::Quantifier;
    e->name = name;
    e->nameSpan = span(function);
    e->variable = variable;
    e->span = Span::cover(span(function), span(close));
    e->children.push_back(list ? std::move(list) : nullLiteral(span(close)));
    e->children.push_back(std::move(w));
    return deepen(e);
}

Expr* ParseContext::reduce(Tok function, std::vector<ExprPtr>* start, Expr* step, Tok close) {
    auto s = adopt(start);
    auto e = new Expr;
    e->kind = ExprKind::Reduce;
    e->span = Span::cover(span(function), span(close));
    e->children.push_back(nullLiteral(span(close)));
    e->children.push_back(nullLiteral(span(close)));
    e->children.push_back(adopt(step));
    const bool shaped = s->size() == 2 && (*s)[0]->kind == ExprKind::Binary &&
                        (*s)[0]->op == Op::Eq && (*s)[0]->children[0]->kind == ExprKind::Variable;
    if (!base::equalsIgnoreCase(nameOf(function), "reduce")) {
        fail(quoted(nameOf(function), "(... | ...)") + " is not a function: expected reduce",
             function);
    } else if (!shaped) {
        fail("expected reduce(accumulator = start, name IN list | expression)", e->span);
    } else {
        e->keys.push_back((*s)[0]->children[0]->name);
        e->children[0] = std::move((*s)[0]->children[1]);
        auto [variable, list] = iteration((*s)[1].release(), "reduce's list");
        e->variable = variable;
        if (list)
            e->children[1] = std::move(list);
    }
    return deepen(e);
}

Expr* ParseContext::patternPredicate(Tok at, PatternPart* pattern) {
    auto e = new Expr;
    e->kind = ExprKind::Pattern;
    e->op = Op::Exists;
    e->span = Span::cover(span(at), pattern->span);
    e->subquery = matchOf(pattern, nullptr);
    return e;
}

Expr* ParseContext::subquery(Tok function, Clause* match, Tok close) {
    auto e = new Expr;
    e->kind = ExprKind::Pattern;
    e->span = Span::cover(span(function), span(close));
    e->subquery = std::shared_ptr<Clause>(match);
    const std::string name = nameOf(function);
    e->op = base::equalsIgnoreCase(name, "count") ? Op::Count : Op::Exists;
    if (e->op == Op::Exists && !base::equalsIgnoreCase(name, "exists"))
        fail("expected EXISTS or COUNT before '{ pattern }', found " + quoted(name, ""), function);
    return e;
}

Expr* ParseContext::mapProjection(Tok variable, Expr* entries, Tok close) {
    entries->span = Span::cover(span(variable), span(close));
    entries->children.insert(entries->children.begin(),
                             adopt(variableAt(nameOf(variable), span(variable))));
    // `.name` entries read the projected variable's property.
    for (std::size_t i = 1; i < entries->children.size(); ++i) {
        if (entries->children[i])
            continue;
        auto property = new Expr;
        property->kind = ExprKind::Property;
        property->name = entries->keys[i - 1];
        property->span = entries->span;
        property->nameSpan = entries->span;
        property->children.push_back(adopt(variableAt(nameOf(variable), span(variable))));
        entries->children[i] = adopt(deepen(property));
    }
    return deepen(entries);
}

Expr* ParseContext::projectionEntries(Expr* list, PropertyEntry* entry) {
    auto owned = adopt(entry);
    if (list == nullptr) {
        list = new Expr;
        list->kind = ExprKind::MapProjection;
    }
    if (owned->key == "*" && !owned->value) {
        list->star = true;
        return list;
    }
    list->keys.push_back(std::move(owned->key));
    list->children.push_back(std::move(owned->value));
    return list;
}

PropertyEntry* ParseContext::projectionProperty(Tok key) {
    return new PropertyEntry{nameOf(key), span(key), nullptr};
}

PropertyEntry* ParseContext::projectionAll(Tok star) {
    return new PropertyEntry{"*", span(star), nullptr};
}

PropertyEntry* ParseContext::projectionValue(Tok key, Expr* value) {
    return new PropertyEntry{nameOf(key), span(key), adopt(value)};
}

PropertyEntry* ParseContext::projectionVariable(Tok name) {
    return new PropertyEntry{nameOf(name), span(name), adopt(variableAt(nameOf(name), span(name)))};
}

} // namespace kg::grammar
