#include "query/value.h"

#include <cmath>
#include <functional>

namespace kg::query {
namespace {

// Rank of each kind in Cypher's ORDER BY order (ascending): Map, Node, Relationship, List,
// Path, String, Boolean, Number, Null.
int orderRank(Value::Kind kind) {
    switch (kind) {
    case Value::Kind::Map:
        return 0;
    case Value::Kind::Node:
        return 1;
    case Value::Kind::Relationship:
        return 2;
    case Value::Kind::List:
        return 3;
    case Value::Kind::Path:
        return 4;
    case Value::Kind::String:
        return 5;
    case Value::Kind::Bool:
        return 6;
    case Value::Kind::Int:
    case Value::Kind::Float:
        return 7;
    case Value::Kind::Null:
        return 8;
    }
    return 8;
}

template <class T> int cmp(const T& a, const T& b) {
    return a < b ? -1 : (b < a ? 1 : 0);
}

int compareNumbers(const Value& a, const Value& b) {
    if (a.isInt() && b.isInt())
        return cmp(a.asInt(), b.asInt());
    double x = a.asNumber();
    double y = b.asNumber();
    bool xn = std::isnan(x);
    bool yn = std::isnan(y);
    if (xn || yn)
        return cmp(static_cast<int>(xn), static_cast<int>(yn)); // NaN after every number
    return cmp(x, y);
}

template <class Seq> int compareSequences(const Seq& a, const Seq& b) {
    std::size_t n = std::min(a.size(), b.size());
    for (std::size_t i = 0; i < n; ++i) {
        int c = orderCompare(a[i], b[i]);
        if (c != 0)
            return c;
    }
    return cmp(a.size(), b.size());
}

std::size_t mix(std::size_t h, std::size_t v) {
    return h ^ (v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2));
}

} // namespace

std::string_view Value::kindName(Kind kind) {
    switch (kind) {
    case Kind::Null:
        return "Null";
    case Kind::Bool:
        return "Boolean";
    case Kind::Int:
        return "Integer";
    case Kind::Float:
        return "Float";
    case Kind::String:
        return "String";
    case Kind::List:
        return "List";
    case Kind::Map:
        return "Map";
    case Kind::Node:
        return "Node";
    case Kind::Relationship:
        return "Relationship";
    case Kind::Path:
        return "Path";
    }
    return "Null";
}

bool operator==(const Value& a, const Value& b) {
    if (a.isNumber() && b.isNumber()) {
        if (a.isInt() && b.isInt())
            return a.asInt() == b.asInt();
        return a.asNumber() == b.asNumber();
    }
    if (a.kind() != b.kind())
        return false;
    switch (a.kind()) {
    case Value::Kind::Null:
        return true;
    case Value::Kind::Bool:
        return a.asBool() == b.asBool();
    case Value::Kind::String:
        return a.asString() == b.asString();
    case Value::Kind::List:
        return a.asList() == b.asList();
    case Value::Kind::Map:
        return a.asMap() == b.asMap();
    case Value::Kind::Node:
        return a.asNode() == b.asNode();
    case Value::Kind::Relationship:
        return a.asRelationship() == b.asRelationship();
    case Value::Kind::Path:
        return a.asPath() == b.asPath();
    default:
        return false;
    }
}

int orderCompare(const Value& a, const Value& b) {
    int ra = orderRank(a.kind());
    int rb = orderRank(b.kind());
    if (ra != rb)
        return cmp(ra, rb);
    switch (a.kind()) {
    case Value::Kind::Null:
        return 0;
    case Value::Kind::Bool:
        return cmp(a.asBool(), b.asBool());
    case Value::Kind::Int:
    case Value::Kind::Float:
        return compareNumbers(a, b);
    case Value::Kind::String: {
        int c = a.asString().compare(b.asString());
        return c < 0 ? -1 : (c > 0 ? 1 : 0);
    }
    case Value::Kind::List:
        return compareSequences(a.asList(), b.asList());
    case Value::Kind::Map: {
        const ValueMap& x = a.asMap();
        const ValueMap& y = b.asMap();
        std::size_t n = std::min(x.size(), y.size());
        for (std::size_t i = 0; i < n; ++i) {
            int c = x[i].first.compare(y[i].first);
            if (c != 0)
                return c < 0 ? -1 : 1;
            c = orderCompare(x[i].second, y[i].second);
            if (c != 0)
                return c;
        }
        return cmp(x.size(), y.size());
    }
    case Value::Kind::Node:
        return cmp(a.asNode(), b.asNode());
    case Value::Kind::Relationship:
        return cmp(a.asRelationship(), b.asRelationship());
    case Value::Kind::Path: {
        const Path& x = a.asPath();
        const Path& y = b.asPath();
        if (x.nodes != y.nodes)
            return x.nodes < y.nodes ? -1 : 1;
        return x.relationships < y.relationships ? -1
                                                 : (x.relationships == y.relationships ? 0 : 1);
    }
    }
    return 0;
}

std::size_t hashValue(const Value& v) {
    std::size_t h = static_cast<std::size_t>(v.kind());
    switch (v.kind()) {
    case Value::Kind::Null:
        return 0x51ed27;
    case Value::Kind::Bool:
        return mix(h, v.asBool() ? 1 : 2);
    case Value::Kind::Int:
    case Value::Kind::Float: {
        // Integral floats hash like the integer they equal, so 1 and 1.0 group together.
        double d = v.asNumber();
        if (v.isInt())
            return mix(7, std::hash<std::int64_t>{}(v.asInt()));
        if (std::floor(d) == d && std::abs(d) < 9.0e18)
            return mix(7, std::hash<std::int64_t>{}(static_cast<std::int64_t>(d)));
        return mix(7, std::hash<double>{}(d));
    }
    case Value::Kind::String:
        return mix(h, std::hash<std::string>{}(v.asString()));
    case Value::Kind::List:
        for (const Value& e : v.asList())
            h = mix(h, hashValue(e));
        return h;
    case Value::Kind::Map:
        for (const auto& [k, e] : v.asMap())
            h = mix(mix(h, std::hash<std::string>{}(k)), hashValue(e));
        return h;
    case Value::Kind::Node:
        return mix(h, v.asNode() * 0x9E3779B1u);
    case Value::Kind::Relationship:
        return mix(h, v.asRelationship() * 0x85EBCA77u);
    case Value::Kind::Path:
        for (auto n : v.asPath().nodes)
            h = mix(h, n);
        for (auto r : v.asPath().relationships)
            h = mix(h, r);
        return h;
    }
    return h;
}

} // namespace kg::query
