#include "query/exec/evaluate.h"

#include "graph/contradictions.h"
#include "graph/entity.h"
#include "graph/fact_date.h"
#include "graph/name_uses.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <span>
#include <string>

namespace kg::query::exec {

using plan::BoundExpr;
using plan::BoundKind;
using plan::Function;

namespace {

// Optional strings of the store: "" means not set, which a query sees as null.
Value optionalString(graph::GraphView g, graph::Sym s) {
    if (s == graph::kNoSym)
        return Value();
    return Value(g.str(s));
}

Value optionalDay(std::string_view day) {
    return day.empty() ? Value() : Value(day);
}

// Confidence is stored as a float; print it as the short decimal it was written as (0.9, not
// 0.899999976).
double floatAsShortDouble(float f) {
    char buf[32];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, f);
    if (ec != std::errc())
        return static_cast<double>(f);
    double d = 0;
    std::from_chars(buf, end, d);
    return d;
}

std::optional<int> compareForOrder(const Value& a, const Value& b) {
    if (a.isNumber() && b.isNumber()) {
        double x = a.asNumber();
        double y = b.asNumber();
        if (std::isnan(x) || std::isnan(y))
            return std::nullopt;
        if (a.isInt() && b.isInt())
            return a.asInt() < b.asInt() ? -1 : (a.asInt() > b.asInt() ? 1 : 0);
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    if (a.isString() && b.isString()) {
        int c = a.asString().compare(b.asString());
        return c < 0 ? -1 : (c > 0 ? 1 : 0);
    }
    if (a.isBool() && b.isBool())
        return static_cast<int>(a.asBool()) - static_cast<int>(b.asBool());
    if (a.isList() && b.isList()) {
        const ValueList& x = a.asList();
        const ValueList& y = b.asList();
        for (std::size_t i = 0; i < x.size() && i < y.size(); ++i) {
            auto c = compareForOrder(x[i], y[i]);
            if (!c)
                return std::nullopt;
            if (*c != 0)
                return c;
        }
        return x.size() < y.size() ? -1 : (x.size() > y.size() ? 1 : 0);
    }
    return std::nullopt;
}

Value arithmetic(const BoundExpr& e, ast::Op op, const Value& a, const Value& b) {
    if (a.isNull() || b.isNull())
        return Value();
    if (op == ast::Op::Add) {
        if (a.isList() || b.isList()) {
            ValueList out = a.isList() ? a.asList() : ValueList{a};
            if (b.isList())
                out.insert(out.end(), b.asList().begin(), b.asList().end());
            else
                out.push_back(b);
            return Value(std::move(out));
        }
        if (a.isString() && b.isString())
            return Value(a.asString() + b.asString());
        if (a.isString() && b.isNumber())
            return Value(a.asString() +
                         (b.isInt() ? std::to_string(b.asInt()) : std::to_string(b.asFloat())));
        if (a.isNumber() && b.isString())
            return Value((a.isInt() ? std::to_string(a.asInt()) : std::to_string(a.asFloat())) +
                         b.asString());
    }
    if (!a.isNumber() || !b.isNumber())
        fail(e, "cannot apply an arithmetic operator to " + typeName(a) + " and " + typeName(b));
    if (a.isInt() && b.isInt() && op != ast::Op::Pow) {
        std::int64_t x = a.asInt();
        std::int64_t y = b.asInt();
        std::int64_t r = 0;
        bool overflow = false;
        switch (op) {
        case ast::Op::Add:
            overflow = __builtin_add_overflow(x, y, &r);
            break;
        case ast::Op::Sub:
            overflow = __builtin_sub_overflow(x, y, &r);
            break;
        case ast::Op::Mul:
            overflow = __builtin_mul_overflow(x, y, &r);
            break;
        case ast::Op::Div:
        case ast::Op::Mod:
            if (y == 0)
                fail(e, "division by zero");
            if (x == INT64_MIN && y == -1) {
                overflow = op == ast::Op::Div;
                r = 0;
            } else {
                r = op == ast::Op::Div ? x / y : x % y;
            }
            break;
        default:
            break;
        }
        if (overflow)
            fail(e, "integer overflow");
        return Value(r);
    }
    double x = a.asNumber();
    double y = b.asNumber();
    switch (op) {
    case ast::Op::Add:
        return Value(x + y);
    case ast::Op::Sub:
        return Value(x - y);
    case ast::Op::Mul:
        return Value(x * y);
    case ast::Op::Div:
        return Value(x / y);
    case ast::Op::Mod:
        return Value(std::fmod(x, y));
    case ast::Op::Pow:
        return Value(std::pow(x, y));
    default:
        return Value();
    }
}

Value stringPredicate(ast::Op op, const Value& a, const Value& b) {
    if (!a.isString() || !b.isString())
        return Value();
    const std::string& s = a.asString();
    const std::string& t = b.asString();
    switch (op) {
    case ast::Op::StartsWith:
        return Value(s.starts_with(t));
    case ast::Op::EndsWith:
        return Value(s.ends_with(t));
    default:
        return Value(s.find(t) != std::string::npos);
    }
}

Value inList(const Value& needle, const Value& list, const BoundExpr& e) {
    if (list.isNull())
        return Value();
    if (!list.isList())
        fail(e, "IN expects a List on its right, got " + typeName(list));
    bool sawNull = false;
    for (const Value& item : list.asList()) {
        auto eq = equals(needle, item);
        if (!eq)
            sawNull = true;
        else if (*eq)
            return Value(true);
    }
    return sawNull ? Value() : Value(false);
}

Value regexMatch(const BoundExpr& e, const Value& subject, const Value& pattern, ExecContext& cx) {
    if (!subject.isString() || !pattern.isString())
        return Value();
    try {
        const Regex& regex = e.regex ? *e.regex : cx.regexes().get(pattern.asString());
        return Value(regex.fullMatch(subject.asString()));
    } catch (const RegexError& err) {
        fail(e, err.what());
    }
}

Value callFunction(const BoundExpr& e, const Row& row, ExecContext& cx) {
    if (e.function->id == Function::Coalesce) {
        for (const BoundExpr& arg : e.children) {
            Value v = evaluate(arg, row, cx);
            if (!v.isNull())
                return v;
        }
        return Value();
    }
    if (e.function->withArguments != nullptr) {
        std::vector<Value> args;
        args.reserve(e.children.size());
        for (const BoundExpr& arg : e.children) {
            args.push_back(evaluate(arg, row, cx));
            if (args.back().isNull())
                return Value();
        }
        std::optional<Value> result = e.function->withArguments(args, cx);
        if (!result) {
            std::string kinds;
            for (const Value& v : args)
                kinds += (kinds.empty() ? "" : ", ") + typeName(v);
            fail(e, std::string(e.function->name) + " cannot take (" + kinds + ")" + " (it takes " +
                        std::string(e.function->takes) + ")");
        }
        return std::move(*result);
    }
    Value a = evaluate(e.children.at(0), row, cx);
    if (a.isNull())
        return Value();
    std::optional<Value> result = e.function->body(a, cx.graph());
    if (!result)
        fail(e, "function cannot take a " + typeName(a));
    return std::move(*result);
}

Value anyProperty(const BoundExpr& e, const Value& object, ExecContext& cx) {
    if (object.isNull())
        return Value();
    if (object.isMap()) {
        for (const auto& [k, v] : object.asMap())
            if (k == e.key)
                return v;
        return Value();
    }
    if (object.isNode()) {
        if (auto p = findEntityProperty(e.key))
            return entityProperty(cx.graph(), object.asNode(), *p);
        return Value();
    }
    if (object.isRelationship()) {
        if (auto p = findRelationProperty(e.key))
            return relationProperty(cx, object.asRelationship(), *p);
        return Value();
    }
    fail(e, "cannot read property '" + e.key + "' of a " + typeName(object));
}

Value indexInto(const BoundExpr& e, const Value& object, const Value& index) {
    if (object.isNull() || index.isNull())
        return Value();
    if (object.isList()) {
        if (!index.isInt())
            fail(e, "a list index must be an Integer, got " + typeName(index));
        const ValueList& list = object.asList();
        std::int64_t i = index.asInt();
        std::int64_t n = static_cast<std::int64_t>(list.size());
        if (i < 0)
            i += n;
        if (i < 0 || i >= n)
            return Value();
        return list[static_cast<std::size_t>(i)];
    }
    if (object.isMap() && index.isString()) {
        for (const auto& [k, v] : object.asMap())
            if (k == index.asString())
                return v;
        return Value();
    }
    fail(e, "cannot index a " + typeName(object) + " with a " + typeName(index));
}

} // namespace

void fail(const BoundExpr& e, std::string message) {
    throw EvalError{std::move(message), e.span};
}

std::string typeName(const Value& v) {
    return std::string(Value::kindName(v.kind()));
}

std::optional<bool> truthOf(const BoundExpr& e, const Value& v) {
    if (v.isNull())
        return std::nullopt;
    if (!v.isBool())
        fail(e, "expected a Boolean, got " + typeName(v));
    return v.asBool();
}

std::optional<bool> equals(const Value& a, const Value& b) {
    if (a.isNull() || b.isNull())
        return std::nullopt;
    if (a.isList() && b.isList()) {
        const ValueList& x = a.asList();
        const ValueList& y = b.asList();
        if (x.size() != y.size())
            return false;
        bool unknown = false;
        for (std::size_t i = 0; i < x.size(); ++i) {
            auto eq = equals(x[i], y[i]);
            if (!eq)
                unknown = true;
            else if (!*eq)
                return false;
        }
        if (unknown)
            return std::nullopt;
        return true;
    }
    return a == b;
}

Value entityProperty(graph::GraphView g, graph::EntityId id, EntityProperty p) {
    graph::EntityView e = g.entity(id);
    switch (p) {
    case EntityProperty::Name:
        return Value(g.str(e.name));
    case EntityProperty::Type:
        return Value(graph::entityTypeName(e.type));
    case EntityProperty::Aliases: {
        ValueList out;
        out.reserve(e.aliases.size());
        for (graph::Sym a : e.aliases)
            out.emplace_back(g.str(a));
        return Value(std::move(out));
    }
    case EntityProperty::Mentions:
        return Value(static_cast<std::int64_t>(e.mentions));
    case EntityProperty::Degree:
        return Value(static_cast<std::int64_t>(g.degree(id)));
    case EntityProperty::AliasCounts: {
        ValueMap out;
        for (const auto& [name, uses] : graph::nameUses(g, id))
            out.emplace_back(std::string(name), Value(static_cast<std::int64_t>(uses)));
        return Value(std::move(out));
    }
    }
    return Value();
}

// r.contested_by: each contradicting fact with where it was read and who said it.
Value contestedBy(graph::GraphView g, std::span<const graph::RelationId> others) {
    ValueList out;
    for (graph::RelationId other : others) {
        graph::RelationView o = g.relation(other);
        ValueMap side;
        side.emplace_back("id", Value(static_cast<std::int64_t>(other)));
        side.emplace_back("speaker", o.attributedTo == graph::kNoId || !g.isLive(o.attributedTo)
                                         ? Value()
                                         : Value(g.name(o.attributedTo)));
        const bool mentioned = !o.mentions.empty();
        side.emplace_back("doc", mentioned ? optionalString(g, o.mentions.front().doc) : Value());
        side.emplace_back("date", optionalDay(graph::factDay(g, o.mentions)));
        side.emplace_back("sentence",
                          mentioned ? optionalString(g, o.mentions.front().text) : Value());
        out.emplace_back(std::move(side));
    }
    return Value(std::move(out));
}

Value relationProperty(ExecContext& cx, graph::RelationId id, RelationProperty p) {
    // In a query, contradictions come from one index of the whole graph, built on first use.
    if (p == RelationProperty::Contested)
        return Value(!cx.contradictions().contestedBy(id).empty());
    if (p == RelationProperty::ContestedBy)
        return contestedBy(cx.graph(), cx.contradictions().contestedBy(id));
    return relationProperty(cx.graph(), id, p);
}

Value relationProperty(graph::GraphView g, graph::RelationId id, RelationProperty p) {
    graph::RelationView r = g.relation(id);
    switch (p) {
    case RelationProperty::Predicate:
        return Value(g.str(r.predicate));
    case RelationProperty::Negated:
        return Value(r.negated);
    case RelationProperty::Modality:
        return optionalString(g, r.modality);
    case RelationProperty::AttributedTo:
        if (r.attributedTo == graph::kNoId || !g.isLive(r.attributedTo))
            return Value();
        return Value(g.name(r.attributedTo));
    case RelationProperty::Time:
        return optionalString(g, r.qualifiers.time);
    case RelationProperty::Quantity:
        return optionalString(g, r.qualifiers.quantity);
    case RelationProperty::Place:
        return optionalString(g, r.qualifiers.place);
    case RelationProperty::Confidence:
        return Value(floatAsShortDouble(r.confidence));
    case RelationProperty::Support:
        return Value(static_cast<std::int64_t>(r.support));
    case RelationProperty::Doc:
        return r.mentions.empty() ? Value() : optionalString(g, r.mentions.front().doc);
    case RelationProperty::Sentence:
        return r.mentions.empty() ? Value() : optionalString(g, r.mentions.front().text);
    case RelationProperty::Stance:
        return Value(graph::stanceName(r.stance));
    case RelationProperty::Date:
        return optionalDay(graph::factDay(g, r.mentions));
    case RelationProperty::Contested:
        return Value(!graph::contradictionsWith(g, id).empty());
    case RelationProperty::ContestedBy:
        return contestedBy(g, graph::contradictionsWith(g, id));
    }
    return Value();
}

bool isTrue(const BoundExpr& expr, const Row& row, ExecContext& cx) {
    auto t = truthOf(expr, evaluate(expr, row, cx));
    return t.value_or(false);
}

Value evaluate(const BoundExpr& e, const Row& row, ExecContext& cx) {
    switch (e.kind) {
    case BoundKind::Constant:
        return e.constant;
    case BoundKind::Slot:
        return row[e.slot];
    case BoundKind::EntityProp: {
        Value object = evaluate(e.children[0], row, cx);
        if (object.isNull())
            return Value();
        if (!object.isNode())
            fail(e, "expected a Node, got " + typeName(object));
        return entityProperty(cx.graph(), object.asNode(), e.entityProp);
    }
    case BoundKind::RelationProp: {
        Value object = evaluate(e.children[0], row, cx);
        if (object.isNull())
            return Value();
        if (!object.isRelationship())
            fail(e, "expected a Relationship, got " + typeName(object));
        return relationProperty(cx, object.asRelationship(), e.relationProp);
    }
    case BoundKind::AnyProp:
        return anyProperty(e, evaluate(e.children[0], row, cx), cx);
    case BoundKind::Index:
        return indexInto(e, evaluate(e.children[0], row, cx), evaluate(e.children[1], row, cx));
    case BoundKind::List: {
        ValueList out;
        out.reserve(e.children.size());
        for (const BoundExpr& c : e.children)
            out.push_back(evaluate(c, row, cx));
        return Value(std::move(out));
    }
    case BoundKind::Map: {
        ValueMap out;
        out.reserve(e.children.size());
        for (std::size_t i = 0; i < e.children.size(); ++i)
            out.emplace_back(e.keys[i], evaluate(e.children[i], row, cx));
        return Value(std::move(out));
    }
    case BoundKind::Function:
        return callFunction(e, row, cx);
    case BoundKind::IsNull: {
        bool null = evaluate(e.children[0], row, cx).isNull();
        return Value(e.negated ? !null : null);
    }
    case BoundKind::HasLabel: {
        Value object = evaluate(e.children[0], row, cx);
        if (object.isNull())
            return Value();
        if (!object.isNode())
            fail(e, "expected a Node, got " + typeName(object));
        return Value(e.label >= 0 &&
                     static_cast<int>(cx.graph().entity(object.asNode()).type) == e.label);
    }
    case BoundKind::Unary: {
        Value a = evaluate(e.children[0], row, cx);
        if (a.isNull())
            return a;
        if (e.op == ast::Op::Not)
            return Value(!*truthOf(e, a));
        if (!a.isNumber())
            fail(e, "cannot negate a " + typeName(a));
        if (e.op == ast::Op::Plus)
            return a;
        if (a.isInt()) {
            if (a.asInt() == INT64_MIN)
                fail(e, "integer overflow");
            return Value(-a.asInt());
        }
        return Value(-a.asFloat());
    }
    case BoundKind::Case:
    case BoundKind::Slice:
    case BoundKind::ListComprehension:
    case BoundKind::Quantifier:
    case BoundKind::Reduce:
    case BoundKind::MapProjection:
    case BoundKind::Subquery:
        return evaluateCompound(e, row, cx);
    case BoundKind::Binary:
        break;
    }

    // Binary operators. The logical ones short-circuit where the outcome is already known.
    switch (e.op) {
    case ast::Op::And: {
        auto l = truthOf(e, evaluate(e.children[0], row, cx));
        if (l == false)
            return Value(false);
        auto r = truthOf(e, evaluate(e.children[1], row, cx));
        if (r == false)
            return Value(false);
        if (!l || !r)
            return Value();
        return Value(true);
    }
    case ast::Op::Or: {
        auto l = truthOf(e, evaluate(e.children[0], row, cx));
        if (l == true)
            return Value(true);
        auto r = truthOf(e, evaluate(e.children[1], row, cx));
        if (r == true)
            return Value(true);
        if (!l || !r)
            return Value();
        return Value(false);
    }
    case ast::Op::Xor: {
        auto l = truthOf(e, evaluate(e.children[0], row, cx));
        auto r = truthOf(e, evaluate(e.children[1], row, cx));
        if (!l || !r)
            return Value();
        return Value(*l != *r);
    }
    default:
        break;
    }
    Value a = evaluate(e.children[0], row, cx);
    Value b = evaluate(e.children[1], row, cx);
    switch (e.op) {
    case ast::Op::Eq: {
        auto eq = equals(a, b);
        return eq ? Value(*eq) : Value();
    }
    case ast::Op::Ne: {
        auto eq = equals(a, b);
        return eq ? Value(!*eq) : Value();
    }
    case ast::Op::Lt:
    case ast::Op::Le:
    case ast::Op::Gt:
    case ast::Op::Ge: {
        auto c = compareForOrder(a, b);
        if (!c)
            return Value();
        switch (e.op) {
        case ast::Op::Lt:
            return Value(*c < 0);
        case ast::Op::Le:
            return Value(*c <= 0);
        case ast::Op::Gt:
            return Value(*c > 0);
        default:
            return Value(*c >= 0);
        }
    }
    case ast::Op::In:
        return inList(a, b, e);
    case ast::Op::StartsWith:
    case ast::Op::EndsWith:
    case ast::Op::Contains:
        return stringPredicate(e.op, a, b);
    case ast::Op::Regex:
        return regexMatch(e, a, b, cx);
    default:
        return arithmetic(e, e.op, a, b);
    }
}

} // namespace kg::query::exec
