// The pipeline in one place: parse (grammar/) → check and plan (plan/) → execute (exec/).
#include "query/engine.h"

#include "grammar/lexer.h"
#include "grammar/parser.h"
#include "query/exec/operator.h"
#include "query/plan/planner.h"
#include "query/plan/planner_impl.h"

#include <array>

namespace kg::query {
namespace {

class CollectingSink : public RowSink {
public:
    explicit CollectingSink(QueryResult& result) : result_(result) {}
    void columns(const std::vector<std::string>& names) override { result_.columns = names; }
    bool row(const std::vector<Value>& values) override {
        result_.rows.push_back(values);
        return true;
    }
    bool keepsRows() const override { return true; }

private:
    QueryResult& result_;
};

plan::Plan prepare(graph::GraphView graph, std::string_view text, const QueryParams& params,
                   const RunOptions& options) {
    auto statement = grammar::parseStatement(text);
    return plan::planStatement(graph, *statement, params, text, options.limits.maxHops);
}

void emitPlanText(const std::string& plan, RowSink& sink) {
    sink.columns({"plan"});
    std::size_t begin = 0;
    while (begin < plan.size()) {
        std::size_t end = plan.find('\n', begin);
        if (end == std::string::npos)
            end = plan.size();
        if (!sink.row({Value(plan.substr(begin, end - begin))}))
            return;
        begin = end + 1;
    }
}

// Literal values only (numbers, strings, booleans, null, lists and maps of them).
std::optional<Value> constantValue(const ast::Expr& e) {
    switch (e.kind) {
    case ast::ExprKind::Literal:
        return literalValue(e.value);
    case ast::ExprKind::Unary:
        if (e.op == ast::Op::Neg) {
            auto v = constantValue(*e.children[0]);
            if (v && v->isInt() && v->asInt() != INT64_MIN)
                return Value(-v->asInt());
            if (v && v->isFloat())
                return Value(-v->asFloat());
        }
        return std::nullopt;
    case ast::ExprKind::List: {
        ValueList out;
        for (const auto& c : e.children) {
            auto v = constantValue(*c);
            if (!v)
                return std::nullopt;
            out.push_back(std::move(*v));
        }
        return Value(std::move(out));
    }
    case ast::ExprKind::Map: {
        ValueMap out;
        for (std::size_t i = 0; i < e.children.size(); ++i) {
            auto v = constantValue(*e.children[i]);
            if (!v)
                return std::nullopt;
            out.emplace_back(e.keys[i], std::move(*v));
        }
        return Value(std::move(out));
    }
    default:
        return std::nullopt;
    }
}

} // namespace

void runQuery(graph::GraphView graph, std::string_view text, const QueryParams& params,
              RowSink& sink, const RunOptions& options) {
    plan::Plan plan = prepare(graph, text, params, options);
    if (plan.explain) {
        emitPlanText(exec::describePlan(*plan.root), sink);
        return;
    }
    exec::ExecContext cx(graph, options.cancel, options.limits);
    cx.checkpoint();
    exec::Row row(plan.slotCount);
    std::vector<Value> out(plan.outputSlots.size());
    bool chargeRows = sink.keepsRows();
    try {
        plan.root->open(cx);
        sink.columns(plan.columns);
        while (plan.root->next(row)) {
            for (std::size_t i = 0; i < out.size(); ++i)
                out[i] = row[plan.outputSlots[i]];
            if (chargeRows)
                cx.charge(static_cast<std::int64_t>(exec::approxBytes(out)));
            if (!sink.row(out))
                break;
            cx.checkpoint();
        }
    } catch (const exec::EvalError& e) {
        throw QueryError(e.message, e.span.line, e.span.column,
                         std::string(grammar::sourceLine(text, e.span.line)));
    }
}

QueryResult runQuery(graph::GraphView graph, std::string_view text, const QueryParams& params,
                     const RunOptions& options) {
    QueryResult result;
    CollectingSink sink(result);
    runQuery(graph, text, params, sink, options);
    return result;
}

std::string explain(graph::GraphView graph, std::string_view text, const QueryParams& params,
                    const RunOptions& options) {
    plan::Plan plan = prepare(graph, text, params, options);
    return exec::describePlan(*plan.root);
}

void checkQuery(std::string_view text) {
    static const graph::KnowledgeGraph empty;
    // Parameters are unknown here: bind each one the text names to null so the check passes.
    auto statement = grammar::parseStatement(text);
    QueryParams params;
    grammar::Lexer lexer(text);
    for (grammar::Token t = lexer.next(); t.type != 0; t = lexer.next())
        if (t.tok.n > 1 && t.tok.z[0] == '$')
            params.set(std::string(t.tok.text().substr(1)), Value());
    plan::planStatement(empty, *statement, params, text);
}

Value parseParamValue(std::string_view text) {
    std::string query = "RETURN ";
    query += text;
    try {
        auto statement = grammar::parseStatement(query);
        if (statement->clauses.size() == 1 && statement->clauses[0].items.size() == 1 &&
            !statement->explain && statement->clauses[0].orderBy.empty() &&
            !statement->clauses[0].skip && !statement->clauses[0].limit &&
            !statement->clauses[0].distinct) {
            if (auto v = constantValue(*statement->clauses[0].items[0].expr))
                return *v;
        }
    } catch (const QueryError&) {
        // not a literal: a bare string
    }
    return Value(std::string(text));
}

std::span<const std::string_view> keywords() {
    return grammar::languageWords();
}
std::span<const std::string_view> functionNames() {
    return plan::functionDisplayNames();
}

} // namespace kg::query
