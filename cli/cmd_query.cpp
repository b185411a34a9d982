// `kg query graph.kg 'QUERY' | -f file.cypher | < stdin  [--param name=value]... [--format F]`
#include "cli/command.h"
#include "cli/query_limit_options.h"
#include "graph/io/kg_file.h"
#include "query/alias_hint.h"
#include "query/engine.h"
#include "query/result_format.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fmt/core.h>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

namespace kg::cli {
namespace {

// Passes rows on and counts them: an empty result may deserve a word on stderr.
class CountingSink : public query::RowSink {
public:
    explicit CountingSink(query::RowSink& next) : next_(next) {}
    void columns(const std::vector<std::string>& names) override { next_.columns(names); }
    bool row(const std::vector<query::Value>& values) override {
        ++rows;
        return next_.row(values);
    }
    bool keepsRows() const override { return next_.keepsRows(); }
    std::size_t rows = 0;

private:
    query::RowSink& next_;
};

struct QueryArgs {
    std::string graph;
    std::string query;
    std::string file;
    std::vector<std::string> params;
    std::string format = "table";
    QueryLimitArgs limits;
    bool queryGiven = false; ///< the positional query was given, even if empty
};

std::string readAll(std::istream& in) {
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string readScript(const QueryArgs& args, std::string& origin) {
    if (args.queryGiven) {
        origin = "query";
        return args.query;
    }
    if (!args.file.empty() && args.file != "-") {
        origin = args.file;
        std::ifstream in(args.file, std::ios::binary);
        if (!in)
            throw CliError(fmt::format("cannot read {}: {}", args.file, std::strerror(errno)));
        return readAll(in);
    }
    origin = "stdin";
    return readAll(std::cin);
}

bool validParamName(std::string_view name) {
    if (name.empty() || std::isdigit(static_cast<unsigned char>(name.front())))
        return false;
    for (char c : name)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_')
            return false;
    return true;
}

query::QueryParams parseParams(const std::vector<std::string>& specs) {
    query::QueryParams params;
    for (const std::string& spec : specs) {
        std::size_t eq = spec.find('=');
        std::string name = spec.substr(0, eq);
        if (eq == std::string::npos || !validParamName(name))
            throw CliError(fmt::format("--param expects name=value, got '{}'", spec), kExitUsage);
        params.set(name, query::parseParamValue(std::string_view(spec).substr(eq + 1)));
    }
    return params;
}

void run(const QueryArgs& args) {
    if (args.queryGiven && !args.file.empty())
        throw CliError("give the query as an argument or with -f, not both", kExitUsage);
    query::OutputFormat format = *query::parseOutputFormat(args.format);
    query::QueryParams params = parseParams(args.params);
    query::RunOptions options;
    options.limits = queryLimitsFrom(args.limits);
    std::string origin;
    std::string script = readScript(args, origin);

    query::ScriptSplit split = query::splitStatements(script);
    std::vector<query::StatementText> statements = split.statements;
    if (!split.rest.text.empty())
        statements.push_back(split.rest);
    // A quote opens a statement, so a script with none that ends inside something ends inside
    // a block comment.
    if (statements.empty() && split.openQuote)
        throw CliError(fmt::format("{}: unterminated /* comment (no */ closes it)", origin));
    if (statements.empty())
        throw CliError(fmt::format("{}: no query given", origin), kExitUsage);

    graph::KnowledgeGraph graph = graph::loadGraph(args.graph);

    // Several statements in JSON become one JSON array of results, so the output stays one
    // valid JSON document.
    bool wrapJson = format == query::OutputFormat::Json && statements.size() > 1;
    if (wrapJson)
        std::fputs("[\n", stdout);
    for (std::size_t i = 0; i < statements.size(); ++i) {
        const query::StatementText& st = statements[i];
        if (i > 0)
            std::fputs(wrapJson ? ",\n" : "\n", stdout);
        query::ResultWriter writer(graph, format, stdout);
        CountingSink counted(writer);
        try {
            // A plan reads best as the indented text it is.
            if (format == query::OutputFormat::Table && query::isExplain(st.text)) {
                std::fputs(query::explain(graph, st.text, params, options).c_str(), stdout);
                continue;
            }
            query::runQuery(graph, st.text, params, counted, options);
        } catch (const query::QueryError& e) {
            std::fflush(stdout);
            query::QueryError where = e.inScript(script, st.line, st.column);
            throw CliError(origin + ":" + where.formatted());
        }
        writer.finish();
        if (counted.rows == 0) {
            std::fflush(stdout); // the hint follows the empty result, not the other way round
            for (const std::string& hint : query::aliasHints(graph, st.text))
                std::fprintf(stderr, "kg: %s\n", hint.c_str());
        }
    }
    if (wrapJson)
        std::fputs("]\n", stdout);
    std::fflush(stdout);
    if (std::ferror(stdout))
        throw CliError("cannot write the result to standard output");
}

} // namespace

void addQueryCommand(CLI::App& app, CommandStatus&) {
    auto args = std::make_shared<QueryArgs>();
    auto* cmd = app.add_subcommand(
        "query", "Run Cypher-style queries on a graph (see docs/query-language.md)");
    cmd->add_option("graph", args->graph, "Graph file (.kg)")->required();
    auto* query =
        cmd->add_option("query", args->query, "Query text; several statements separated by ';'");
    cmd->add_option("-f,--file", args->file, "Read the statements from this file ('-' = stdin)");
    cmd->add_option("--param", args->params, "Bind $name: --param name=value (repeatable)")
        ->allow_extra_args(false);
    cmd->add_option("--format", args->format, "Output format")
        ->check(CLI::IsMember({"table", "json", "jsonl", "csv", "tsv"}, CLI::ignore_case))
        ->default_str("table");
    addQueryLimitOptions(*cmd, args->limits);
    cmd->footer("Exit status: 0 success, 1 query or file error, 2 usage error.\n"
                "Example: kg query news.kg 'MATCH (a {name: $who})-[r]->(b) RETURN type(r), b.name'"
                " --param who='Mark Rutte'");
    cmd->callback([args, query] {
        args->queryGiven = query->count() > 0;
        run(*args);
    });
}

} // namespace kg::cli
