// The write path's driver: split a statement into its reading and writing parts, run the
// reading part with the read engine, then apply the writing clauses row by row.
#include "query/write/statement_writer.h"

#include "grammar/lexer.h"
#include "grammar/parser.h"
#include "query/exec/evaluate.h"

#include <fmt/core.h>

namespace kg::query {

namespace {

std::string counted(std::size_t n, const char* one, const char* many) {
    return fmt::format("{} {}", n, n == 1 ? one : many);
}

std::string joinPhrases(const std::vector<std::string>& parts) {
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i)
        out += (i == 0 ? "" : i + 1 == parts.size() ? " and " : ", ") + parts[i];
    return out;
}

// "created 1 entity and 2 relations": one verb for the counts of both kinds.
void addPhrase(std::vector<std::string>& out, const char* verb, std::size_t entities,
               std::size_t relations) {
    std::vector<std::string> what;
    if (entities > 0)
        what.push_back(counted(entities, "entity", "entities"));
    if (relations > 0)
        what.push_back(counted(relations, "relation", "relations"));
    if (!what.empty())
        out.push_back(std::string(verb) + " " + joinPhrases(what));
}

} // namespace

std::string WriteSummary::describe() const {
    std::vector<std::string> parts;
    addPhrase(parts, "created", entitiesCreated, relationsCreated);
    addPhrase(parts, "deleted", entitiesDeleted, relationsDeleted);
    if (propertiesSet > 0)
        parts.push_back("set " + counted(propertiesSet, "property", "properties"));
    if (labelsSet > 0)
        parts.push_back("set " + counted(labelsSet, "label", "labels"));
    if (parts.empty())
        return "no changes";
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i)
        out += (i == 0 ? "" : ", ") + parts[i];
    return out;
}

std::string firstWritingClause(std::string_view text) {
    try {
        auto statement = grammar::parseStatement(text);
        for (const ast::Clause& c : statement->clauses)
            if (ast::isWritingClause(c.kind))
                return ast::writingClauseKeyword(c);
    } catch (const QueryError&) {
    }
    return {};
}

WriteSummary runWrite(graph::KnowledgeGraph& graph, std::string_view text,
                      const QueryParams& params, RowSink& sink, const RunOptions& options,
                      const WriteOptions& writeOptions) {
    auto statement = grammar::parseStatement(text);
    bool writes = false;
    for (const ast::Clause& c : statement->clauses)
        writes = writes || ast::isWritingClause(c.kind);
    if (!writes) {
        runQuery(graph, text, params, sink, options);
        return {};
    }
    write::StatementWriter writer(graph, text, params, options, writeOptions);
    return writer.run(*statement, sink);
}

namespace write {

StatementWriter::StatementWriter(graph::KnowledgeGraph& graph, std::string_view text,
                                 const QueryParams& params, const RunOptions& options,
                                 const WriteOptions& writeOptions)
    : graph_(graph), text_(text), params_(params), options_(options), writeOptions_(writeOptions),
      planner_(graph, params, text, options.limits.maxHops) {}

void StatementWriter::error(const ast::Span& at, const std::string& message) const {
    throw QueryError(message, at.line, at.column, std::string(grammar::sourceLine(text_, at.line)));
}

plan::Slot StatementWriter::declare(const std::string& name, plan::VarKind kind) {
    plan::Slot slot = planner_.reserveSlot();
    scope_.vars.push_back({name, slot, kind});
    return slot;
}

WriteSummary StatementWriter::run(ast::Statement& statement, RowSink& sink) {
    if (statement.explain)
        error(statement.span, "EXPLAIN shows the plans of queries that read the graph, not of "
                              "writing clauses");
    if (!statement.unions.empty())
        error(statement.unions.front().span, "UNION cannot join statements that write");
    std::vector<ast::Clause>& clauses = statement.clauses;
    std::size_t firstWrite = 0;
    while (!ast::isWritingClause(clauses[firstWrite].kind))
        ++firstWrite;
    for (std::size_t i = firstWrite + 1; i < clauses.size(); ++i) {
        const ast::Clause& c = clauses[i];
        bool last = i + 1 == clauses.size();
        if (!ast::isWritingClause(c.kind) && !(last && c.kind == ast::ClauseKind::Return))
            error(c.span, "only writing clauses and a final RETURN may follow a writing clause; "
                          "end the statement with ';' and read in the next one");
    }
    ast::Span writeSpan = clauses[firstWrite].span;
    std::vector<ast::Clause> reading;
    for (std::size_t i = 0; i < firstWrite; ++i)
        reading.push_back(std::move(clauses[i]));
    readRows(std::move(reading), writeSpan);

    for (std::size_t i = firstWrite; i < clauses.size(); ++i) {
        const ast::Clause& c = clauses[i];
        switch (c.kind) {
        case ast::ClauseKind::Create:
        case ast::ClauseKind::Merge:
            createOrMerge(c);
            break;
        case ast::ClauseKind::Set:
            change(c);
            break;
        case ast::ClauseKind::Remove:
        case ast::ClauseKind::Delete:
            remove(c);
            break;
        default:
            returnRows(c, sink);
            break;
        }
    }
    return summary_;
}

void StatementWriter::readRows(std::vector<ast::Clause> reading, const ast::Span& firstWrite) {
    if (reading.empty()) {
        rows_.emplace_back();
        return;
    }
    // The reading part as a query of its own that returns every variable it binds.
    ast::Statement query;
    query.clauses = std::move(reading);
    ast::Clause all;
    all.kind = ast::ClauseKind::Return;
    all.star = true;
    all.span = firstWrite;
    query.clauses.push_back(std::move(all));
    plan::Plan plan = plan::planStatement(graph_, query, params_, text_, options_.limits.maxHops);

    std::vector<plan::Slot> slots;
    for (const std::string& column : plan.columns)
        slots.push_back(declare(column, plan::VarKind::Any));
    exec::ExecContext cx(graph_, options_.cancel, options_.limits);
    exec::Row row(plan.slotCount);
    try {
        plan.root->open(cx);
        while (plan.root->next(row)) {
            exec::Row kept(planner_.slotCount());
            for (std::size_t i = 0; i < slots.size(); ++i)
                kept[slots[i]] = row[plan.outputSlots[i]];
            rows_.push_back(std::move(kept));
            cx.checkpoint();
        }
    } catch (const exec::EvalError& e) {
        error(e.span, e.message);
    }
    // A variable's kind decides which properties it has (entity or relation); the rows tell.
    for (plan::Variable& v : scope_.vars) {
        for (const exec::Row& r : rows_) {
            if (r[v.slot].isNull())
                continue;
            v.kind = r[v.slot].isNode()           ? plan::VarKind::Node
                     : r[v.slot].isRelationship() ? plan::VarKind::Relationship
                                                  : plan::VarKind::Any;
            break;
        }
    }
}

Value StatementWriter::evaluate(const ast::Expr& expr, std::size_t row) {
    // Bound once, on its first row: binding takes slots for the expression's own names, and
    // the scope it sees (the variables before its clause and those its clause declares) is
    // the same on every row.
    auto it = bound_.find(&expr);
    if (it == bound_.end())
        it = bound_.emplace(&expr, planner_.bind(expr, scope_, nullptr)).first;
    exec::Row& r = rows_[row];
    r.resize(planner_.slotCount());
    exec::ExecContext cx(graph_, options_.cancel, options_.limits);
    cx.checkpoint();
    try {
        return exec::evaluate(it->second, r, cx);
    } catch (const exec::EvalError& e) {
        error(e.span, e.message);
    }
}

void StatementWriter::forgetDeleted(std::size_t row) {
    exec::Row& r = rows_[row];
    r.resize(planner_.slotCount());
    for (const plan::Variable& v : scope_.vars) {
        Value& value = r[v.slot];
        if (value.isRelationship()) {
            graph::RelationId id = followMoves(value.asRelationship());
            value = graph_.isLiveRelation(id) ? Value(RelationshipRef{id}) : Value();
        } else if (value.isNode() && !graph_.isLive(value.asNode())) {
            value = Value();
        }
    }
}

graph::RelationId StatementWriter::followMoves(graph::RelationId id) const {
    for (auto it = movedRelations_.find(id); it != movedRelations_.end();
         it = movedRelations_.find(id))
        id = it->second;
    return id;
}

Value StatementWriter::current(const std::string& name, const ast::Span& at, std::size_t row) {
    const plan::Variable* v = find(name);
    if (v == nullptr)
        error(at, "unknown variable '" + name + "'");
    exec::Row& r = rows_[row];
    r.resize(planner_.slotCount());
    Value& value = r[v->slot];
    if (value.isRelationship()) {
        graph::RelationId id = followMoves(value.asRelationship());
        value = Value(RelationshipRef{id});
        if (!graph_.isLiveRelation(id))
            error(at, name + " was deleted earlier in this statement");
    } else if (value.isNode() && !graph_.isLive(value.asNode())) {
        error(at, name + " was deleted earlier in this statement");
    } else if (!value.isNull() && !value.isNode()) {
        error(at, name + " is no entity or relation");
    }
    return value;
}

void StatementWriter::returnRows(const ast::Clause& clause, RowSink& sink) {
    if (clause.star || clause.distinct || !clause.orderBy.empty() || clause.skip || clause.limit)
        error(clause.span, "RETURN after a writing clause takes plain expressions only (no *, "
                           "DISTINCT, ORDER BY, SKIP or LIMIT); read in the next statement");
    std::vector<std::string> columns;
    std::vector<plan::BoundExpr> bound;
    for (const ast::ProjectionItem& item : clause.items) {
        columns.push_back(item.alias.empty() ? item.text : item.alias);
        bound.push_back(planner_.bind(*item.expr, scope_, nullptr));
    }
    sink.columns(columns);
    exec::ExecContext cx(graph_, options_.cancel, options_.limits);
    std::vector<Value> out(bound.size());
    for (std::size_t row = 0; row < rows_.size(); ++row) {
        forgetDeleted(row);
        for (std::size_t i = 0; i < bound.size(); ++i) {
            try {
                out[i] = exec::evaluate(bound[i], rows_[row], cx);
            } catch (const exec::EvalError& e) {
                error(e.span, e.message);
            }
        }
        if (!sink.row(out))
            return;
    }
}

} // namespace write
} // namespace kg::query
