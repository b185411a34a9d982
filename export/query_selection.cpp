#include "export/query_selection.h"

#include "export/export_error.h"
#include "query/engine.h"

namespace kg::exporter {
namespace {

// Collects graph objects from rows as they stream out of the executor, so a query returning
// millions of rows never materialises them.
class CollectingSink : public query::RowSink {
public:
    void columns(const std::vector<std::string>&) override {}
    bool row(const std::vector<query::Value>& values) override {
        for (const query::Value& v : values)
            collect(v);
        return true;
    }

    std::vector<graph::EntityId> entities;
    std::vector<graph::RelationId> relations;

private:
    void collect(const query::Value& v) {
        switch (v.kind()) {
        case query::Value::Kind::Node:
            entities.push_back(v.asNode());
            break;
        case query::Value::Kind::Relationship:
            relations.push_back(v.asRelationship());
            break;
        case query::Value::Kind::Path:
            entities.insert(entities.end(), v.asPath().nodes.begin(), v.asPath().nodes.end());
            relations.insert(relations.end(), v.asPath().relationships.begin(),
                             v.asPath().relationships.end());
            break;
        case query::Value::Kind::List:
            for (const query::Value& item : v.asList())
                collect(item);
            break;
        case query::Value::Kind::Map:
            for (const auto& entry : v.asMap())
                collect(entry.second);
            break;
        default:
            break; // numbers, strings, ... name nothing in the graph
        }
    }
};

} // namespace

Selection selectFromQuery(const graph::KnowledgeGraph& g, std::string_view text,
                          const query::QueryParams& params, const query::QueryLimits& limits) {
    CollectingSink sink;
    query::RunOptions options;
    options.limits = limits;
    try {
        query::runQuery(g, text, params, sink, options);
    } catch (const query::QueryError& e) {
        throw ExportError("in --query: " + e.formatted());
    }
    return selectIds(g, std::move(sink.entities), std::move(sink.relations));
}

} // namespace kg::exporter
