// Checking and binding expressions: variables to slots, property names to the schema's enums,
// function names to their implementation, parameters to constants, regexes compiled once.
#include "base/case_fold.h"
#include "query/plan/planner_impl.h"

#include <algorithm>

namespace kg::query::plan {
namespace {

bool containsAggregate(const ast::Expr& e) {
    if (e.kind == ast::ExprKind::Function) {
        const FunctionDef* f = findFunction(e.name);
        if (f != nullptr && f->aggregate)
            return true;
    }
    for (const auto& c : e.children)
        if (containsAggregate(*c))
            return true;
    return false;
}

} // namespace

void collectSlots(const BoundExpr& e, std::set<Slot>& out) {
    if (e.kind == BoundKind::Slot)
        out.insert(e.slot);
    out.insert(e.reads.begin(), e.reads.end());
    std::set<Slot> inner;
    for (const BoundExpr& c : e.children)
        collectSlots(c, inner);
    // The names a comprehension, quantifier or reduce binds per item are its own, not the row's.
    if (e.kind == BoundKind::ListComprehension || e.kind == BoundKind::Quantifier ||
        e.kind == BoundKind::Reduce)
        inner.erase(e.slot);
    if (e.kind == BoundKind::Reduce)
        inner.erase(e.accumulator);
    out.insert(inner.begin(), inner.end());
}

BoundExpr Planner::bind(const ast::Expr& e, const Scope& scope,
                        std::vector<AggregateCall>* aggregates) {
    BoundExpr b;
    b.span = e.span;
    switch (e.kind) {
    case ast::ExprKind::Literal:
        b.kind = BoundKind::Constant;
        b.constant = literalValue(e.value);
        return b;
    case ast::ExprKind::Parameter: {
        auto it = params_.values.find(e.name);
        if (it == params_.values.end())
            error(e.span,
                  "missing parameter $" + e.name + " (pass it with --param " + e.name + "=VALUE)");
        b.kind = BoundKind::Constant;
        b.constant = it->second;
        return b;
    }
    case ast::ExprKind::Variable: {
        const Variable* v = scope.find(e.name);
        if (v == nullptr) {
            std::vector<std::string_view> names;
            for (const Variable& var : scope.vars)
                if (var.name.front() != ' ')
                    names.push_back(var.name);
            std::string hint = closestName(e.name, names);
            error(e.span, "unknown variable '" + e.name + "'" +
                              (hint.empty() ? "" : " (did you mean " + hint + "?)"));
        }
        b.kind = BoundKind::Slot;
        b.slot = v->slot;
        return b;
    }
    case ast::ExprKind::Property:
        return bindProperty(e, scope, aggregates);
    case ast::ExprKind::Index:
        b.kind = BoundKind::Index;
        b.children.push_back(bind(*e.children[0], scope, aggregates));
        b.children.push_back(bind(*e.children[1], scope, aggregates));
        return b;
    case ast::ExprKind::List:
    case ast::ExprKind::Map:
        b.kind = e.kind == ast::ExprKind::List ? BoundKind::List : BoundKind::Map;
        b.keys = e.keys;
        for (const auto& c : e.children)
            b.children.push_back(bind(*c, scope, aggregates));
        return b;
    case ast::ExprKind::Function:
        return bindFunction(e, scope, aggregates);
    case ast::ExprKind::Unary:
        b.kind = BoundKind::Unary;
        b.op = e.op;
        b.children.push_back(bind(*e.children[0], scope, aggregates));
        return b;
    case ast::ExprKind::IsNull:
        b.kind = BoundKind::IsNull;
        b.negated = e.negated;
        b.children.push_back(bind(*e.children[0], scope, aggregates));
        return b;
    case ast::ExprKind::Case:
    case ast::ExprKind::Slice:
    case ast::ExprKind::ListComprehension:
    case ast::ExprKind::Quantifier:
    case ast::ExprKind::Reduce:
    case ast::ExprKind::MapProjection:
    case ast::ExprKind::Pattern:
        return bindCompound(e, scope, aggregates);
    case ast::ExprKind::Binary:
        b.kind = BoundKind::Binary;
        b.op = e.op;
        b.children.push_back(bind(*e.children[0], scope, aggregates));
        b.children.push_back(bind(*e.children[1], scope, aggregates));
        if (e.op == ast::Op::Regex && b.children[1].isConstant()) {
            const Value& pattern = b.children[1].constant;
            if (pattern.isString()) {
                try {
                    b.regex = std::make_shared<const Regex>(pattern.asString());
                } catch (const RegexError& err) {
                    error(e.children[1]->span, err.what());
                }
            }
        }
        return b;
    }
    return b;
}

BoundExpr Planner::bindProperty(const ast::Expr& e, const Scope& scope,
                                std::vector<AggregateCall>* aggregates) {
    BoundExpr b;
    b.span = e.span;
    b.children.push_back(bind(*e.children[0], scope, aggregates));
    VarKind kind = VarKind::Any;
    if (e.children[0]->kind == ast::ExprKind::Variable)
        if (const Variable* v = scope.find(e.children[0]->name))
            kind = v->kind;
    if (kind == VarKind::Node) {
        auto p = findEntityProperty(e.name);
        if (!p) {
            std::string hint = closestName(e.name, entityPropertyNames());
            error(e.nameSpan, "unknown node property '" + e.name + "'" +
                                  (hint.empty() ? " (nodes have name, type, aliases, mentions, "
                                                  "degree)"
                                                : " (did you mean " + hint + "?)"));
        }
        b.kind = BoundKind::EntityProp;
        b.entityProp = *p;
        return b;
    }
    if (kind == VarKind::Relationship) {
        auto p = findRelationProperty(e.name);
        if (!p) {
            std::string hint = closestName(e.name, relationPropertyNames());
            error(e.nameSpan, "unknown relationship property '" + e.name + "'" +
                                  (hint.empty() ? "" : " (did you mean " + hint + "?)"));
        }
        b.kind = BoundKind::RelationProp;
        b.relationProp = *p;
        return b;
    }
    if (kind == VarKind::Path || kind == VarKind::RelationshipList)
        error(e.nameSpan, "a " + std::string(kind == VarKind::Path ? "path" : "relationship list") +
                              " has no property '" + e.name + "'");
    b.kind = BoundKind::AnyProp;
    b.key = e.name;
    return b;
}

BoundExpr Planner::bindFunction(const ast::Expr& e, const Scope& scope,
                                std::vector<AggregateCall>* aggregates) {
    const FunctionDef* info = findFunction(e.name);
    if (info == nullptr) {
        const std::string name = base::lowerAscii(e.name);
        if (name == "shortestpath" || name == "allshortestpaths")
            error(e.nameSpan, e.name + " is only allowed in a MATCH pattern");
        std::string hint = closestName(e.name, functionDisplayNames());
        error(e.nameSpan, "unknown function '" + e.name + "'" +
                              (hint.empty() ? "" : " (did you mean " + hint + "?)"));
    }
    if (e.star && info->aggregate != Aggregate::Count)
        error(e.span, "only count takes '*'");
    if (!e.star && (e.children.size() < info->minArgs || e.children.size() > info->maxArgs))
        error(e.span, std::string(info->name) +
                          (info->minArgs == info->maxArgs
                               ? " takes " + std::to_string(info->minArgs) + " argument" +
                                     (info->minArgs == 1 ? "" : "s")
                               : " takes at least " + std::to_string(info->minArgs) + " argument") +
                          ", got " + std::to_string(e.children.size()));
    if (e.distinct && !info->aggregate)
        error(e.span, "DISTINCT is only allowed inside an aggregate function");

    if (info->aggregate) {
        if (aggregates == nullptr)
            error(e.span, "aggregate function " + e.name + " is not allowed here");
        for (const auto& c : e.children)
            if (containsAggregate(*c))
                error(c->span, "aggregate functions cannot be nested");
        AggregateCall call;
        call.function = *info->aggregate;
        call.distinct = e.distinct;
        call.star = e.star;
        call.span = e.span;
        if (!e.star)
            call.argument = bind(*e.children[0], scope, nullptr);
        call.slot = newSlot();
        BoundExpr b;
        b.kind = BoundKind::Slot;
        b.slot = call.slot;
        b.span = e.span;
        aggregates->push_back(std::move(call));
        return b;
    }
    BoundExpr b;
    b.kind = BoundKind::Function;
    b.function = info;
    b.span = e.span;
    for (const auto& c : e.children)
        b.children.push_back(bind(*c, scope, aggregates));
    return b;
}

} // namespace kg::query::plan
