#pragma once
// Internal to the write path: one writing statement while it runs. The reading clauses before
// the first writing clause are planned and run by the read engine (plan/, exec/) as a query
// ending in `RETURN *`; their rows are then changed clause by clause, each clause over every
// row before the next one starts (docs/curation.md). Expressions are bound by the planner and
// evaluated by the executor, so they mean exactly what they mean in a query.
#include "query/engine.h"
#include "query/plan/planner_impl.h"

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace kg::query::write {

class StatementWriter {
public:
    StatementWriter(graph::KnowledgeGraph& graph, std::string_view text, const QueryParams& params,
                    const RunOptions& options, const WriteOptions& writeOptions);

    /// Runs `statement` (which has at least one writing clause); rows of a final RETURN go to
    /// `sink`.
    WriteSummary run(ast::Statement& statement, RowSink& sink);

private:
    [[noreturn]] void error(const ast::Span& at, const std::string& message) const;
    void readRows(std::vector<ast::Clause> reading, const ast::Span& firstWrite);
    plan::Slot declare(const std::string& name, plan::VarKind kind);
    const plan::Variable* find(const std::string& name) const { return scope_.find(name); }
    /// Evaluates `expr`, bound in the scope of its clause, for row `row`.
    Value evaluate(const ast::Expr& expr, std::size_t row);
    /// Rows keep what they held: a deleted entity or relation reads as null after its deletion.
    void forgetDeleted(std::size_t row);
    graph::RelationId followMoves(graph::RelationId id) const;
    void returnRows(const ast::Clause& clause, RowSink& sink);

    // write_patterns.cpp: CREATE and MERGE
    void createOrMerge(const ast::Clause& clause);
    void checkShape(const ast::Clause& clause) const;
    graph::EntityId entityFor(const ast::NodePattern& node, std::size_t row, bool mergeIt);
    graph::RelationId relationFor(const ast::RelPattern& rel, graph::EntityId left,
                                  graph::EntityId right, std::size_t row, bool mergeIt);
    graph::EntityType labelType(const std::vector<std::string>& labels,
                                const std::vector<ast::Span>& spans) const;

    // write_changes.cpp: SET, REMOVE, DELETE
    void change(const ast::Clause& clause);
    void changeEntity(graph::EntityId id, const ast::SetItem& item, const Value& value,
                      bool remove);
    graph::RelationId changeRelation(graph::RelationId id, const ast::SetItem& item,
                                     const Value& value, bool remove);
    void remove(const ast::Clause& clause);
    /// The live entity or relation a variable holds in a row after earlier changes; null if
    /// it holds null. Errors name the variable.
    Value current(const std::string& name, const ast::Span& at, std::size_t row);

    graph::KnowledgeGraph& graph_;
    std::string_view text_;
    const QueryParams& params_;
    const RunOptions& options_;
    const WriteOptions& writeOptions_;
    plan::Planner planner_;
    plan::Scope scope_;
    std::vector<exec::Row> rows_;
    /// A relation revised into another fact gets a new id; rows holding the old id follow it.
    std::map<graph::RelationId, graph::RelationId> movedRelations_;
    /// Each expression of the writing clauses, bound on first use.
    std::map<const ast::Expr*, plan::BoundExpr> bound_;
    /// The variables the CREATE or MERGE being run introduces.
    std::set<std::string> freshNames_;
    WriteSummary summary_;
};

} // namespace kg::query::write
