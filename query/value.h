#pragma once
// Value: one cell of a query result, and every intermediate value the executor computes.
// Nodes and relationships are ids into the KnowledgeGraph the query ran on; lists, maps and
// paths are shared and immutable, so copying a Value never copies a collection.
#include "graph/ids.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace kg::query {

class Value;

/// A walk through the graph: nodes.size() == relationships.size() + 1 (a path of length 0 has one
/// node). relationships[i] joins nodes[i] and nodes[i + 1], in either direction.
struct Path {
    std::vector<graph::EntityId> nodes;
    std::vector<graph::RelationId> relationships;
    friend bool operator==(const Path&, const Path&) = default;
};

struct NodeRef {
    graph::EntityId id = graph::kNoId;
    friend bool operator==(const NodeRef&, const NodeRef&) = default;
};
struct RelationshipRef {
    graph::RelationId id = graph::kNoId;
    friend bool operator==(const RelationshipRef&, const RelationshipRef&) = default;
};

using ValueList = std::vector<Value>;
/// Map entries keep the order in which they were written ({b: 1, a: 2} prints as written).
using ValueMap = std::vector<std::pair<std::string, Value>>;

class Value {
public:
    enum class Kind : std::uint8_t {
        Null,
        Bool,
        Int,
        Float,
        String,
        List,
        Map,
        Node,
        Relationship,
        Path
    };

    Value() = default;
    Value(std::nullptr_t) {}
    Value(bool b) : v_(b) {}
    Value(std::int64_t i) : v_(i) {}
    Value(int i) : v_(static_cast<std::int64_t>(i)) {}
    Value(double d) : v_(d) {}
    Value(std::string s) : v_(std::move(s)) {}
    Value(std::string_view s) : v_(std::string(s)) {}
    Value(const char* s) : v_(std::string(s)) {}
    Value(ValueList list) : v_(std::make_shared<const ValueList>(std::move(list))) {}
    Value(ValueMap map) : v_(std::make_shared<const ValueMap>(std::move(map))) {}
    Value(NodeRef n) : v_(n) {}
    Value(RelationshipRef r) : v_(r) {}
    Value(Path p) : v_(std::make_shared<const Path>(std::move(p))) {}

    Kind kind() const { return static_cast<Kind>(v_.index()); }
    bool isNull() const { return kind() == Kind::Null; }
    bool isBool() const { return kind() == Kind::Bool; }
    bool isInt() const { return kind() == Kind::Int; }
    bool isFloat() const { return kind() == Kind::Float; }
    bool isNumber() const { return isInt() || isFloat(); }
    bool isString() const { return kind() == Kind::String; }
    bool isList() const { return kind() == Kind::List; }
    bool isMap() const { return kind() == Kind::Map; }
    bool isNode() const { return kind() == Kind::Node; }
    bool isRelationship() const { return kind() == Kind::Relationship; }
    bool isPath() const { return kind() == Kind::Path; }

    // Accessors: only valid for the matching kind (checked by std::get).
    bool asBool() const { return std::get<bool>(v_); }
    std::int64_t asInt() const { return std::get<std::int64_t>(v_); }
    double asFloat() const { return std::get<double>(v_); }
    /// Int or Float as a double.
    double asNumber() const { return isInt() ? static_cast<double>(asInt()) : asFloat(); }
    const std::string& asString() const { return std::get<std::string>(v_); }
    const ValueList& asList() const { return *std::get<ListPtr>(v_); }
    const ValueMap& asMap() const { return *std::get<MapPtr>(v_); }
    graph::EntityId asNode() const { return std::get<NodeRef>(v_).id; }
    graph::RelationId asRelationship() const { return std::get<RelationshipRef>(v_).id; }
    const Path& asPath() const { return *std::get<PathPtr>(v_); }

    /// Structural equality (a null equals a null here; Cypher's `=` is compareEquals in
    /// query/exec). Int 1 and Float 1.0 are equal, as in Cypher.
    friend bool operator==(const Value& a, const Value& b);

    /// "Null", "Boolean", "Integer", "Float", "String", "List", "Map", "Node", "Relationship",
    /// "Path": names used in error messages and in JSON output.
    static std::string_view kindName(Kind kind);

private:
    using ListPtr = std::shared_ptr<const ValueList>;
    using MapPtr = std::shared_ptr<const ValueMap>;
    using PathPtr = std::shared_ptr<const Path>;
    std::variant<std::monostate, bool, std::int64_t, double, std::string, ListPtr, MapPtr, NodeRef,
                 RelationshipRef, PathPtr>
        v_;
};

/// Cypher's total order for ORDER BY: Map < Node < Relationship < List < Path < String <
/// Boolean < Number < Null (nulls last ascending); within a kind, the natural order
/// (numbers by value, NaN after all numbers; strings by bytes; lists element-wise).
/// Returns <0, 0 or >0.
int orderCompare(const Value& a, const Value& b);

/// Hash consistent with operator== (1 and 1.0 hash alike): for DISTINCT and grouping.
std::size_t hashValue(const Value& v);

} // namespace kg::query
