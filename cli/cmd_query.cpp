// `kg query graph.kg 'QUERY' | -f file.cypher | < stdin  [--param name=value]... [--format F]`
#include "cli/command.h"
#include "cli/date_options.h"
#include "cli/output_guard.h"
#include "cli/query_limit_options.h"
#include "cli/repl/terminal.h"
#include "cli/report_output.h"
#include "graph/curation.h"
#include "graph/io/kg_file.h"
#include "graph/io/open_graph.h"
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
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace kg::cli {
namespace {

// Passes rows on and counts them (an empty result may deserve a word on stderr), and prints
// the separator from the previous statement's output only once this one has output of its own.
class StatementSink : public query::RowSink {
public:
    StatementSink(query::RowSink& next, std::FILE* out, const char* separator)
        : next_(next), out_(out), separator_(separator) {}
    void columns(const std::vector<std::string>& names) override {
        std::fputs(separator_, out_);
        started_ = true;
        next_.columns(names);
    }
    bool row(const std::vector<query::Value>& values) override {
        ++rows;
        return next_.row(values);
    }
    bool keepsRows() const override { return next_.keepsRows(); }
    bool started() const { return started_; }
    std::size_t rows = 0;

private:
    query::RowSink& next_;
    std::FILE* out_;
    const char* separator_;
    bool started_ = false;
};

struct QueryArgs {
    std::string graph;
    std::string query;
    std::string file;
    std::vector<std::string> params;
    std::string format = "table";
    std::string asOf;
    bool write = false;
    std::string note;
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

// At a terminal the output is gathered first, so that a long result can go through the pager
// and a table can be fitted to the terminal's width; piped output streams as it comes.
class Output {
public:
    Output() {
        if (repl::terminalRows(stdout) > 0)
            buffer_ = open_memstream(&data_, &size_);
    }
    ~Output() {
        if (buffer_ != nullptr)
            std::fclose(buffer_);
        std::free(data_);
    }
    Output(const Output&) = delete;
    Output& operator=(const Output&) = delete;
    std::FILE* file() const { return buffer_ != nullptr ? buffer_ : stdout; }
    query::FormatOptions tableOptions() const {
        query::FormatOptions options;
        options.maxWidth = repl::terminalColumns(stdout);
        return options;
    }
    /// Shows what was gathered (through the pager when it is long); then checks stdout.
    void finish() {
        if (buffer_ != nullptr) {
            std::fflush(buffer_);
            repl::writePaged(std::string_view(data_, size_), stdout);
        }
        std::fflush(stdout);
    }

private:
    std::FILE* buffer_ = nullptr;
    char* data_ = nullptr;
    std::size_t size_ = 0;
};

// Without --write a writing statement is refused before anything runs.
void refuseWriting(const std::vector<query::StatementText>& statements, const std::string& origin) {
    for (const query::StatementText& st : statements)
        if (std::string clause = query::firstWritingClause(st.text); !clause.empty())
            throw CliError(fmt::format("{}:{}:{}: {} changes the graph: add --write to run it",
                                       origin, st.line, st.column, clause));
}

void reportChanges(const query::WriteSummary& summary) {
    if (!summary.empty())
        fmt::print(stderr, "kg: {}\n", summary.describe());
}

std::string loggedScript(const std::vector<query::StatementText>& statements) {
    std::vector<std::string_view> texts;
    for (const query::StatementText& st : statements)
        texts.push_back(st.text);
    return graph::scriptText(texts);
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

    if (!args.write && !args.note.empty())
        throw CliError("--note is kept with a change: it goes with --write", kExitUsage);
    if (args.write && !args.asOf.empty())
        throw CliError("--as-of shows the graph as it was; it cannot be combined with --write",
                       kExitUsage);
    if (!args.write)
        refuseWriting(statements, origin);
    // A writer holds the graph's lock from loading to saving, as every writer does, so no
    // other writer's changes are lost in between.
    std::unique_ptr<base::FileLock> lock = args.write ? lockForUpdate(args.graph) : nullptr;
    // Only a write or a time window changes the graph; otherwise a binary file is queried where
    // it lies.
    const bool edits = args.write || !args.asOf.empty();
    graph::OpenGraph opened(args.graph,
                            edits ? graph::GraphAccess::Edit : graph::GraphAccess::Read);
    if (!args.asOf.empty())
        applyAsOf(opened.editable(), args.asOf);
    const graph::GraphView graph = opened.view();
    const std::uint64_t loaded = edits ? opened.editable().generation() : 0;
    query::WriteOptions writeOptions;
    writeOptions.note = args.note;
    // The graph before the script, to record what it changed in the curation log.
    std::optional<graph::GraphSnapshot> before;
    if (args.write)
        before = graph::takeSnapshot(opened.editable());

    // Several statements in JSON become one JSON array of results, so the output stays one
    // valid JSON document, also when a statement fails: the error goes to stderr and the
    // exit code, and what was printed before it is closed properly.
    bool wrapJson = format == query::OutputFormat::Json && statements.size() > 1;
    Output output;
    std::FILE* out = output.file();
    if (wrapJson)
        std::fputs("[\n", out);
    std::optional<CliError> failure;
    bool printed = false;
    for (std::size_t i = 0; i < statements.size() && !failure; ++i) {
        const query::StatementText& st = statements[i];
        // A statement that fails before printing anything, or a writing statement that prints
        // nothing, leaves no separator behind.
        const char* separator = !printed ? "" : wrapJson ? ",\n" : "\n";
        query::ResultWriter writer(graph, format, out, output.tableOptions());
        StatementSink sink(writer, out, separator);
        try {
            // A plan reads best as the indented text it is.
            if (format == query::OutputFormat::Table && query::isExplain(st.text)) {
                std::string plan = query::explain(graph, st.text, params, options);
                std::fputs(separator, out);
                std::fputs(plan.c_str(), out);
                printed = true;
                continue;
            }
            if (args.write)
                reportChanges(query::runWrite(opened.editable(), st.text, params, sink, options,
                                              writeOptions));
            else
                query::runQuery(graph, st.text, params, sink, options);
        } catch (const query::QueryError& e) {
            if (sink.started() && format != query::OutputFormat::Table)
                writer.finish(); // closes a JSON array; a half-built table is dropped
            query::QueryError where = e.inScript(script, st.line, st.column);
            failure = CliError(origin + ":" + where.formatted());
            break;
        }
        printed = printed || sink.started();
        // A writing statement without RETURN prints nothing but its summary (on stderr).
        if (!sink.started() && args.write)
            continue;
        writer.finish();
        if (sink.rows == 0) {
            std::fflush(out); // the hint follows the empty result, not the other way round
            for (const std::string& hint : query::aliasHints(graph, st.text))
                std::fprintf(stderr, "kg: %s\n", hint.c_str());
        }
    }
    if (wrapJson)
        std::fputs("]\n", out);
    output.finish();
    const bool changed = args.write && opened.editable().generation() != loaded;
    if (failure && changed)
        fmt::print(stderr, "kg: nothing was saved: {} is as it was\n", args.graph);
    if (failure)
        throw *failure;
    // The script's changes are saved together, only when every statement succeeded.
    if (changed) {
        graph::logChange(opened.editable(), *before, loggedScript(statements), args.note);
        graph::saveGraph(opened.editable(), args.graph);
    }
    if (std::ferror(stdout))
        throw CliError("cannot write the result to standard output");
}

} // namespace

void addQueryCommand(CLI::App& app, CommandStatus&) {
    auto args = std::make_shared<QueryArgs>();
    auto* cmd = app.add_subcommand(
        "query", "Run Cypher-style queries on a graph (see docs/query-language.md)");
    cmd->add_option("graph", args->graph, "Graph file (.kg or .kgb)")->required();
    auto* query =
        cmd->add_option("query", args->query, "Query text; several statements separated by ';'");
    cmd->add_option("-f,--file", args->file, "Read the statements from this file ('-' = stdin)");
    cmd->add_option("--param", args->params, "Bind $name: --param name=value (repeatable)")
        ->allow_extra_args(false);
    addResultFormatOption(*cmd, args->format);
    addQueryLimitOptions(*cmd, args->limits);
    addAsOfOption(*cmd, args->asOf);
    cmd->add_flag("--write", args->write,
                  "Run CREATE, MERGE, SET, REMOVE and DELETE, and save the graph when every "
                  "statement succeeded (docs/curation.md)");
    cmd->add_option("--note", args->note,
                    "With --write: a note kept with the change (the text of a created fact)");
    cmd->footer("Exit status: 0 success, 1 query or file error, 2 usage error.\n"
                "Example: kg query news.kg 'MATCH (a {name: $who})-[r]->(b) RETURN type(r), b.name'"
                " --param who='Mark Rutte'");
    cmd->callback([args, query] {
        args->queryGiven = query->count() > 0;
        run(*args);
    });
}

} // namespace kg::cli
