// Node-link JSON through RapidJSON's Writer straight onto the file buffer: no Document, so a
// 10M-fact graph costs one record of memory.
#include "base/escape.h"
#include "export/buffered_output.h"
#include "export/export_error.h"
#include "export/writers.h"
#include "graph/io/json_config.h"

#include <cmath>
#include <fmt/format.h>

namespace kg::exporter {
namespace {

using JsonWriter = rapidjson::Writer<BufferedOutput>;

class NodeLinkWriter {
public:
    NodeLinkWriter(const graph::KnowledgeGraph& g, BufferedOutput& out)
        : g_(g), out_(out), w_(out) {}

    void write(const Selection& s) {
        w_.StartObject();
        key("format");
        string("kg-node-link");
        key("version");
        w_.Int(1);
        key("directed");
        w_.Bool(true);
        key("multigraph");
        w_.Bool(true);
        key("graph");
        w_.StartObject();
        key("entities");
        w_.Uint64(s.entityCount(g_));
        key("relations");
        w_.Uint64(s.relationCount(g_));
        w_.EndObject();
        key("nodes");
        w_.StartArray();
        forEachEntity(g_, s, [&](graph::EntityId id) { node(id); });
        w_.EndArray();
        key("links");
        w_.StartArray();
        forEachRelation(g_, s, [&](graph::RelationId id) { link(id); });
        w_.EndArray();
        w_.EndObject();
        if (!w_.IsComplete())
            throw ExportError("internal error: unbalanced JSON");
    }

private:
    // RapidJSON's Writer emits strings one character at a time through Put(), which made it the
    // bulk of the export's time. The Writer still decides the separators (an empty raw string
    // value makes it write the ',' or ':' due there, and keeps its key/value bookkeeping); the
    // escaped text itself goes into the buffer in runs.
    void string(std::string_view s) {
        w_.RawValue("", 0, rapidjson::kStringType);
        base::appendJsonString(out_.text(), s);
        out_.flushIfFull();
    }
    void key(std::string_view k) { string(k); }

    // An unset string (symbol 0) is null, so readers can tell "none" from "empty".
    void optionalString(graph::Sym s) {
        if (s == graph::kNoSym)
            w_.Null();
        else
            string(g_.str(s));
    }

    // Shortest text that reads back as the same float: 0.9, not 0.8999999761581421.
    void confidence(float c) {
        if (!std::isfinite(c)) {
            w_.Null();
            return;
        }
        std::string text = fmt::format("{}", c);
        w_.RawValue(text.data(), text.size(), rapidjson::kNumberType);
    }

    void node(graph::EntityId id) {
        const graph::Entity& e = g_.entity(id);
        w_.StartObject();
        key("id");
        string(fmt::format("e{}", id));
        key("name");
        string(g_.str(e.name));
        key("type");
        string(graph::entityTypeName(e.type));
        key("aliases");
        w_.StartArray();
        for (graph::Sym a : e.aliases)
            string(g_.str(a));
        w_.EndArray();
        key("mentions");
        w_.Uint(e.mentions);
        w_.EndObject();
    }

    void link(graph::RelationId id) {
        const graph::Relation& r = g_.relation(id);
        std::string name = fmt::format("r{}", id);
        w_.StartObject();
        key("id");
        string(name);
        key("key");
        string(name);
        key("source");
        string(fmt::format("e{}", r.source));
        key("target");
        string(fmt::format("e{}", r.target));
        key("predicate");
        string(g_.str(r.predicate));
        key("surfaces");
        w_.StartArray();
        for (graph::Sym s : r.surfaces)
            string(g_.str(s));
        w_.EndArray();
        key("negated");
        w_.Bool(r.negated);
        key("modality");
        optionalString(r.modality);
        key("attributed_to");
        if (r.attributedTo == graph::kNoId || !g_.isLive(r.attributedTo))
            w_.Null();
        else
            string(g_.name(r.attributedTo));
        key("time");
        optionalString(r.qualifiers.time);
        key("quantity");
        optionalString(r.qualifiers.quantity);
        key("place");
        optionalString(r.qualifiers.place);
        key("confidence");
        confidence(r.confidence);
        key("support");
        w_.Uint(r.support);
        key("mentions");
        w_.StartArray();
        for (const graph::Mention& m : r.mentions)
            mention(m);
        w_.EndArray();
        w_.EndObject();
    }

    void mention(const graph::Mention& m) {
        w_.StartObject();
        key("doc");
        optionalString(m.doc);
        key("sentence");
        w_.Uint(m.sentence);
        key("begin");
        w_.Uint(m.begin);
        key("end");
        w_.Uint(m.end);
        key("text");
        optionalString(m.text);
        key("date");
        optionalString(m.date);
        key("source");
        optionalString(m.source);
        w_.EndObject();
    }

    const graph::KnowledgeGraph& g_;
    BufferedOutput& out_;
    JsonWriter w_;
};

} // namespace

void writeJson(const graph::KnowledgeGraph& g, const Selection& s, std::FILE* out) {
    BufferedOutput buffer(out);
    NodeLinkWriter(g, buffer).write(s);
    buffer.text() += '\n';
    buffer.flush();
}

} // namespace kg::exporter
