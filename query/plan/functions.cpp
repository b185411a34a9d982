#include "query/plan/functions.h"

#include "base/case_fold.h"
#include "base/unicode_case.h"
#include "base/utf8.h"
#include "graph/entity.h"
#include "graph/fact_date.h"
#include "query/exec/evaluate.h"
#include "query/plan/functions_arguments.h"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <string>

namespace kg::query::plan {
namespace {

using Result = std::optional<Value>;

constexpr std::size_t kMany = 64;

Result size(const Value& a, graph::GraphView) {
    if (a.isList())
        return Value(static_cast<std::int64_t>(a.asList().size()));
    if (a.isString())
        return Value(static_cast<std::int64_t>(base::utf8Length(a.asString())));
    return std::nullopt;
}

Result length(const Value& a, graph::GraphView g) {
    if (a.isPath())
        return Value(static_cast<std::int64_t>(a.asPath().relationships.size()));
    return size(a, g);
}

Result labels(const Value& a, graph::GraphView g) {
    if (!a.isNode())
        return std::nullopt;
    return Value(ValueList{Value(graph::entityTypeName(g.entity(a.asNode()).type))});
}

Result type(const Value& a, graph::GraphView g) {
    if (!a.isRelationship())
        return std::nullopt;
    return Value(g.str(g.predicate(a.asRelationship())));
}

Result id(const Value& a, graph::GraphView) {
    if (a.isNode())
        return Value(static_cast<std::int64_t>(a.asNode()));
    if (a.isRelationship())
        return Value(static_cast<std::int64_t>(a.asRelationship()));
    return std::nullopt;
}

Result nodes(const Value& a, graph::GraphView) {
    if (!a.isPath())
        return std::nullopt;
    ValueList out;
    for (graph::EntityId n : a.asPath().nodes)
        out.emplace_back(NodeRef{n});
    return Value(std::move(out));
}

Result relationships(const Value& a, graph::GraphView) {
    if (a.isList())
        return a; // a variable-length relationship variable already is the list
    if (!a.isPath())
        return std::nullopt;
    ValueList out;
    for (graph::RelationId r : a.asPath().relationships)
        out.emplace_back(RelationshipRef{r});
    return Value(std::move(out));
}

Result startNode(const Value& a, graph::GraphView g) {
    if (!a.isRelationship())
        return std::nullopt;
    return Value(NodeRef{g.source(a.asRelationship())});
}

Result endNode(const Value& a, graph::GraphView g) {
    if (!a.isRelationship())
        return std::nullopt;
    return Value(NodeRef{g.target(a.asRelationship())});
}

Result toLower(const Value& a, graph::GraphView) {
    if (!a.isString())
        return std::nullopt;
    return Value(base::lowerCase(a.asString()));
}

Result toUpper(const Value& a, graph::GraphView) {
    if (!a.isString())
        return std::nullopt;
    return Value(base::upperCase(a.asString()));
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

Result toString(const Value& a, graph::GraphView) {
    if (a.isString())
        return a;
    if (a.isNumber())
        return Value(numberToString(a));
    if (a.isBool())
        return Value(a.asBool() ? "true" : "false");
    return std::nullopt;
}

Result toInteger(const Value& a, graph::GraphView) {
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
        if (!s.empty() && end == s.c_str() + s.size() && std::isfinite(d) && std::abs(d) < 9.2e18)
            return Value(static_cast<std::int64_t>(std::trunc(d)));
        return Value();
    }
    return std::nullopt;
}

Result toFloat(const Value& a, graph::GraphView) {
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
    return std::nullopt;
}

Result head(const Value& a, graph::GraphView) {
    if (!a.isList())
        return std::nullopt;
    return a.asList().empty() ? Value() : a.asList().front();
}

Result last(const Value& a, graph::GraphView) {
    if (!a.isList())
        return std::nullopt;
    return a.asList().empty() ? Value() : a.asList().back();
}

Result abs(const Value& a, graph::GraphView) {
    if (a.isInt())
        return a.asInt() == INT64_MIN ? Value(std::abs(a.asNumber())) : Value(std::abs(a.asInt()));
    if (a.isFloat())
        return Value(std::abs(a.asFloat()));
    return std::nullopt;
}

Result round(const Value& a, graph::GraphView) {
    if (a.isInt())
        return Value(a.asNumber());
    if (a.isFloat())
        return Value(std::round(a.asFloat()));
    return std::nullopt;
}

Result trim(const Value& a, graph::GraphView) {
    if (!a.isString())
        return std::nullopt;
    const std::string& s = a.asString();
    std::size_t b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos)
        return Value("");
    return Value(s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1));
}

// The properties keys() and properties() list: what every node and relationship has.
constexpr std::array kNodeKeys = {EntityProperty::Name, EntityProperty::Type,
                                  EntityProperty::Aliases, EntityProperty::Mentions,
                                  EntityProperty::Degree};
constexpr std::array kRelationshipKeys = {
    RelationProperty::Predicate,    RelationProperty::Negated,    RelationProperty::Modality,
    RelationProperty::AttributedTo, RelationProperty::Time,       RelationProperty::Quantity,
    RelationProperty::Place,        RelationProperty::Confidence, RelationProperty::Support,
    RelationProperty::Doc,          RelationProperty::Sentence,   RelationProperty::Stance,
    RelationProperty::Date};

Result keys(const Value& a, graph::GraphView g) {
    std::optional<Value> properties = propertiesOf(a, g);
    if (!properties)
        return std::nullopt;
    ValueList out;
    for (const auto& [k, _] : properties->asMap())
        out.emplace_back(k);
    return Value(std::move(out));
}

Result ltrim(const Value& a, graph::GraphView) {
    if (!a.isString())
        return std::nullopt;
    const std::string& s = a.asString();
    std::size_t b = s.find_first_not_of(" \t\r\n");
    return Value(b == std::string::npos ? std::string() : s.substr(b));
}

Result rtrim(const Value& a, graph::GraphView) {
    if (!a.isString())
        return std::nullopt;
    const std::string& s = a.asString();
    std::size_t e = s.find_last_not_of(" \t\r\n");
    return Value(e == std::string::npos ? std::string() : s.substr(0, e + 1));
}

Result reverse(const Value& a, graph::GraphView) {
    if (a.isList()) {
        ValueList out(a.asList().rbegin(), a.asList().rend());
        return Value(std::move(out));
    }
    if (!a.isString())
        return std::nullopt;
    // By characters, so a multi-byte character stays whole.
    const std::string& s = a.asString();
    std::string out;
    out.reserve(s.size());
    for (std::size_t end = s.size(); end > 0;) {
        std::size_t begin = end - 1;
        while (begin > 0 && (static_cast<unsigned char>(s[begin]) & 0xC0) == 0x80)
            --begin;
        out.append(s, begin, end - begin);
        end = begin;
    }
    return Value(std::move(out));
}

Result tail(const Value& a, graph::GraphView) {
    if (!a.isList())
        return std::nullopt;
    const ValueList& list = a.asList();
    return Value(list.empty() ? ValueList{} : ValueList(list.begin() + 1, list.end()));
}

Result elementId(const Value& a, graph::GraphView) {
    if (a.isNode())
        return Value("n" + std::to_string(a.asNode()));
    if (a.isRelationship())
        return Value("r" + std::to_string(a.asRelationship()));
    return std::nullopt;
}

// Days are ISO strings (as r.date gives them), which compare in calendar order; date() checks
// that its argument is one.
Result date(const Value& a, graph::GraphView) {
    if (!a.isString() || a.asString().size() != 10 || graph::isoDay(a.asString()).empty())
        return std::nullopt;
    return a;
}

using F = Function;
using A = Aggregate;

constexpr std::array kFunctions = {
    FunctionDef{"count", F::Size, 1, 1, "any value, or *", A::Count, nullptr},
    FunctionDef{"collect", F::Size, 1, 1, "any value", A::Collect, nullptr},
    FunctionDef{"min", F::Size, 1, 1, "any comparable value", A::Min, nullptr},
    FunctionDef{"max", F::Size, 1, 1, "any comparable value", A::Max, nullptr},
    FunctionDef{"sum", F::Size, 1, 1, "numbers", A::Sum, nullptr},
    FunctionDef{"avg", F::Size, 1, 1, "numbers", A::Avg, nullptr},
    FunctionDef{"size", F::Size, 1, 1, "list, string", std::nullopt, size},
    FunctionDef{"length", F::Length, 1, 1, "path, list, string", std::nullopt, length},
    FunctionDef{"labels", F::Labels, 1, 1, "node", std::nullopt, labels},
    FunctionDef{"type", F::Type, 1, 1, "relationship", std::nullopt, type},
    FunctionDef{"id", F::Id, 1, 1, "node, relationship", std::nullopt, id},
    FunctionDef{"nodes", F::Nodes, 1, 1, "path", std::nullopt, nodes},
    FunctionDef{"relationships", F::Relationships, 1, 1, "path, relationship list", std::nullopt,
                relationships},
    FunctionDef{"startNode", F::StartNode, 1, 1, "relationship", std::nullopt, startNode},
    FunctionDef{"endNode", F::EndNode, 1, 1, "relationship", std::nullopt, endNode},
    FunctionDef{"toLower", F::ToLower, 1, 1, "string", std::nullopt, toLower},
    FunctionDef{"toUpper", F::ToUpper, 1, 1, "string", std::nullopt, toUpper},
    FunctionDef{"toString", F::ToString, 1, 1, "string, number, boolean", std::nullopt, toString},
    FunctionDef{"toInteger", F::ToInteger, 1, 1, "number, string", std::nullopt, toInteger},
    FunctionDef{"toFloat", F::ToFloat, 1, 1, "number, string", std::nullopt, toFloat},
    FunctionDef{"coalesce", F::Coalesce, 1, kMany, "any values", std::nullopt, nullptr},
    FunctionDef{"head", F::Head, 1, 1, "list", std::nullopt, head},
    FunctionDef{"last", F::Last, 1, 1, "list", std::nullopt, last},
    FunctionDef{"abs", F::Abs, 1, 1, "number", std::nullopt, abs},
    FunctionDef{"round", F::Round, 1, 1, "number", std::nullopt, round},
    FunctionDef{"trim", F::Trim, 1, 1, "string", std::nullopt, trim},
    FunctionDef{"keys", F::Keys, 1, 1, "map, node, relationship", std::nullopt, keys},
    FunctionDef{"properties", F::Properties, 1, 1, "map, node, relationship", std::nullopt,
                propertiesOf},
    FunctionDef{"elementId", F::ElementId, 1, 1, "node, relationship", std::nullopt, elementId},
    FunctionDef{"ltrim", F::LTrim, 1, 1, "string", std::nullopt, ltrim},
    FunctionDef{"rtrim", F::RTrim, 1, 1, "string", std::nullopt, rtrim},
    FunctionDef{"reverse", F::Reverse, 1, 1, "string, list", std::nullopt, reverse},
    FunctionDef{"tail", F::Tail, 1, 1, "list", std::nullopt, tail},
    FunctionDef{"substring", F::Substring, 2, 3, "string, start, length", std::nullopt, nullptr,
                bodies::substring},
    FunctionDef{"replace", F::Replace, 3, 3, "string, search, replacement", std::nullopt, nullptr,
                bodies::replace},
    FunctionDef{"split", F::Split, 2, 2, "string, delimiter", std::nullopt, nullptr, bodies::split},
    FunctionDef{"left", F::Left, 2, 2, "string, length", std::nullopt, nullptr, bodies::left},
    FunctionDef{"right", F::Right, 2, 2, "string, length", std::nullopt, nullptr, bodies::right},
    FunctionDef{"range", F::Range, 2, 3, "integers start, end, step", std::nullopt, nullptr,
                bodies::range},
    FunctionDef{"date", F::Date, 1, 1, "string YYYY-MM-DD", std::nullopt, date},
};

constexpr std::array<std::string_view, kFunctions.size()> kDisplayNames = [] {
    std::array<std::string_view, kFunctions.size()> names{};
    for (std::size_t i = 0; i < kFunctions.size(); ++i)
        names[i] = kFunctions[i].name;
    return names;
}();

} // namespace

std::optional<Value> propertiesOf(const Value& a, graph::GraphView g) {
    if (a.isMap())
        return a;
    ValueMap out;
    if (a.isNode()) {
        for (EntityProperty p : kNodeKeys)
            out.emplace_back(std::string(propertyName(p)), exec::entityProperty(g, a.asNode(), p));
    } else if (a.isRelationship()) {
        for (RelationProperty p : kRelationshipKeys)
            out.emplace_back(std::string(propertyName(p)),
                             exec::relationProperty(g, a.asRelationship(), p));
    } else {
        return std::nullopt;
    }
    return Value(std::move(out));
}

std::span<const FunctionDef> functionTable() {
    return kFunctions;
}

const FunctionDef* findFunction(std::string_view name) {
    for (const FunctionDef& f : kFunctions)
        if (base::equalsIgnoreCase(f.name, name))
            return &f;
    return nullptr;
}

std::span<const std::string_view> functionDisplayNames() {
    return kDisplayNames;
}

} // namespace kg::query::plan
