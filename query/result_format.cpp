#include "query/result_format.h"

#include "base/case_fold.h"
#include "base/escape.h"
#include "base/text_table.h"
#include "base/text_width.h"
#include "base/utf8.h"
#include "graph/entity.h"
#include "graph/fact_date.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace kg::query {
namespace {

std::string numberText(double d) {
    if (std::isnan(d))
        return "NaN";
    if (std::isinf(d))
        return d > 0 ? "Infinity" : "-Infinity";
    char buf[64];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, d);
    std::string s(buf, ec == std::errc() ? end : buf);
    if (s.find_first_of(".e") == std::string::npos)
        s += ".0";
    return s;
}

void appendJson(std::string& out, graph::GraphView g, const Value& v);

void appendJsonNode(std::string& out, graph::GraphView g, graph::EntityId id) {
    out += "{\"kind\":\"node\",\"id\":" + std::to_string(id) + ",\"name\":";
    base::appendJsonString(out, g.isLive(id) ? g.name(id) : std::string_view());
    out += ",\"type\":";
    base::appendJsonString(out, graph::entityTypeName(g.entity(id).type));
    out += '}';
}

void appendJsonRelationship(std::string& out, graph::GraphView g, graph::RelationId id) {
    graph::RelationView r = g.relation(id);
    out += "{\"kind\":\"relationship\",\"id\":" + std::to_string(id) + ",\"predicate\":";
    base::appendJsonString(out, g.str(r.predicate));
    out += ",\"source\":";
    appendJsonNode(out, g, r.source);
    out += ",\"target\":";
    appendJsonNode(out, g, r.target);
    out += ",\"negated\":";
    out += r.negated ? "true" : "false";
    if (r.stance != graph::Stance::Neutral) {
        out += ",\"stance\":";
        base::appendJsonString(out, graph::stanceName(r.stance));
    }
    if (const std::string_view day = graph::factDay(g, r.mentions); !day.empty()) {
        out += ",\"date\":";
        base::appendJsonString(out, day);
    }
    auto optional = [&](const char* key, graph::Sym s) {
        if (s == graph::kNoSym)
            return;
        out += ",\"";
        out += key;
        out += "\":";
        base::appendJsonString(out, g.str(s));
    };
    optional("modality", r.modality);
    if (r.attributedTo != graph::kNoId && g.isLive(r.attributedTo)) {
        out += ",\"attributed_to\":";
        base::appendJsonString(out, g.name(r.attributedTo));
    }
    optional("time", r.qualifiers.time);
    optional("quantity", r.qualifiers.quantity);
    optional("place", r.qualifiers.place);
    char buf[32];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, r.confidence);
    out += ",\"confidence\":";
    out.append(buf, ec == std::errc() ? end : buf);
    out += ",\"support\":" + std::to_string(r.support) + '}';
}

void appendJson(std::string& out, graph::GraphView g, const Value& v) {
    switch (v.kind()) {
    case Value::Kind::Null:
        out += "null";
        break;
    case Value::Kind::Bool:
        out += v.asBool() ? "true" : "false";
        break;
    case Value::Kind::Int:
        out += std::to_string(v.asInt());
        break;
    case Value::Kind::Float:
        // JSON has no NaN or infinity.
        out += std::isfinite(v.asFloat()) ? numberText(v.asFloat()) : "null";
        break;
    case Value::Kind::String:
        base::appendJsonString(out, v.asString());
        break;
    case Value::Kind::List: {
        out += '[';
        bool first = true;
        for (const Value& e : v.asList()) {
            if (!first)
                out += ',';
            first = false;
            appendJson(out, g, e);
        }
        out += ']';
        break;
    }
    case Value::Kind::Map: {
        out += '{';
        bool first = true;
        for (const auto& [k, e] : v.asMap()) {
            if (!first)
                out += ',';
            first = false;
            base::appendJsonString(out, k);
            out += ':';
            appendJson(out, g, e);
        }
        out += '}';
        break;
    }
    case Value::Kind::Node:
        appendJsonNode(out, g, v.asNode());
        break;
    case Value::Kind::Relationship:
        appendJsonRelationship(out, g, v.asRelationship());
        break;
    case Value::Kind::Path: {
        const Path& p = v.asPath();
        out += "{\"kind\":\"path\",\"nodes\":[";
        for (std::size_t i = 0; i < p.nodes.size(); ++i) {
            if (i > 0)
                out += ',';
            appendJsonNode(out, g, p.nodes[i]);
        }
        out += "],\"relationships\":[";
        for (std::size_t i = 0; i < p.relationships.size(); ++i) {
            if (i > 0)
                out += ',';
            appendJsonRelationship(out, g, p.relationships[i]);
        }
        out += "]}";
        break;
    }
    }
}

void appendDisplay(std::string& out, graph::GraphView g, const Value& v, bool nested);

std::string nodeText(graph::GraphView g, graph::EntityId id) {
    std::string out = "(";
    out += g.name(id);
    out += ':';
    out += graph::entityTypeName(g.entity(id).type);
    out += ')';
    return out;
}

// "-[:reject]->" seen from `from`.
std::string relationArrow(graph::GraphView g, graph::RelationId id, graph::EntityId from) {
    graph::RelationView r = g.relation(id);
    std::string out = r.source == from ? "-[:" : "<-[:";
    out += g.str(r.predicate);
    out += r.source == from ? "]->" : "]-";
    return out;
}

void appendDisplay(std::string& out, graph::GraphView g, const Value& v, bool nested) {
    switch (v.kind()) {
    case Value::Kind::Null:
        out += "null";
        break;
    case Value::Kind::Bool:
        out += v.asBool() ? "true" : "false";
        break;
    case Value::Kind::Int:
        out += std::to_string(v.asInt());
        break;
    case Value::Kind::Float:
        out += numberText(v.asFloat());
        break;
    case Value::Kind::String:
        if (nested)
            base::appendJsonString(out, v.asString());
        else
            out += v.asString();
        break;
    case Value::Kind::List: {
        out += '[';
        bool first = true;
        for (const Value& e : v.asList()) {
            if (!first)
                out += ", ";
            first = false;
            appendDisplay(out, g, e, true);
        }
        out += ']';
        break;
    }
    case Value::Kind::Map: {
        out += '{';
        bool first = true;
        for (const auto& [k, e] : v.asMap()) {
            if (!first)
                out += ", ";
            first = false;
            out += k;
            out += ": ";
            appendDisplay(out, g, e, true);
        }
        out += '}';
        break;
    }
    case Value::Kind::Node:
        out += nodeText(g, v.asNode());
        break;
    case Value::Kind::Relationship: {
        graph::RelationView r = g.relation(v.asRelationship());
        out += '(';
        out += g.name(r.source);
        out += ')';
        out += relationArrow(g, v.asRelationship(), r.source);
        out += '(';
        out += g.name(r.target);
        out += ')';
        break;
    }
    case Value::Kind::Path: {
        const Path& p = v.asPath();
        out += nodeText(g, p.nodes.front());
        for (std::size_t i = 0; i < p.relationships.size(); ++i) {
            out += relationArrow(g, p.relationships[i], p.nodes[i]);
            out += nodeText(g, p.nodes[i + 1]);
        }
        break;
    }
    }
}

void appendDelimitedField(std::string& out, OutputFormat format, std::string_view text) {
    if (format == OutputFormat::Csv)
        base::appendCsvField(out, text, base::CsvQuoting::WhenNeeded);
    else
        base::appendTsvField(out, text);
}

// Cell text for csv/tsv: null is an empty field, everything else its display text.
std::string flatText(graph::GraphView g, const Value& v) {
    return v.isNull() ? std::string() : displayValue(g, v);
}

// Cell text for the formats people read (table, markdown, line): null is spelled out, so it
// never looks like an empty string.
std::string readableText(graph::GraphView g, const Value& v) {
    return base::singleLine(displayValue(g, v));
}

// A markdown cell: a bare '|' would end the cell, a bare backslash would escape what follows.
std::string markdownCell(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == '|' || c == '\\')
            out += '\\';
        out += c;
    }
    return out;
}

bool isMarkdownOrTable(OutputFormat format) {
    return format == OutputFormat::Table || format == OutputFormat::Markdown;
}

} // namespace

std::optional<OutputFormat> parseOutputFormat(std::string_view name) {
    const std::string lower = base::lowerAscii(name);
    if (lower == "table")
        return OutputFormat::Table;
    if (lower == "json")
        return OutputFormat::Json;
    if (lower == "jsonl")
        return OutputFormat::Jsonl;
    if (lower == "csv")
        return OutputFormat::Csv;
    if (lower == "tsv")
        return OutputFormat::Tsv;
    if (lower == "markdown")
        return OutputFormat::Markdown;
    if (lower == "line")
        return OutputFormat::Line;
    return std::nullopt;
}

std::string_view outputFormatName(OutputFormat format) {
    switch (format) {
    case OutputFormat::Table:
        return "table";
    case OutputFormat::Json:
        return "json";
    case OutputFormat::Jsonl:
        return "jsonl";
    case OutputFormat::Csv:
        return "csv";
    case OutputFormat::Tsv:
        return "tsv";
    case OutputFormat::Markdown:
        return "markdown";
    case OutputFormat::Line:
        return "line";
    }
    return "table";
}

std::string displayValue(graph::GraphView graph, const Value& value) {
    std::string out;
    appendDisplay(out, graph, value, false);
    return out;
}

std::string jsonValue(graph::GraphView graph, const Value& value) {
    std::string out;
    appendJson(out, graph, value);
    return out;
}

struct ResultWriter::State {
    graph::GraphView graph;
    OutputFormat format;
    std::FILE* out;
    FormatOptions options;
    std::vector<std::string> columns;
    std::vector<std::vector<std::string>> cells; // table and markdown only
    std::vector<bool> anyNumber, anyOther;       // per column, table and markdown only
    std::size_t rows = 0;
    std::string buffer;

    void flush() {
        if (!buffer.empty())
            std::fwrite(buffer.data(), 1, buffer.size(), out);
        buffer.clear();
    }
    void jsonObject(const std::vector<Value>& values) {
        buffer += '{';
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (i > 0)
                buffer += ',';
            base::appendJsonString(buffer, columns[i]);
            buffer += ':';
            appendJson(buffer, graph, values[i]);
        }
        buffer += '}';
    }
    // Numbers read best flush right: a column is numeric when every non-null cell is a number.
    std::vector<bool> numericColumns() const {
        std::vector<bool> numeric(columns.size(), false);
        for (std::size_t c = 0; c < columns.size(); ++c)
            numeric[c] = anyNumber[c] && !anyOther[c];
        return numeric;
    }
    void noteKinds(const std::vector<Value>& values) {
        for (std::size_t c = 0; c < values.size(); ++c) {
            if (values[c].isNumber())
                anyNumber[c] = true;
            else if (!values[c].isNull())
                anyOther[c] = true;
        }
    }
    void rowCountLine() {
        if (!options.rowCount)
            return;
        buffer += '(';
        buffer += std::to_string(rows);
        buffer += rows == 1 ? " row)\n" : " rows)\n";
    }
    void table() {
        base::TableText text{columns, std::move(cells), numericColumns()};
        buffer += base::renderTable(text, options.maxWidth);
        rowCountLine();
    }
    void markdown() {
        std::vector<bool> numeric = numericColumns();
        auto line = [&](const std::vector<std::string>& row) {
            buffer += '|';
            for (const std::string& cell : row) {
                buffer += ' ';
                buffer += markdownCell(cell);
                buffer += " |";
            }
            buffer += '\n';
        };
        line(columns);
        buffer += '|';
        for (std::size_t c = 0; c < columns.size(); ++c)
            buffer += numeric[c] ? " ---: |" : " --- |";
        buffer += '\n';
        for (const auto& row : cells) {
            line(row);
            if (buffer.size() > 65536)
                flush();
        }
    }
    // sqlite's `.mode line`: one "column = value" line per cell, names aligned on the '=',
    // a blank line between rows, so a wide row reads top to bottom.
    void lineRecord(const std::vector<Value>& values) {
        if (rows > 0)
            buffer += '\n';
        std::size_t nameWidth = 0;
        for (const std::string& name : columns)
            nameWidth = std::max(nameWidth, base::displayWidth(name));
        for (std::size_t c = 0; c < values.size(); ++c) {
            buffer.append(nameWidth - base::displayWidth(columns[c]), ' ');
            buffer += columns[c];
            buffer += " = ";
            buffer += readableText(graph, values[c]);
            buffer += '\n';
        }
    }
};

ResultWriter::ResultWriter(graph::GraphView graph, OutputFormat format, std::FILE* out,
                           FormatOptions options)
    : state_(std::make_unique<State>(State{graph, format, out, options, {}, {}, {}, {}, 0, {}})) {}

ResultWriter::~ResultWriter() = default;

void ResultWriter::columns(const std::vector<std::string>& names) {
    State& s = *state_;
    s.columns = names;
    s.anyNumber.assign(names.size(), false);
    s.anyOther.assign(names.size(), false);
    if (s.format == OutputFormat::Csv || s.format == OutputFormat::Tsv) {
        for (std::size_t i = 0; i < names.size(); ++i) {
            if (i > 0)
                s.buffer += s.format == OutputFormat::Csv ? ',' : '\t';
            appendDelimitedField(s.buffer, s.format, names[i]);
        }
        s.buffer += '\n';
    } else if (s.format == OutputFormat::Json) {
        s.buffer += '[';
    }
}

bool ResultWriter::keepsRows() const {
    return isMarkdownOrTable(state_->format);
}

bool ResultWriter::row(const std::vector<Value>& values) {
    State& s = *state_;
    switch (s.format) {
    case OutputFormat::Table:
    case OutputFormat::Markdown: {
        std::vector<std::string> cells;
        cells.reserve(values.size());
        for (const Value& v : values)
            cells.push_back(readableText(s.graph, v));
        s.cells.push_back(std::move(cells));
        s.noteKinds(values);
        break;
    }
    case OutputFormat::Line:
        s.lineRecord(values);
        break;
    case OutputFormat::Json:
        s.buffer += s.rows == 0 ? "\n" : ",\n";
        s.jsonObject(values);
        break;
    case OutputFormat::Jsonl:
        s.jsonObject(values);
        s.buffer += '\n';
        break;
    case OutputFormat::Csv:
    case OutputFormat::Tsv:
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (i > 0)
                s.buffer += s.format == OutputFormat::Csv ? ',' : '\t';
            std::string text = flatText(s.graph, values[i]);
            appendDelimitedField(s.buffer, s.format, text);
        }
        s.buffer += '\n';
        break;
    }
    ++s.rows;
    if (s.buffer.size() > 65536)
        s.flush();
    return true;
}

std::size_t ResultWriter::finish() {
    State& s = *state_;
    if (s.format == OutputFormat::Table)
        s.table();
    else if (s.format == OutputFormat::Markdown)
        s.markdown();
    else if (s.format == OutputFormat::Line)
        s.rowCountLine();
    else if (s.format == OutputFormat::Json)
        s.buffer += s.rows == 0 ? "]\n" : "\n]\n";
    s.flush();
    std::fflush(s.out);
    return s.rows;
}

std::string formatResult(graph::GraphView graph, const QueryResult& result, OutputFormat format,
                         const FormatOptions& options) {
    // Route through a memory FILE so there is one implementation of every format.
    char* data = nullptr;
    std::size_t size = 0;
    std::FILE* mem = open_memstream(&data, &size);
    if (mem == nullptr)
        throw std::bad_alloc();
    {
        ResultWriter writer(graph, format, mem, options);
        writer.columns(result.columns);
        for (const auto& row : result.rows)
            writer.row(row);
        writer.finish();
    }
    std::fclose(mem);
    std::string out(data, size);
    std::free(data);
    return out;
}

} // namespace kg::query
