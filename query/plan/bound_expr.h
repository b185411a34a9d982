#pragma once
// BoundExpr: an expression after checking. Variables are row slots, properties are enums,
// parameters are constants, regexes are compiled; the executor evaluates it as it is.
#include "query/plan/functions.h"
#include "query/properties.h"
#include "query/query_types.h"
#include "query/regex.h"
#include "query/value.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace kg::query::plan {

enum class BoundKind : std::uint8_t {
    Constant,     ///< constant
    Slot,         ///< row[slot]
    EntityProp,   ///< entity property `entityProp` of children[0]
    RelationProp, ///< relation property `relationProp` of children[0]
    AnyProp,      ///< property `key` of whatever children[0] is at run time (map, node, rel)
    Index,        ///< children[0][children[1]]
    List,
    Map, ///< keys[i]: children[i]
    Function,
    Unary,
    Binary,
    IsNull,
    HasLabel, ///< children[0] is a node of entity type `label` (or `label` < 0: never)
};

struct BoundExpr {
    BoundKind kind = BoundKind::Constant;
    ast::Op op = ast::Op::None;
    bool negated = false; ///< IsNull: IS NOT NULL
    Value constant;
    std::uint32_t slot = 0;
    EntityProperty entityProp = EntityProperty::Name;
    RelationProperty relationProp = RelationProperty::Predicate;
    const FunctionDef* function = nullptr; ///< Function: its entry in the function table
    int label = -1;                        ///< HasLabel: graph::EntityType as int
    std::string key;                       ///< AnyProp key
    std::vector<std::string> keys;         ///< Map keys
    std::vector<BoundExpr> children;
    std::shared_ptr<const Regex> regex; ///< Binary Regex with a constant pattern
    ast::Span span;                     ///< for run-time errors

    bool isConstant() const { return kind == BoundKind::Constant; }
};

/// One aggregate call of a projection: evaluated per group, result stored in `slot`.
struct AggregateCall {
    Aggregate function = Aggregate::Count;
    bool distinct = false;
    bool star = false; ///< count(*)
    BoundExpr argument;
    std::uint32_t slot = 0;
    ast::Span span;
};

} // namespace kg::query::plan
