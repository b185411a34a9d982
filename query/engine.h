#pragma once
// The public face of kg's query language (docs/query-language.md): parse, check, plan and run a
// Cypher-subset statement against a KnowledgeGraph. The CLI (`kg query`), the REPL and the
// exporters (`--query`) only include this header, query/value.h and query/result_format.h.
//
//   kg::query::QueryParams params;
//   params.set("who", "Mark Rutte");
//   auto result = kg::query::runQuery(graph, "MATCH (a {name: $who})-[r]->(b) RETURN b", params);
//
// Every error in the text (syntax, unknown variable, wrong type, bad regex...) is a QueryError
// carrying its line and column in that text; nothing else escapes but std::bad_alloc,
// QueryCancelled and QueryLimitExceeded (a budget of query/limits.h ran out).
#include "grammar/scan.h"
#include "graph/graph_view.h"
#include "query/limits.h"
#include "query/properties.h"
#include "query/query_types.h"
#include "query/value.h"

#include <atomic>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kg::query {

/// Reads the value part of `--param name=value` / `:param name value`: integers, floats, true,
/// false, null, 'single' or "double" quoted strings (escapes as in queries), [lists] and
/// {maps} of those; anything else is taken as a bare string. Never throws.
Value parseParamValue(std::string_view text);

struct QueryResult {
    std::vector<std::string> columns;
    std::vector<std::vector<Value>> rows;
};

/// Receives a result as it is produced. `columns` is called exactly once, before any row.
class RowSink {
public:
    virtual ~RowSink() = default;
    virtual void columns(const std::vector<std::string>& names) = 0;
    /// Return false to stop the query early (no error).
    virtual bool row(const std::vector<Value>& values) = 0;
    /// True when the sink holds every row until the end (a table, a collected result): the
    /// rows then count against the memory budget.
    virtual bool keepsRows() const { return false; }
};

struct RunOptions {
    /// Checked between rows and inside long scans; when it becomes true the query stops
    /// and throws QueryCancelled. The REPL sets it from its SIGINT handler.
    const std::atomic<bool>* cancel = nullptr;
    /// Memory, time and hop budgets (docs/limits.md).
    QueryLimits limits = defaultQueryLimits();
};

/// Runs one statement (an optional trailing ';' is allowed) and collects its rows.
/// `EXPLAIN <query>` returns one column "plan" with one row per line of the plan.
QueryResult runQuery(graph::GraphView graph, std::string_view text, const QueryParams& params = {},
                     const RunOptions& options = {});

/// Streaming form: rows go to `sink` as the executor produces them (after sorting or
/// aggregation, when the query has ORDER BY or aggregates).
void runQuery(graph::GraphView graph, std::string_view text, const QueryParams& params,
              RowSink& sink, const RunOptions& options = {});

// ---- writing (docs/curation.md) ------------------------------------------------------------

/// What a writing statement changed.
struct WriteSummary {
    std::size_t entitiesCreated = 0;
    std::size_t entitiesDeleted = 0;
    std::size_t relationsCreated = 0;
    std::size_t relationsDeleted = 0;
    std::size_t propertiesSet = 0;
    std::size_t labelsSet = 0;
    bool empty() const {
        return entitiesCreated + entitiesDeleted + relationsCreated + relationsDeleted +
                   propertiesSet + labelsSet ==
               0;
    }
    /// "created 1 entity and 2 relations, set 1 property" or "no changes".
    std::string describe() const;
};

struct WriteOptions {
    /// The curator's note: the sentence text of the `manual` mention a created fact carries.
    std::string note;
};

using graph::kManualProvenance;

/// The keyword of the first writing clause of `text` ("CREATE", "DETACH DELETE", ...), or empty
/// when it has none. Never throws: text that does not parse has none.
std::string firstWritingClause(std::string_view text);

/// Runs a statement that may change `graph`: reading clauses first, then writing clauses, and
/// an optional RETURN of plain expressions whose rows go to `sink`. A statement without writing
/// clauses runs as runQuery would. Throws QueryError; a statement that fails part-way may leave
/// the changes made before the failure (the callers save only after success).
WriteSummary runWrite(graph::KnowledgeGraph& graph, std::string_view text,
                      const QueryParams& params, RowSink& sink, const RunOptions& options = {},
                      const WriteOptions& writeOptions = {});

/// The plan chosen for a statement (with or without a leading EXPLAIN), as indented text
/// ending with a newline. Throws QueryError like runQuery.
std::string explain(graph::GraphView graph, std::string_view text, const QueryParams& params = {},
                    const RunOptions& options = {});

/// Parses and checks a statement without running it (for tools that validate input).
/// Parameters named in the text are taken as bound.
void checkQuery(std::string_view text);

/// True when the statement starts with EXPLAIN (its result is a plan, not data).
inline bool isExplain(std::string_view text) {
    return grammar::startsWithExplain(text);
}

// ---- scripts ------------------------------------------------------------------------------

/// Statement splitting is the front end's (grammar/scan.h): on ';' tokens of the parser's own
/// tokenizer, never inside strings, backticked names or comments. Never throws.
using grammar::ScriptSplit;
using grammar::splitStatements;
using grammar::StatementText;

// ---- vocabulary, for completion and "did you mean" ----------------------------------------

/// Reserved words, upper case: MATCH, OPTIONAL, WHERE, RETURN, WITH, ...
std::span<const std::string_view> keywords();
/// Functions, lower case: count, collect, min, max, sum, avg, size, labels, type, ...
std::span<const std::string_view> functionNames();
/// Property names: entityPropertyNames() and relationPropertyNames() in query/properties.h.

} // namespace kg::query
