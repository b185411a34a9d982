// Planning a statement clause by clause; WITH and RETURN projections (grouping, DISTINCT,
// ORDER BY, SKIP, LIMIT) live here, patterns in plan_match.cpp.
#include "grammar/lexer.h"
#include "query/plan/planner_impl.h"

#include <algorithm>
#include <fmt/format.h>
#include <fmt/ranges.h>

namespace kg::query::plan {
namespace {

bool isWholeRelationScan(const ast::Clause& c) {
    if (c.kind != ast::ClauseKind::Match || c.optional || c.where || c.patterns.size() != 1)
        return false;
    const ast::PatternPart& p = c.patterns.front();
    if (p.kind != ast::PatternKind::Plain || !p.pathVariable.empty() || p.rels.size() != 1)
        return false;
    // Named ends are fine (nothing but the counted projection follows, and it may read only
    // type(r)), unless the same name twice makes the pattern a self-loop.
    for (const ast::NodePattern& n : p.nodes)
        if (!n.labels.empty() || !n.properties.empty())
            return false;
    const ast::RelPattern& r = p.rels.front();
    const std::string& from = p.nodes[0].variable;
    const std::string& to = p.nodes[1].variable;
    if (!from.empty() && (from == to || from == r.variable))
        return false;
    if (!to.empty() && to == r.variable)
        return false;
    return !r.variable.empty() && r.types.empty() && r.properties.empty() && !r.variableLength;
}

bool readsPredicateOf(const BoundExpr& e, Slot rel) {
    bool onRel =
        !e.children.empty() && e.children[0].kind == BoundKind::Slot && e.children[0].slot == rel;
    return onRel &&
           ((e.kind == BoundKind::Function && e.function->id == Function::Type) ||
            (e.kind == BoundKind::RelationProp && e.relationProp == RelationProperty::Predicate));
}

bool onlyCountStar(const std::vector<AggregateCall>& calls) {
    return std::all_of(calls.begin(), calls.end(), [](const AggregateCall& c) {
        return c.star && c.function == Aggregate::Count && !c.distinct;
    });
}

bool readsAny(const std::vector<exec::ProjectItem>& items, const std::vector<Slot>& slots) {
    std::set<Slot> read;
    for (const exec::ProjectItem& item : items)
        collectSlots(item.expr, read);
    return std::any_of(slots.begin(), slots.end(), [&](Slot s) { return read.count(s) > 0; });
}

} // namespace

void Planner::error(const ast::Span& at, const std::string& message) const {
    throw QueryError(message, at.line, at.column, std::string(grammar::sourceLine(text_, at.line)));
}

std::uint32_t Planner::hopBound(const ast::RelPattern& rel) const {
    std::uint32_t written = rel.maxHops == ast::kUnboundedHops ? rel.minHops : rel.maxHops;
    if (written > maxHops_)
        error(rel.span, fmt::format("a path of {} hops is over the limit of {} (raise it with "
                                    "--max-hops, or :max-hops in the REPL)",
                                    written, maxHops_));
    return rel.maxHops == ast::kUnboundedHops ? maxHops_ : rel.maxHops;
}

std::size_t Planner::constantCount(const ast::Expr& expr, const char* what) {
    BoundExpr b = bind(expr, Scope{}, nullptr);
    if (!b.isConstant() || !b.constant.isInt() || b.constant.asInt() < 0)
        error(expr.span, std::string(what) + " expects a non-negative integer");
    return static_cast<std::size_t>(b.constant.asInt());
}

OpPtr Planner::planUnwind(OpPtr input, const ast::Clause& clause) {
    BoundExpr list = bind(*clause.unwind, scope_, nullptr);
    if (scope_.find(clause.unwindAlias) != nullptr)
        error(clause.span, "variable '" + clause.unwindAlias + "' is already bound");
    Slot slot = newSlot();
    scope_.vars.push_back({clause.unwindAlias, slot, VarKind::Any});
    std::string text(text_.substr(clause.unwind->span.offset, clause.unwind->span.length));
    return std::make_unique<exec::Unwind>(std::move(input), std::move(list), slot,
                                          text + " AS " + clause.unwindAlias);
}

Projection Planner::bindProjection(const ast::Clause& clause) {
    const bool isReturn = clause.kind == ast::ClauseKind::Return;
    Projection projection;
    std::vector<ProjectedItem>& items = projection.items;
    if (clause.star) {
        std::vector<Variable> named = scope_.vars;
        std::sort(named.begin(), named.end(),
                  [](const Variable& a, const Variable& b) { return a.name < b.name; });
        for (const Variable& v : named) {
            ProjectedItem item{nullptr, v.name, v.name, {}, false, 0, v.kind};
            item.bound.kind = BoundKind::Slot;
            item.bound.slot = v.slot;
            items.push_back(std::move(item));
        }
        if (items.empty() && clause.items.empty())
            error(clause.span, std::string(isReturn ? "RETURN" : "WITH") +
                                   " * needs at least one variable in scope");
    }
    for (const ast::ProjectionItem& pi : clause.items) {
        ProjectedItem item;
        item.expr = pi.expr.get();
        item.text = pi.text;
        std::size_t before = projection.calls.size();
        item.bound = bind(*pi.expr, scope_, &projection.calls);
        item.aggregate = projection.calls.size() > before;
        if (!pi.alias.empty()) {
            item.column = pi.alias;
        } else if (pi.expr->kind == ast::ExprKind::Variable) {
            item.column = pi.expr->name;
        } else {
            if (!isReturn)
                error(pi.span, "expression in WITH must be aliased (use AS)");
            item.column = pi.text;
        }
        if (pi.expr->kind == ast::ExprKind::Variable)
            item.kind = scope_.find(pi.expr->name)->kind;
        items.push_back(std::move(item));
    }
    for (std::size_t i = 0; i < items.size(); ++i)
        for (std::size_t j = 0; j < i; ++j)
            if (items[i].column == items[j].column)
                error(items[i].expr ? items[i].expr->span : clause.span,
                      "column name '" + items[i].column + "' is used twice");
    for (const ProjectedItem& item : items)
        projection.columnsText += (projection.columnsText.empty() ? "" : ", ") + item.column;
    for (ProjectedItem& item : items)
        item.slot = newSlot();
    projection.aggregating = !projection.calls.empty();
    return projection;
}

OpPtr Planner::appendAggregate(OpPtr input, Projection& projection) {
    std::vector<AggregateCall>& calls = projection.calls;
    std::vector<exec::ProjectItem> keys;
    std::vector<exec::ProjectItem> after;
    for (const ProjectedItem& item : projection.items) {
        if (item.aggregate)
            after.push_back({item.bound, item.slot});
        else
            keys.push_back({item.bound, item.slot});
    }
    OpPtr op = std::move(input);
    // count(*) or count(r) of every relationship, alone or per type(r).
    bool counts = wholeRelationScan_ && keys.size() <= 1 && calls.size() == 1 &&
                  (keys.empty() || readsPredicateOf(keys[0].expr, wholeRelationScan_->rel)) &&
                  calls[0].function == Aggregate::Count && !calls[0].distinct &&
                  (calls[0].star || (calls[0].argument.kind == BoundKind::Slot &&
                                     calls[0].argument.slot == wholeRelationScan_->rel));
    if (counts) {
        // The scan below would visit every relationship; the store knows the answer.
        std::int64_t multiplier = wholeRelationScan_->direction == ast::Direction::Both ? 2 : 1;
        std::optional<Slot> type;
        if (!keys.empty())
            type = keys[0].slot;
        op = std::make_unique<exec::PredicateCounts>(std::make_unique<exec::SingleRow>(), type,
                                                     calls[0].slot, multiplier);
    } else if (auto* counted = dynamic_cast<exec::Countable*>(op.get());
               counted != nullptr && keys.empty() && onlyCountStar(calls)) {
        // Nothing reads the last step's relationship or nodes: count its rows, not list them.
        std::vector<Slot> slots;
        for (const AggregateCall& c : calls)
            slots.push_back(c.slot);
        op.release();
        op = std::make_unique<exec::ExpandCount>(std::unique_ptr<exec::Countable>(counted),
                                                 std::move(slots));
    } else if (auto* expand = dynamic_cast<exec::Expand*>(op.get());
               expand != nullptr && onlyCountStar(calls) && !readsAny(keys, expand->boundSlots())) {
        // Grouped by what was bound before the last hop: each row weighs its edge count.
        Slot weight = newSlot();
        op.release();
        op = std::make_unique<exec::ExpandWeight>(std::unique_ptr<exec::Expand>(expand), weight);
        exec::Aggregation::Options options = aggregationOptions(keys, calls, after);
        options.weight = weight;
        op = std::make_unique<exec::Aggregation>(std::move(op), std::move(keys), std::move(calls),
                                                 projection.columnsText, std::move(options));
    } else {
        exec::Aggregation::Options options = aggregationOptions(keys, calls, after);
        op = std::make_unique<exec::Aggregation>(std::move(op), std::move(keys), std::move(calls),
                                                 projection.columnsText, std::move(options));
    }
    return std::make_unique<exec::Project>(std::move(op), std::move(after), projection.columnsText);
}

exec::Aggregation::Options
Planner::aggregationOptions(const std::vector<exec::ProjectItem>& keys,
                            const std::vector<AggregateCall>& calls,
                            const std::vector<exec::ProjectItem>& after) const {
    exec::Aggregation::Options options;
    // Only what the expressions around the aggregates read survives a grouping.
    std::set<Slot> kept;
    for (const exec::ProjectItem& item : after)
        collectSlots(item.expr, kept);
    for (const AggregateCall& c : calls)
        kept.erase(c.slot);
    for (const exec::ProjectItem& k : keys)
        kept.erase(k.slot);
    options.kept = std::vector<Slot>(kept.begin(), kept.end());

    std::set<Slot> read;
    for (const exec::ProjectItem& k : keys)
        collectSlots(k.expr, read);
    if (read.size() != 1)
        return options;
    Slot slot = *read.begin();
    bool isNode = std::any_of(scope_.vars.begin(), scope_.vars.end(), [&](const Variable& v) {
        return v.slot == slot && v.kind == VarKind::Node;
    });
    if (!isNode)
        return options;
    // The node itself or its name (one entity per name) tells entities apart.
    bool identifies = std::any_of(keys.begin(), keys.end(), [](const exec::ProjectItem& k) {
        return k.expr.kind == BoundKind::Slot ||
               (k.expr.kind == BoundKind::EntityProp && k.expr.entityProp == EntityProperty::Name);
    });
    options.keyNode = exec::Aggregation::KeyNode{slot, identifies};
    return options;
}

OpPtr Planner::appendProject(OpPtr input, const Projection& projection) {
    std::vector<exec::ProjectItem> all;
    for (const ProjectedItem& item : projection.items)
        all.push_back({item.bound, item.slot});
    return std::make_unique<exec::Project>(std::move(input), std::move(all),
                                           projection.columnsText);
}

OpPtr Planner::appendDistinct(OpPtr input, const Projection& projection) {
    std::vector<Slot> slots;
    for (const ProjectedItem& item : projection.items)
        slots.push_back(item.slot);
    return std::make_unique<exec::Distinct>(std::move(input), std::move(slots));
}

OpPtr Planner::appendOrderBy(OpPtr input, const ast::Clause& clause, const Projection& projection,
                             const Scope& projected, std::optional<std::size_t> keep) {
    // ORDER BY sees the projected names, and the earlier variables too unless the projection
    // aggregated or removed duplicates (then they no longer mean one value).
    Scope sortScope = projected;
    if (!projection.aggregating && !clause.distinct)
        for (const Variable& v : scope_.vars)
            if (projected.find(v.name) == nullptr)
                sortScope.vars.push_back(v);
    std::vector<exec::SortKey> keys;
    std::string text;
    for (const ast::SortItem& s : clause.orderBy) {
        std::string exprText(text_.substr(s.expr->span.offset, s.expr->span.length));
        BoundExpr key;
        auto same =
            std::find_if(projection.items.begin(), projection.items.end(),
                         [&](const ProjectedItem& i) { return i.expr && i.text == exprText; });
        if (same != projection.items.end()) {
            key.kind = BoundKind::Slot;
            key.slot = same->slot;
            key.span = s.expr->span;
        } else {
            key = bind(*s.expr, sortScope, nullptr);
        }
        keys.push_back({std::move(key), s.descending});
        text += (text.empty() ? "" : ", ") + exprText + (s.descending ? " DESC" : "");
    }
    return std::make_unique<exec::Sort>(std::move(input), std::move(keys), keep, text);
}

OpPtr Planner::appendFilter(OpPtr input, const ast::Expr& where) {
    BoundExpr bound = bind(where, scope_, nullptr);
    std::string text(text_.substr(where.span.offset, where.span.length));
    return std::make_unique<exec::Filter>(std::move(input), std::move(bound), text);
}

// RETURN and WITH, in the order their parts act: project (or aggregate), DISTINCT, ORDER BY,
// SKIP/LIMIT, then WITH's WHERE over the projected names.
OpPtr Planner::planProjection(OpPtr input, const ast::Clause& clause, Plan* result) {
    Projection projection = bindProjection(clause);
    OpPtr op = projection.aggregating ? appendAggregate(std::move(input), projection)
                                      : appendProject(std::move(input), projection);
    wholeRelationScan_.reset();

    Scope projected;
    for (const ProjectedItem& item : projection.items)
        projected.vars.push_back({item.column, item.slot, item.kind});

    if (clause.distinct)
        op = appendDistinct(std::move(op), projection);

    std::size_t skip = clause.skip ? constantCount(*clause.skip, "SKIP") : 0;
    std::optional<std::size_t> limit;
    if (clause.limit)
        limit = constantCount(*clause.limit, "LIMIT");
    if (!clause.orderBy.empty()) {
        std::optional<std::size_t> keep;
        if (limit)
            keep = skip + *limit;
        op = appendOrderBy(std::move(op), clause, projection, projected, keep);
    }
    if (skip > 0 || limit)
        op = std::make_unique<exec::Slice>(std::move(op), skip, limit);

    scope_ = std::move(projected);
    if (clause.where)
        op = appendFilter(std::move(op), *clause.where);
    if (clause.kind == ast::ClauseKind::Return) {
        for (const ProjectedItem& item : projection.items) {
            result->columns.push_back(item.column);
            result->outputSlots.push_back(item.slot);
        }
    }
    return op;
}

OpPtr Planner::planQuery(const std::vector<ast::Clause>& clauses, Plan* result) {
    scope_ = Scope{};
    wholeRelationScan_.reset();
    OpPtr op = std::make_unique<exec::SingleRow>();
    for (std::size_t i = 0; i < clauses.size(); ++i) {
        const ast::Clause& c = clauses[i];
        bool last = i + 1 == clauses.size();
        if (ast::isWritingClause(c.kind))
            error(c.span, std::string(ast::writingClauseKeyword(c)) +
                              " changes the graph: run it with kg query --write, or in the REPL");
        if (c.kind == ast::ClauseKind::Return && !last)
            error(clauses[i + 1].span, "RETURN must be the last clause");
        if (last && c.kind != ast::ClauseKind::Return)
            error(c.span, "a query must end with RETURN");
        switch (c.kind) {
        case ast::ClauseKind::Match:
            wholeRelationScan_.reset();
            op = planMatch(std::move(op), c);
            if (i == 0 && isWholeRelationScan(c))
                wholeRelationScan_ = RelationScan{scope_.find(c.patterns[0].rels[0].variable)->slot,
                                                  c.patterns[0].rels[0].direction};
            break;
        case ast::ClauseKind::Unwind:
            op = planUnwind(std::move(op), c);
            wholeRelationScan_.reset();
            break;
        case ast::ClauseKind::With:
        case ast::ClauseKind::Return:
            op = planProjection(std::move(op), c, result);
            break;
        default:
            break;
        }
    }
    return op;
}

// Each query of a UNION is planned on its own; the union copies their columns into slots of
// its own, and UNION (without ALL) removes duplicate rows from the whole.
OpPtr Planner::planUnion(OpPtr first, const ast::Statement& statement, Plan* result) {
    std::vector<exec::Union::Branch> branches;
    branches.push_back({std::move(first), result->outputSlots});
    for (const ast::UnionBranch& u : statement.unions) {
        Plan branch;
        OpPtr op = planQuery(u.clauses, &branch);
        if (branch.columns != result->columns)
            error(u.span,
                  fmt::format("the queries of a UNION must return the same columns: {} "
                              "before UNION, {} after",
                              fmt::join(result->columns, ", "), fmt::join(branch.columns, ", ")));
        branches.push_back({std::move(op), branch.outputSlots});
    }
    std::vector<Slot> slots;
    for (std::size_t i = 0; i < result->columns.size(); ++i)
        slots.push_back(newSlot());
    result->outputSlots = slots;
    OpPtr op = std::make_unique<exec::Union>(std::move(branches), slots);
    if (statement.unions.front().all)
        return op;
    return std::make_unique<exec::Distinct>(std::move(op), std::move(slots));
}

Plan Planner::plan(const ast::Statement& statement) {
    Plan result;
    result.explain = statement.explain;
    OpPtr op = planQuery(statement.clauses, &result);
    if (!statement.unions.empty())
        op = planUnion(std::move(op), statement, &result);
    result.root = std::move(op);
    result.slotCount = slotCount_;
    return result;
}

Plan planStatement(graph::GraphView graph, const ast::Statement& statement,
                   const QueryParams& params, std::string_view text, std::uint32_t maxHops) {
    Planner planner(graph, params, text, maxHops);
    return planner.plan(statement);
}

} // namespace kg::query::plan
