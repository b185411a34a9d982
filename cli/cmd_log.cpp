// `kg log graph.kg [--format ...]`: the graph's curation log, one entry per row, oldest first
// (docs/curation.md).
#include "cli/command.h"
#include "cli/report_output.h"
#include "graph/io/kg_file.h"

#include <fmt/core.h>
#include <memory>
#include <string>
#include <vector>

namespace kg::cli {
namespace {

struct LogArgs {
    std::string graph;
    std::string format = "table";
};

// A script written over several lines is shown on one: each line break, with the indentation
// around it, becomes one space.
std::string oneLine(std::string_view text) {
    std::string line;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\n') {
            line += text[i];
            continue;
        }
        while (!line.empty() && (line.back() == ' ' || line.back() == '\t'))
            line.pop_back();
        while (i + 1 < text.size() &&
               (text[i + 1] == ' ' || text[i + 1] == '\t' || text[i + 1] == '\n'))
            ++i;
        line += ' ';
    }
    return line;
}

template <class Image>
void countChanges(std::vector<std::string>& parts, const graph::ObjectsBefore<Image>& objects,
                  std::string_view one, std::string_view many) {
    auto add = [&](std::size_t n, std::string_view how) {
        if (n > 0)
            parts.push_back(fmt::format("{} {} {}", n, n == 1 ? one : many, how));
    };
    add(objects.added, "added");
    add(objects.removed.size(), "removed");
    add(objects.changed.size(), "changed");
}

// "1 entity removed, 2 relations changed": what undoing the entry would put back.
std::string describeChanges(const graph::CurationEntry& entry) {
    std::vector<std::string> parts;
    countChanges(parts, entry.entities, "entity", "entities");
    countChanges(parts, entry.relations, "relation", "relations");
    if (parts.empty())
        return "nothing";
    std::string text = parts[0];
    for (std::size_t i = 1; i < parts.size(); ++i)
        text += ", " + parts[i];
    return text;
}

void listLog(const LogArgs& args) {
    graph::KnowledgeGraph graph = graph::loadGraph(args.graph);
    writeReport(graph, args.format, [&](query::RowSink& sink) {
        sink.columns({"entry", "when", "what", "note", "changed"});
        const graph::CurationLog& log = graph.curationLog();
        for (std::size_t i = 0; i < log.size(); ++i) {
            const graph::CurationEntry& e = log[i];
            sink.row({query::Value(static_cast<std::int64_t>(i + 1)), query::Value(e.when),
                      query::Value(oneLine(e.what)),
                      e.note.empty() ? query::Value() : query::Value(e.note),
                      query::Value(describeChanges(e))});
        }
    });
}

} // namespace

void addLogCommand(CLI::App& app, CommandStatus&) {
    auto args = std::make_shared<LogArgs>();
    auto* cmd = app.add_subcommand(
        "log", "The manual changes made to a graph, oldest first (see docs/curation.md)");
    cmd->add_option("graph", args->graph, "Graph file (.kg or .kgb)")->required();
    addResultFormatOption(*cmd, args->format);
    cmd->footer("Example: kg log news.kg --format json");
    cmd->callback([args] { listLog(*args); });
}

} // namespace kg::cli
