// N-Triples (RDF 1.1). Debian's rapper does not read RDF-star, so facts are reified: each fact is
// an rdf:Statement IRI carrying its qualifiers and one blank node per mention. A fact is also
// asserted as a plain triple only when the graph holds it as true without reservation: not
// negated, no modality, not merely reported by a speaker.
#include "base/escape.h"
#include "base/utf8.h"
#include "export/buffered_output.h"
#include "export/export_error.h"
#include "export/writers.h"

#include <cctype>
#include <cmath>
#include <fmt/format.h>

namespace kg::exporter {
namespace {

constexpr std::string_view kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
constexpr std::string_view kRdfs = "http://www.w3.org/2000/01/rdf-schema#";
constexpr std::string_view kSkos = "http://www.w3.org/2004/02/skos/core#";
constexpr std::string_view kXsd = "http://www.w3.org/2001/XMLSchema#";

class NTriplesWriter {
public:
    NTriplesWriter(const graph::KnowledgeGraph& g, std::string_view base, BufferedOutput& out)
        : g_(g), base_(base), out_(out), text_(out.text()) {}

    void write(const Selection& s) {
        forEachEntity(g_, s, [&](graph::EntityId id) {
            entity(id);
            out_.flushIfFull();
        });
        forEachRelation(g_, s, [&](graph::RelationId id) {
            fact(id);
            out_.flushIfFull();
        });
        out_.flush();
    }

private:
    // Terms are appended straight into the output buffer: no string per term.
    void iri(std::string_view ns, std::string_view local) {
        text_ += '<';
        text_ += ns;
        text_ += local;
        text_ += "> ";
    }
    void mintedIri(std::string_view kind, std::string_view name) {
        text_ += '<';
        text_ += base_;
        text_ += kind;
        base::appendIriComponent(text_, name);
        text_ += "> ";
    }
    void entityIri(graph::EntityId id) { mintedIri("entity/", g_.name(id)); }
    void factIri(graph::RelationId id) { mintedIri("fact/", fmt::format("{}", id)); }
    void vocab(std::string_view term) { mintedIri("", term); }
    void literal(std::string_view value) {
        text_ += '"';
        base::appendNTriplesLiteral(text_, value);
        text_ += "\" .\n";
    }
    void typed(std::string_view lexical, std::string_view type) {
        text_ += fmt::format("\"{}\"^^<{}{}> .\n", lexical, kXsd, type);
    }
    void end() { text_ += ".\n"; }

    void entity(graph::EntityId id) {
        const graph::Entity& e = g_.entity(id);
        entityIri(id);
        iri(kRdf, "type");
        mintedIri("type/", graph::entityTypeName(e.type));
        end();
        entityIri(id);
        iri(kRdfs, "label");
        literal(g_.str(e.name));
        for (graph::Sym alias : e.aliases) {
            entityIri(id);
            iri(kSkos, "altLabel");
            literal(g_.str(alias));
        }
        entityIri(id);
        vocab("mentions");
        typed(fmt::format("{}", e.mentions), "integer");
    }

    void factProperty(graph::RelationId id, std::string_view term, graph::Sym value) {
        if (value == graph::kNoSym)
            return;
        factIri(id);
        vocab(term);
        literal(g_.str(value));
    }

    void fact(graph::RelationId id) {
        const graph::Relation& r = g_.relation(id);
        bool reported = r.attributedTo != graph::kNoId && g_.isLive(r.attributedTo);
        if (!r.negated && r.modality == graph::kNoSym && !reported) {
            entityIri(r.source);
            mintedIri("predicate/", g_.str(r.predicate));
            entityIri(r.target);
            end();
        }
        factIri(id);
        iri(kRdf, "type");
        iri(kRdf, "Statement");
        end();
        factIri(id);
        iri(kRdf, "subject");
        entityIri(r.source);
        end();
        factIri(id);
        iri(kRdf, "predicate");
        mintedIri("predicate/", g_.str(r.predicate));
        end();
        factIri(id);
        iri(kRdf, "object");
        entityIri(r.target);
        end();
        factIri(id);
        vocab("negated");
        typed(r.negated ? "true" : "false", "boolean");
        factProperty(id, "modality", r.modality);
        if (reported) {
            factIri(id);
            vocab("attributedTo");
            entityIri(r.attributedTo);
            end();
        }
        factProperty(id, "time", r.qualifiers.time);
        factProperty(id, "quantity", r.qualifiers.quantity);
        factProperty(id, "place", r.qualifiers.place);
        for (graph::Sym surface : r.surfaces)
            factProperty(id, "surface", surface);
        if (std::isfinite(r.confidence)) {
            factIri(id);
            vocab("confidence");
            typed(fmt::format("{}", r.confidence), "double");
        }
        factIri(id);
        vocab("support");
        typed(fmt::format("{}", r.support), "integer");
        for (std::size_t i = 0; i < r.mentions.size(); ++i)
            mention(id, i, r.mentions[i]);
    }

    void mention(graph::RelationId id, std::size_t i, const graph::Mention& m) {
        std::string node = fmt::format("_:m{}_{} ", id, i);
        factIri(id);
        vocab("evidence");
        text_ += node;
        end();
        auto property = [&](std::string_view term, graph::Sym value) {
            if (value == graph::kNoSym)
                return;
            text_ += node;
            vocab(term);
            literal(g_.str(value));
        };
        auto number = [&](std::string_view term, std::uint32_t value) {
            text_ += node;
            vocab(term);
            typed(fmt::format("{}", value), "integer");
        };
        property("doc", m.doc);
        number("sentence", m.sentence);
        number("begin", m.begin);
        number("end", m.end);
        property("text", m.text);
        property("date", m.date);
        property("source", m.source);
    }

    const graph::KnowledgeGraph& g_;
    std::string_view base_;
    BufferedOutput& out_;
    std::string& text_;
};

} // namespace

std::string checkBaseIri(std::string_view base) {
    // An absolute IRI starts with a scheme: a letter, then letters, digits, '+', '-', '.'.
    std::size_t colon = base.find(':');
    bool schemeOk = colon != std::string_view::npos && colon > 0 &&
                    std::isalpha(static_cast<unsigned char>(base[0]));
    for (std::size_t i = 1; schemeOk && i < colon; ++i) {
        unsigned char c = static_cast<unsigned char>(base[i]);
        schemeOk = std::isalnum(c) || c == '+' || c == '-' || c == '.';
    }
    if (!schemeOk)
        throw ExportError(fmt::format("--base '{}' is not an absolute IRI (expected a scheme "
                                      "such as 'http:' or 'urn:')",
                                      base));
    for (std::size_t i = 0; i < base.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(base[i]);
        if (c <= 0x20 ||
            std::string_view("<>\"{}|^`\\").find(static_cast<char>(c)) != std::string_view::npos)
            throw ExportError(
                fmt::format("--base '{}': character {} is not allowed in an IRI", base, i + 1));
    }
    if (kg::base::invalidUtf8At(base))
        throw ExportError("--base is not valid UTF-8");
    std::string out(base);
    char last = out.back();
    if (last != '/' && last != '#' && last != ':')
        out += '/';
    return out;
}

void writeNTriples(const graph::KnowledgeGraph& g, const Selection& s, std::string_view base,
                   std::FILE* out) {
    BufferedOutput buffer(out);
    NTriplesWriter(g, base, buffer).write(s);
}

} // namespace kg::exporter
