// Evaluating CASE, slices, the expressions that bind a name per list item (comprehensions,
// quantifiers, reduce), map projections and patterns inside expressions. A name bound per item
// is a slot of a copy of the row; a pattern runs its sub-plan on such a copy.
#include "query/exec/evaluate.h"
#include "query/exec/operators.h"

#include <algorithm>
#include <string>

namespace kg::query::exec {

using plan::BoundExpr;
using plan::BoundKind;
using plan::Quantifier;

namespace {

// The list an iteration walks: null stays null (the whole expression is then null).
const ValueList* listOf(const BoundExpr& e, const Value& v) {
    if (v.isNull())
        return nullptr;
    if (!v.isList())
        fail(e, "expected a List to iterate over, got " + typeName(v));
    return &v.asList();
}

// A list the expression builds counts against the memory budget while it is built; the
// budget is given back when the value leaves the expression (rows that keep it are charged
// by the operators that hold them).
class BuildCharge {
public:
    explicit BuildCharge(ExecContext& cx) : cx_(cx) {}
    ~BuildCharge() { cx_.charge(-bytes_); }
    BuildCharge(const BuildCharge&) = delete;
    BuildCharge& operator=(const BuildCharge&) = delete;
    void add(const Value& v) {
        std::int64_t b = static_cast<std::int64_t>(approxBytes(v));
        bytes_ += b;
        cx_.charge(b);
    }

private:
    ExecContext& cx_;
    std::int64_t bytes_ = 0;
};

Value caseOf(const BoundExpr& e, const Row& row, ExecContext& cx) {
    const bool simple = e.op == ast::Op::Eq;
    Value subject = simple ? evaluate(e.children[0], row, cx) : Value();
    const std::size_t last = e.children.size() - 1;
    for (std::size_t i = simple ? 1 : 0; i + 1 < last; i += 2) {
        Value when = evaluate(e.children[i], row, cx);
        bool chosen = simple ? equals(subject, when).value_or(false)
                             : truthOf(e.children[i], when).value_or(false);
        if (chosen)
            return evaluate(e.children[i + 1], row, cx);
    }
    return evaluate(e.children[last], row, cx);
}

Value slice(const BoundExpr& e, const Row& row, ExecContext& cx) {
    Value object = evaluate(e.children[0], row, cx);
    Value low = evaluate(e.children[1], row, cx);
    Value high = evaluate(e.children[2], row, cx);
    if (object.isNull() || low.isNull() || high.isNull())
        return Value();
    if (!object.isList())
        fail(e, "cannot slice a " + typeName(object));
    if (!low.isInt() || !high.isInt())
        fail(e, "slice bounds must be Integers, got " + typeName(low) + " and " + typeName(high));
    const ValueList& list = object.asList();
    const std::int64_t n = static_cast<std::int64_t>(list.size());
    auto clamp = [n](std::int64_t i) { return std::clamp(i < 0 ? i + n : i, std::int64_t{0}, n); };
    std::int64_t from = clamp(low.asInt());
    std::int64_t to = clamp(high.asInt());
    if (from >= to)
        return Value(ValueList{});
    return Value(ValueList(list.begin() + from, list.begin() + to));
}

Value comprehension(const BoundExpr& e, const Row& row, ExecContext& cx) {
    Value source = evaluate(e.children[0], row, cx);
    const ValueList* items = listOf(e, source);
    if (items == nullptr)
        return Value();
    Row local = row;
    ValueList out;
    BuildCharge charge(cx);
    for (const Value& item : *items) {
        cx.tick();
        local[e.slot] = item;
        if (!truthOf(e.children[1], evaluate(e.children[1], local, cx)).value_or(false))
            continue;
        out.push_back(evaluate(e.children[2], local, cx));
        charge.add(out.back());
    }
    return Value(std::move(out));
}

Value quantifier(const BoundExpr& e, const Row& row, ExecContext& cx) {
    Value source = evaluate(e.children[0], row, cx);
    const ValueList* items = listOf(e, source);
    if (items == nullptr)
        return Value();
    Row local = row;
    std::size_t trues = 0;
    bool unknown = false;
    for (const Value& item : *items) {
        cx.tick();
        local[e.slot] = item;
        std::optional<bool> t = truthOf(e.children[1], evaluate(e.children[1], local, cx));
        if (!t) {
            unknown = true;
            continue;
        }
        trues += *t ? 1 : 0;
        // Settled whatever the remaining items say.
        if ((*t && (e.quantifier == Quantifier::Any || e.quantifier == Quantifier::None)) ||
            (!*t && e.quantifier == Quantifier::All) ||
            (trues > 1 && e.quantifier == Quantifier::Single))
            return Value(e.quantifier == Quantifier::Any);
    }
    if (unknown)
        return Value();
    switch (e.quantifier) {
    case Quantifier::All:
    case Quantifier::None:
        return Value(true);
    case Quantifier::Any:
        return Value(false);
    case Quantifier::Single:
        return Value(trues == 1);
    }
    return Value();
}

Value reduce(const BoundExpr& e, const Row& row, ExecContext& cx) {
    Row local = row;
    local[e.accumulator] = evaluate(e.children[0], row, cx);
    Value source = evaluate(e.children[1], row, cx);
    const ValueList* items = listOf(e, source);
    if (items == nullptr)
        return Value();
    for (const Value& item : *items) {
        cx.tick();
        local[e.slot] = item;
        local[e.accumulator] = evaluate(e.children[2], local, cx);
    }
    return local[e.accumulator];
}

Value mapProjection(const BoundExpr& e, const Row& row, ExecContext& cx) {
    Value object = evaluate(e.children[0], row, cx);
    if (object.isNull())
        return Value();
    ValueMap out;
    if (e.star) {
        std::optional<Value> all = plan::propertiesOf(object, cx.graph());
        if (!all)
            fail(e, "cannot project the properties of a " + typeName(object));
        out = all->asMap();
    } else if (!object.isMap() && !object.isNode() && !object.isRelationship()) {
        fail(e, "cannot project a " + typeName(object) +
                    " (a map projection needs a node, "
                    "relationship or map)");
    }
    for (std::size_t i = 0; i < e.keys.size(); ++i) {
        Value v = evaluate(e.children[i + 1], row, cx);
        auto same = std::find_if(out.begin(), out.end(),
                                 [&](const auto& entry) { return entry.first == e.keys[i]; });
        if (same != out.end())
            same->second = std::move(v);
        else
            out.emplace_back(e.keys[i], std::move(v));
    }
    return Value(std::move(out));
}

Value subquery(const BoundExpr& e, const Row& row, ExecContext& cx) {
    SubqueryPlan& plan = *e.subquery;
    Row local = row;
    plan.root->open(cx);
    std::int64_t count = 0;
    ValueList collected;
    BuildCharge charge(cx);
    while (plan.root->next(local)) {
        cx.tick();
        if (e.op == ast::Op::Exists)
            return Value(true);
        ++count;
        if (e.op == ast::Op::Collect) {
            collected.push_back(evaluate(e.children[0], local, cx));
            charge.add(collected.back());
        }
    }
    if (e.op == ast::Op::Exists)
        return Value(false);
    if (e.op == ast::Op::Count)
        return Value(count);
    return Value(std::move(collected));
}

} // namespace

Value evaluateCompound(const BoundExpr& e, const Row& row, ExecContext& cx) {
    switch (e.kind) {
    case BoundKind::Case:
        return caseOf(e, row, cx);
    case BoundKind::Slice:
        return slice(e, row, cx);
    case BoundKind::ListComprehension:
        return comprehension(e, row, cx);
    case BoundKind::Quantifier:
        return quantifier(e, row, cx);
    case BoundKind::Reduce:
        return reduce(e, row, cx);
    case BoundKind::MapProjection:
        return mapProjection(e, row, cx);
    case BoundKind::Subquery:
        return subquery(e, row, cx);
    default:
        fail(e, "not a compound expression");
    }
}

} // namespace kg::query::exec
