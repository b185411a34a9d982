#include "query/exec/evaluate.h"

#include "graph/entity.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <string>

namespace kg::query::exec {

using plan::BoundExpr;
using plan::BoundKind;
using plan::Function;

namespace {

[[noreturn]] void fail(const BoundExpr& e, std::string message) {
    throw EvalError{std::move(message), e.span};
}

std::string typeName(const Value& v) {
    return std::string(Value::kindName(v.kind()));
}

// Optional strings of the store: "" means not set, which a query sees as null.
Value optionalString(const graph::KnowledgeGraph& g, graph::Sym s) {
    if (s == graph::kNoSym)
        return Value();
    return Value(g.str(s));
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

std::size_t utf8Length(std::string_view s) {
    std::size_t n = 0;
    for (char c : s)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++n;
    return n;
}

std::optional<bool> truthOf(const BoundExpr& e, const Value& v) {
    if (v.isNull())
        return std::nullopt;
    if (!v.isBool())
        fail(e, "expected a Boolean, got " + typeName(v));
    return v.asBool();
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

Value regexMatch(const BoundExpr& e, const Value& subject, const Value& pattern) {
    if (!subject.isString() || !pattern.isString())
        return Value();
    try {
        if (e.regex)
            return Value(std::regex_match(subject.asString(), *e.regex));
        return Value(std::regex_match(subject.asString(), plan::compileRegex(pattern.asString())));
    } catch (const std::regex_error& err) {
        fail(e, std::string("invalid regular expression: ") + err.what());
    }
}

std::string lowerOrUpper(std::string s, bool upper) {
    for (char& c : s) {
        if (upper && c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
        else if (!upper && c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    }
    return s;
}

std::string numberToString(const Value& v) {
    if (v.isInt())
        return std::to_string(v.asInt());
    char buf[64];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v.asFloat());
    std::string s(buf, ec == std::errc() ? end : buf);
    if (s.find_first_of(".eEn") == std::string::npos)
        s += ".0";
    return s;
}

Value keysOf(const Value& v) {
    ValueList out;
    if (v.isMap()) {
        for (const auto& [k, _] : v.asMap())
            out.emplace_back(k);
    } else if (v.isNode()) {
        for (auto name : {"name", "type", "aliases", "mentions", "degree"})
            out.emplace_back(name);
    } else if (v.isRelationship()) {
        for (auto name : {"predicate", "negated", "modality", "attributed_to", "time", "quantity",
                          "place", "confidence", "support", "doc", "sentence"})
            out.emplace_back(name);
    } else {
        return Value();
    }
    return Value(std::move(out));
}

Value callFunction(const BoundExpr& e, const Row& row, ExecContext& cx) {
    const graph::KnowledgeGraph& g = cx.graph();
    if (e.function == Function::Coalesce) {
        for (const BoundExpr& arg : e.children) {
            Value v = evaluate(arg, row, cx);
            if (!v.isNull())
                return v;
        }
        return Value();
    }
    Value a = evaluate(e.children.at(0), row, cx);
    if (a.isNull())
        return Value();
    auto wrong = [&]() -> Value { fail(e, "function cannot take a " + typeName(a)); };
    switch (e.function) {
    case Function::Size:
        if (a.isList())
            return Value(static_cast<std::int64_t>(a.asList().size()));
        if (a.isString())
            return Value(static_cast<std::int64_t>(utf8Length(a.asString())));
        return wrong();
    case Function::Length:
        if (a.isPath())
            return Value(static_cast<std::int64_t>(a.asPath().relationships.size()));
        if (a.isList())
            return Value(static_cast<std::int64_t>(a.asList().size()));
        if (a.isString())
            return Value(static_cast<std::int64_t>(utf8Length(a.asString())));
        return wrong();
    case Function::Labels:
        if (!a.isNode())
            return wrong();
        return Value(ValueList{Value(graph::entityTypeName(g.entity(a.asNode()).type))});
    case Function::Type:
        if (!a.isRelationship())
            return wrong();
        return Value(g.str(g.relation(a.asRelationship()).predicate));
    case Function::Id:
        if (a.isNode())
            return Value(static_cast<std::int64_t>(a.asNode()));
        if (a.isRelationship())
            return Value(static_cast<std::int64_t>(a.asRelationship()));
        return wrong();
    case Function::Nodes: {
        if (!a.isPath())
            return wrong();
        ValueList out;
        for (graph::EntityId n : a.asPath().nodes)
            out.emplace_back(NodeRef{n});
        return Value(std::move(out));
    }
    case Function::Relationships: {
        if (a.isList())
            return a; // a variable-length relationship variable already is the list
        if (!a.isPath())
            return wrong();
        ValueList out;
        for (graph::RelationId r : a.asPath().relationships)
            out.emplace_back(RelationshipRef{r});
        return Value(std::move(out));
    }
    case Function::StartNode:
    case Function::EndNode: {
        if (!a.isRelationship())
            return wrong();
        const graph::Relation& r = g.relation(a.asRelationship());
        return Value(NodeRef{e.function == Function::StartNode ? r.source : r.target});
    }
    case Function::ToLower:
    case Function::ToUpper:
        if (!a.isString())
            return wrong();
        return Value(lowerOrUpper(a.asString(), e.function == Function::ToUpper));
    case Function::ToString:
        if (a.isString())
            return a;
        if (a.isNumber())
            return Value(numberToString(a));
        if (a.isBool())
            return Value(a.asBool() ? "true" : "false");
        return wrong();
    case Function::ToInteger: {
        if (a.isInt())
            return a;
        if (a.isFloat()) {
            double d = std::trunc(a.asFloat());
            if (!std::isfinite(d) || std::abs(d) >= 9.2e18)
                return Value();
            return Value(static_cast<std::int64_t>(d));
        }
        if (a.isString()) {
            const std::string& s = a.asString();
            std::int64_t v = 0;
            auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
            if (ec == std::errc() && p == s.data() + s.size())
                return Value(v);
            char* end = nullptr;
            double d = std::strtod(s.c_str(), &end);
            if (!s.empty() && end == s.c_str() + s.size() && std::isfinite(d) &&
                std::abs(d) < 9.2e18)
                return Value(static_cast<std::int64_t>(std::trunc(d)));
            return Value();
        }
        return wrong();
    }
    case Function::ToFloat: {
        if (a.isNumber())
            return Value(a.asNumber());
        if (a.isString()) {
            const std::string& s = a.asString();
            char* end = nullptr;
            double d = std::strtod(s.c_str(), &end);
            if (!s.empty() && end == s.c_str() + s.size())
                return Value(d);
            return Value();
        }
        return wrong();
    }
    case Function::Head:
    case Function::Last:
        if (!a.isList())
            return wrong();
        if (a.asList().empty())
            return Value();
        return e.function == Function::Head ? a.asList().front() : a.asList().back();
    case Function::Abs:
        if (a.isInt())
            return a.asInt() == INT64_MIN ? Value(std::abs(a.asNumber()))
                                          : Value(std::abs(a.asInt()));
        if (a.isFloat())
            return Value(std::abs(a.asFloat()));
        return wrong();
    case Function::Round:
        if (a.isInt())
            return Value(a.asNumber());
        if (a.isFloat())
            return Value(std::round(a.asFloat()));
        return wrong();
    case Function::Trim: {
        if (!a.isString())
            return wrong();
        const std::string& s = a.asString();
        std::size_t b = s.find_first_not_of(" \t\r\n");
        if (b == std::string::npos)
            return Value("");
        return Value(s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1));
    }
    case Function::Keys: {
        Value k = keysOf(a);
        return k.isNull() ? wrong() : k;
    }
    case Function::Coalesce:
        break;
    }
    return Value();
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
            return relationProperty(cx.graph(), object.asRelationship(), *p);
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

Value entityProperty(const graph::KnowledgeGraph& g, graph::EntityId id, EntityProperty p) {
    const graph::Entity& e = g.entity(id);
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
    }
    return Value();
}

Value relationProperty(const graph::KnowledgeGraph& g, graph::RelationId id, RelationProperty p) {
    const graph::Relation& r = g.relation(id);
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
        return relationProperty(cx.graph(), object.asRelationship(), e.relationProp);
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
        return regexMatch(e, a, b);
    default:
        return arithmetic(e, e.op, a, b);
    }
}

} // namespace kg::query::exec
