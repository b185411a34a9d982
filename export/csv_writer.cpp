// CSV for `neo4j-admin database import full`: header fields name:type, the id space in
// id:ID / :START_ID / :END_ID, labels in :LABEL and the relationship type in :TYPE. Strings are
// always quoted; a property that is not set is an empty unquoted field, which neo4j-admin
// imports as "no property". Arrays use neo4j-admin's default ';' delimiter, so a ';' inside an
// element is written as ','.
#include "base/escape.h"
#include "export/buffered_output.h"
#include "export/writers.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <fmt/format.h>

namespace kg::exporter {
namespace {

void appendArray(std::string& out, const graph::KnowledgeGraph& g,
                 const std::vector<graph::Sym>& items) {
    std::string joined;
    for (graph::Sym s : items) {
        if (!joined.empty())
            joined += ';';
        std::string item(g.str(s));
        std::replace(item.begin(), item.end(), ';', ',');
        joined += item;
    }
    base::appendCsvField(out, joined, base::CsvQuoting::AlwaysOneLine);
}

void appendOptional(std::string& out, const graph::KnowledgeGraph& g, graph::Sym s) {
    out += ',';
    if (s != graph::kNoSym)
        base::appendCsvField(out, g.str(s), base::CsvQuoting::AlwaysOneLine);
}

// Relationship types are conventionally UPPER_SNAKE in Neo4j: "disagree with" -> DISAGREE_WITH.
// Non-ASCII bytes are kept (Neo4j types may be any Unicode text).
std::string relationshipType(std::string_view predicate) {
    std::string type;
    for (char c : predicate) {
        unsigned char u = static_cast<unsigned char>(c);
        if (u >= 0x80 || std::isalnum(u))
            type += static_cast<char>(u < 0x80 ? std::toupper(u) : u);
        else if (!type.empty() && type.back() != '_')
            type += '_';
    }
    while (!type.empty() && type.back() == '_')
        type.pop_back();
    return type.empty() ? "RELATED_TO" : type;
}

} // namespace

void writeCsvNodes(const graph::KnowledgeGraph& g, const Selection& s, std::FILE* out) {
    BufferedOutput buffer(out);
    std::string& text = buffer.text();
    text += "id:ID,:LABEL,name,type,aliases:string[],mentions:long\n";
    forEachEntity(g, s, [&](graph::EntityId id) {
        const graph::Entity& e = g.entity(id);
        std::string_view type = graph::entityTypeName(e.type);
        text += fmt::format("\"e{}\",\"Entity;{}\",", id, type);
        base::appendCsvField(text, g.str(e.name), base::CsvQuoting::AlwaysOneLine);
        text += fmt::format(",\"{}\",", type);
        if (!e.aliases.empty())
            appendArray(text, g, e.aliases);
        text += fmt::format(",{}\n", e.mentions);
        buffer.flushIfFull();
    });
    buffer.flush();
}

void writeCsvRelationships(const graph::KnowledgeGraph& g, const Selection& s, std::FILE* out) {
    BufferedOutput buffer(out);
    std::string& text = buffer.text();
    text += ":START_ID,:END_ID,:TYPE,id,predicate,surfaces:string[],negated:boolean,modality,"
            "attributed_to,time,quantity,place,confidence:double,support:long,docs:string[],"
            "dates:string[],evidence:string[]\n";
    forEachRelation(g, s, [&](graph::RelationId id) {
        const graph::Relation& r = g.relation(id);
        text += fmt::format("\"e{}\",\"e{}\",", r.source, r.target);
        base::appendCsvField(text, relationshipType(g.str(r.predicate)),
                             base::CsvQuoting::AlwaysOneLine);
        text += fmt::format(",\"r{}\",", id);
        base::appendCsvField(text, g.str(r.predicate), base::CsvQuoting::AlwaysOneLine);
        text += ',';
        if (!r.surfaces.empty())
            appendArray(text, g, r.surfaces);
        text += r.negated ? ",true" : ",false";
        appendOptional(text, g, r.modality);
        text += ',';
        if (r.attributedTo != graph::kNoId && g.isLive(r.attributedTo))
            base::appendCsvField(text, g.name(r.attributedTo), base::CsvQuoting::AlwaysOneLine);
        appendOptional(text, g, r.qualifiers.time);
        appendOptional(text, g, r.qualifiers.quantity);
        appendOptional(text, g, r.qualifiers.place);
        text += ',';
        if (std::isfinite(r.confidence))
            text += fmt::format("{}", r.confidence);
        text += fmt::format(",{}", r.support);
        std::vector<graph::Sym> docs, dates, sentences;
        for (const graph::Mention& m : r.mentions) {
            if (m.doc != graph::kNoSym && std::find(docs.begin(), docs.end(), m.doc) == docs.end())
                docs.push_back(m.doc);
            if (m.date != graph::kNoSym &&
                std::find(dates.begin(), dates.end(), m.date) == dates.end())
                dates.push_back(m.date);
            if (m.text != graph::kNoSym)
                sentences.push_back(m.text);
        }
        for (const auto* list : {&docs, &dates, &sentences}) {
            text += ',';
            if (!list->empty())
                appendArray(text, g, *list);
        }
        text += '\n';
        buffer.flushIfFull();
    });
    buffer.flush();
}

} // namespace kg::exporter
