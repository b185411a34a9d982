#pragma once
// The reports of kg contradictions and kg diff are rows written like a query's result, in the
// same formats.
#include "graph/knowledge_graph.h"
#include "query/engine.h"

#include <CLI/CLI.hpp>
#include <functional>
#include <string>

namespace kg::cli {

/// --format table|json|jsonl|csv|tsv|markdown|line: the result formats of kg query, which its
/// reports (kg contradictions, kg diff) share; query::parseOutputFormat decides what is valid.
void addResultFormatOption(CLI::App& cmd, std::string& format);

/// Writes the rows `report` produces to stdout in `format`; a CliError when stdout fails.
void writeReport(const graph::KnowledgeGraph& graph, const std::string& format,
                 const std::function<void(query::RowSink&)>& report);

} // namespace kg::cli
