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

namespace kg::query::exec {
struct SubqueryPlan;
} // namespace kg::query::exec

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
    HasLabel,          ///< children[0] is a node of entity type `label` (or `label` < 0: never)
    Case,              ///< op Eq: CASE children[0] WHEN c[1] THEN c[2] ... ELSE c.back();
                       ///< op None: CASE WHEN c[0] THEN c[1] ... ELSE c.back()
    Slice,             ///< children[0][children[1]..children[2]]
    ListComprehension, ///< for row[slot] in children[0]: keep if children[1], collect children[2]
    Quantifier,        ///< `quantifier` of children[1] for row[slot] in children[0]
    Reduce, ///< row[accumulator] = children[0]; for row[slot] in children[1]: row[acc] = c[2]
    MapProjection, ///< children[0] {keys[i]: children[i + 1]}, after all its properties if `star`
    Subquery,      ///< `subquery` run on the row: op Exists, Count or Collect (of children[0])
};

enum class Quantifier : std::uint8_t { All, Any, None, Single };

struct BoundExpr {
    BoundKind kind = BoundKind::Constant;
    ast::Op op = ast::Op::None;
    bool negated = false; ///< IsNull: IS NOT NULL
    bool star = false;    ///< MapProjection: `.*`
    Value constant;
    std::uint32_t slot = 0;        ///< Slot; the item's slot of a comprehension or quantifier
    std::uint32_t accumulator = 0; ///< Reduce: the accumulator's slot
    Quantifier quantifier = Quantifier::All;
    std::shared_ptr<exec::SubqueryPlan> subquery; ///< Subquery: shared, run by one row at a time
    std::vector<std::uint32_t> reads;             ///< Subquery: the row's slots its plan may read
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
