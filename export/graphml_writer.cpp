// GraphML: every property is a typed <key>, so Gephi, Cytoscape and networkx read numbers as
// numbers and booleans as booleans. Properties that are not set are left out (GraphML's
// "missing = unknown"), lists are joined with "; ".
#include "base/escape.h"
#include "export/buffered_output.h"
#include "export/writers.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <fmt/format.h>

namespace kg::exporter {
namespace {

struct Key {
    std::string_view id;
    std::string_view domain; // "node" or "edge"
    std::string_view name;
    std::string_view type;
};

// Key ids say what they are, so the file is readable by eye.
constexpr std::array<Key, 20> kKeys = {{
    {"n_label", "node", "label", "string"},
    {"n_name", "node", "name", "string"},
    {"n_type", "node", "type", "string"},
    {"n_aliases", "node", "aliases", "string"},
    {"n_mentions", "node", "mentions", "long"},
    {"e_label", "edge", "label", "string"},
    {"e_predicate", "edge", "predicate", "string"},
    {"e_surfaces", "edge", "surfaces", "string"},
    {"e_negated", "edge", "negated", "boolean"},
    {"e_modality", "edge", "modality", "string"},
    {"e_attributed_to", "edge", "attributed_to", "string"},
    {"e_time", "edge", "time", "string"},
    {"e_quantity", "edge", "quantity", "string"},
    {"e_place", "edge", "place", "string"},
    {"e_confidence", "edge", "confidence", "double"},
    {"e_support", "edge", "support", "long"},
    {"e_evidence_count", "edge", "evidence_count", "long"},
    {"e_docs", "edge", "docs", "string"},
    {"e_evidence", "edge", "evidence", "string"},
    {"e_dates", "edge", "dates", "string"},
}};

class GraphmlWriter {
public:
    GraphmlWriter(const graph::KnowledgeGraph& g, BufferedOutput& out)
        : g_(g), out_(out), text_(out.text()) {}

    void write(const Selection& s) {
        text_ += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                 "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
                 "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                 "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
                 "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
        for (const Key& k : kKeys)
            text_ +=
                fmt::format("  <key id=\"{}\" for=\"{}\" attr.name=\"{}\" attr.type=\"{}\"/>\n",
                            k.id, k.domain, k.name, k.type);
        text_ += "  <graph id=\"kg\" edgedefault=\"directed\">\n";
        forEachEntity(g_, s, [&](graph::EntityId id) { node(id); });
        forEachRelation(g_, s, [&](graph::RelationId id) { edge(id); });
        text_ += "  </graph>\n</graphml>\n";
        out_.flush();
    }

private:
    void data(std::string_view key, std::string_view value) {
        text_ += "      <data key=\"";
        text_ += key;
        text_ += "\">";
        base::appendXmlText(text_, value);
        text_ += "</data>\n";
    }
    void optionalData(std::string_view key, graph::Sym value) {
        if (value != graph::kNoSym)
            data(key, g_.str(value));
    }
    std::string joined(const std::vector<graph::Sym>& syms) const {
        std::string out;
        for (graph::Sym s : syms) {
            if (!out.empty())
                out += "; ";
            out += g_.str(s);
        }
        return out;
    }

    void node(graph::EntityId id) {
        const graph::Entity& e = g_.entity(id);
        text_ += fmt::format("    <node id=\"e{}\">\n", id);
        data("n_label", g_.str(e.name));
        data("n_name", g_.str(e.name));
        data("n_type", graph::entityTypeName(e.type));
        if (!e.aliases.empty())
            data("n_aliases", joined(e.aliases));
        data("n_mentions", fmt::format("{}", e.mentions));
        text_ += "    </node>\n";
        out_.flushIfFull();
    }

    void edge(graph::RelationId id) {
        const graph::Relation& r = g_.relation(id);
        text_ += fmt::format("    <edge id=\"r{}\" source=\"e{}\" target=\"e{}\">\n", id, r.source,
                             r.target);
        data("e_label", g_.str(r.predicate));
        data("e_predicate", g_.str(r.predicate));
        if (!r.surfaces.empty())
            data("e_surfaces", joined(r.surfaces));
        data("e_negated", r.negated ? "true" : "false");
        optionalData("e_modality", r.modality);
        if (r.attributedTo != graph::kNoId && g_.isLive(r.attributedTo))
            data("e_attributed_to", g_.name(r.attributedTo));
        optionalData("e_time", r.qualifiers.time);
        optionalData("e_quantity", r.qualifiers.quantity);
        optionalData("e_place", r.qualifiers.place);
        if (std::isfinite(r.confidence))
            data("e_confidence", fmt::format("{}", r.confidence));
        data("e_support", fmt::format("{}", r.support));
        data("e_evidence_count", fmt::format("{}", r.mentions.size()));
        if (!r.mentions.empty())
            evidence(r.mentions);
        text_ += "    </edge>\n";
        out_.flushIfFull();
    }

    // Docs and dates list each value once, in order of first mention; evidence has one line
    // per mention.
    void evidence(const std::vector<graph::Mention>& mentions) {
        std::vector<graph::Sym> docs, dates;
        std::string lines;
        for (const graph::Mention& m : mentions) {
            if (m.doc != graph::kNoSym && std::find(docs.begin(), docs.end(), m.doc) == docs.end())
                docs.push_back(m.doc);
            if (m.date != graph::kNoSym &&
                std::find(dates.begin(), dates.end(), m.date) == dates.end())
                dates.push_back(m.date);
            if (m.text != graph::kNoSym) {
                if (!lines.empty())
                    lines += '\n';
                lines += g_.str(m.text);
            }
        }
        if (!docs.empty())
            data("e_docs", joined(docs));
        if (!lines.empty())
            data("e_evidence", lines);
        if (!dates.empty())
            data("e_dates", joined(dates));
    }

    const graph::KnowledgeGraph& g_;
    BufferedOutput& out_;
    std::string& text_;
};

} // namespace

void writeGraphml(const graph::KnowledgeGraph& g, const Selection& s, std::FILE* out) {
    BufferedOutput buffer(out);
    GraphmlWriter(g, buffer).write(s);
}

} // namespace kg::exporter
