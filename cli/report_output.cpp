#include "cli/report_output.h"

#include "cli/command.h"
#include "query/result_format.h"

#include <cstdio>

namespace kg::cli {

void addReportFormatOption(CLI::App& cmd, std::string& format) {
    cmd.add_option("--format", format, "Output format")
        ->check(CLI::IsMember({"table", "json", "jsonl", "csv", "tsv"}, CLI::ignore_case))
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
