#pragma once
// Output of query results in the formats `kg query --format` and the REPL's `:mode` share.
// JSON is always valid JSON with typed values; nodes, relationships and paths become objects
// (see docs/query-language.md, "Output formats").
#include "graph/graph_view.h"
#include "query/engine.h"

#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace kg::query {

enum class OutputFormat { Table, Json, Jsonl, Csv, Tsv, Markdown, Line };

/// "table", "json", "jsonl", "csv", "tsv", "markdown", "line" (case-insensitive); nullopt
/// otherwise.
std::optional<OutputFormat> parseOutputFormat(std::string_view name);
std::string_view outputFormatName(OutputFormat format);

struct FormatOptions {
    /// Table only: the widest columns are narrowed, their cells cut with "…", so that the
    /// table fits in this many terminal columns (0 = never cut).
    std::size_t maxWidth = 0;
    /// Table and line: append "(N rows)" after the result.
    bool rowCount = true;
};

/// Human text of a value, as a table cell shows it: strings unquoted, nodes by name with
/// their type "(Mark Rutte:Person)", relationships "[:reject]", paths node-rel-node...
std::string displayValue(graph::GraphView graph, const Value& value);

/// The value as JSON (typed: numbers, booleans, null, strings, arrays, objects).
std::string jsonValue(graph::GraphView graph, const Value& value);

/// The whole result, formatted.
std::string formatResult(graph::GraphView graph, const QueryResult& result, OutputFormat format,
                         const FormatOptions& options = {});

/// A RowSink that writes rows to `out` as they come (jsonl, csv, tsv and line stream; table,
/// markdown and json are written by finish(), the first two because alignment depends on every
/// row). Null shows as `null` in table, markdown and line, as an empty field in csv and tsv. Call
/// finish() once after the query; it returns the number of rows.
class ResultWriter : public RowSink {
public:
    ResultWriter(graph::GraphView graph, OutputFormat format, std::FILE* out,
                 FormatOptions options = {});
    ~ResultWriter() override;
    ResultWriter(const ResultWriter&) = delete;
    ResultWriter& operator=(const ResultWriter&) = delete;

    void columns(const std::vector<std::string>& names) override;
    bool row(const std::vector<Value>& values) override;
    bool keepsRows() const override;
    std::size_t finish();

private:
    struct State;
    std::unique_ptr<State> state_;
};

} // namespace kg::query
