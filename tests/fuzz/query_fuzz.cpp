// libFuzzer target over the query front end: lexer, parser (with its error messages), the
// semantic check and the planner, on the fixture graph so that planning sees real predicates
// and names. Queries are not executed: an arbitrary query may legitimately run for a long time.
// Anything but QueryError escaping, or any crash, is a bug.
#include "query/engine.h"
#include "tests/query/fixture.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size > 16384)
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
    try {
        (void)kg::query::explain(graph, text, params);
    } catch (const kg::query::QueryError& e) {
        (void)e.formatted();
    }
    for (const auto& statement : kg::query::splitStatements(text).statements)
        (void)statement.text.size();
    return 0;
}
