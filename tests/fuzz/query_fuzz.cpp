// libFuzzer target over the query language: lexer, parser (with its error messages), the
// semantic check, the planner and the executor, on the fixture graph so that planning sees real
// predicates and names. Queries run under tight budgets (query/limits.h), so an arbitrary query
// ends quickly with QueryLimitExceeded instead of running for a long time. Anything but
// QueryError or QueryLimitExceeded escaping, or any crash, is a bug. Every input also runs on
// the write path (CREATE, MERGE, SET, REMOVE, DELETE), on a fresh copy of the graph, and the
// changed graph must still answer a query over all of it.
#include "query/engine.h"
#include "tests/query/fixture.h"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace {

class DiscardingSink : public kg::query::RowSink {
public:
    void columns(const std::vector<std::string>&) override {}
    bool row(const std::vector<kg::query::Value>&) override { return true; }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size > 65536)
        return 0;
    static const kg::graph::KnowledgeGraph graph = kg::query::testing::makeFixtureGraph();
    std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        kg::query::checkQuery(text);
    } catch (const kg::query::QueryError& e) {
        (void)e.formatted();
    }
    kg::query::QueryParams params;
    params.set("x", kg::query::Value("NATO"));
    kg::query::RunOptions options;
    options.limits.maxMemoryBytes = 64 << 20;
    options.limits.timeout = std::chrono::milliseconds(200);
    options.limits.maxHops = 4;
    try {
        (void)kg::query::explain(graph, text, params, options);
        DiscardingSink sink;
        kg::query::runQuery(graph, text, params, sink, options);
    } catch (const kg::query::QueryError& e) {
        (void)e.formatted();
    } catch (const kg::query::QueryLimitExceeded&) {
    }
    kg::graph::KnowledgeGraph changed = kg::query::testing::makeFixtureGraph();
    try {
        DiscardingSink sink;
        (void)kg::query::runWrite(changed, text, params, sink, options, {"fuzz"});
    } catch (const kg::query::QueryError& e) {
        (void)e.formatted();
    } catch (const kg::query::QueryLimitExceeded&) {
    }
    DiscardingSink all;
    kg::query::runQuery(changed, "MATCH (a)-[r]->(b) RETURN a, r, b, r.doc, a.aliases", {}, all);
    for (const auto& statement : kg::query::splitStatements(text).statements)
        (void)statement.text.size();
    return 0;
}
