#include "cli/report_output.h"

#include "cli/command.h"
#include "query/result_format.h"

#include <cstdio>
#include <string_view>

namespace kg::cli {

void addResultFormatOption(CLI::App& cmd, std::string& format) {
    constexpr std::string_view kFormats = "table, json, jsonl, csv, tsv, markdown, line";
    cmd.add_option("--format", format, "Output format: " + std::string(kFormats))
        ->check([kFormats](const std::string& name) {
            return query::parseOutputFormat(name) ? std::string()
                                                  : "must be one of " + std::string(kFormats);
        })
        ->default_str("table");
}

void writeReport(const graph::KnowledgeGraph& graph, const std::string& format,
                 const std::function<void(query::RowSink&)>& report) {
    query::ResultWriter writer(graph, *query::parseOutputFormat(format), stdout);
    report(writer);
    writer.finish();
    std::fflush(stdout);
    if (std::ferror(stdout))
        throw CliError("cannot write the result to standard output");
}

} // namespace kg::cli
