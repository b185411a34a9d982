#include "graph/curation_images.h"

#include <fmt/format.h>

namespace kg::graph {

EntityImage entityImage(const KnowledgeGraph& graph, const Entity& entity) {
    EntityImage image{std::string(graph.str(entity.name)), entity.type, entity.mentions, {}};
    for (Sym alias : entity.aliases)
        image.aliases.emplace_back(graph.str(alias));
    return image;
}

FactImage factImage(const KnowledgeGraph& graph, const Relation& r, const EntityNamer& nameOf) {
    auto text = [&](Sym s) { return std::string(graph.str(s)); };
    FactImage image;
    image.source = nameOf(r.source);
    image.target = nameOf(r.target);
    image.predicate = text(r.predicate);
    image.negated = r.negated;
    image.modality = text(r.modality);
    image.speaker = r.attributedTo == kNoId ? std::string() : nameOf(r.attributedTo);
    image.time = text(r.qualifiers.time);
    image.quantity = text(r.qualifiers.quantity);
    image.place = text(r.qualifiers.place);
    image.support = r.support;
    image.confidence = r.confidence;
    for (Sym s : r.surfaces)
        image.surfaces.push_back(text(s));
    for (const Mention& m : r.mentions)
        image.mentions.push_back(
            {text(m.doc), m.sentence, m.begin, m.end, text(m.text), text(m.date), text(m.source)});
    image.stance = r.stance;
    return image;
}

Relation relationFromImage(KnowledgeGraph& graph, const FactImage& image, EntityId source,
                           EntityId target, EntityId speaker) {
    Relation r;
    r.source = source;
    r.target = target;
    r.predicate = graph.intern(image.predicate);
    r.negated = image.negated;
    r.modality = graph.intern(image.modality);
    r.attributedTo = speaker;
    r.qualifiers = {graph.intern(image.time), graph.intern(image.quantity),
                    graph.intern(image.place)};
    r.support = image.support;
    r.confidence = image.confidence;
    for (const std::string& s : image.surfaces)
        r.surfaces.push_back(graph.intern(s));
    for (const MentionImage& m : image.mentions)
        r.mentions.push_back({graph.intern(m.doc), m.sentence, m.begin, m.end, graph.intern(m.text),
                              graph.intern(m.date), graph.intern(m.source)});
    r.stance = image.stance;
    return r;
}

std::string factKey(const FactImage& f) {
    // Unit separators cannot occur in names read from text, so no two identities share a key.
    return fmt::format("{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}", f.source, f.target,
                       f.predicate, f.negated ? 1 : 0, f.modality, f.speaker, f.time, f.quantity,
                       f.place);
}

std::optional<RelationId> findFact(const KnowledgeGraph& graph, const FactImage& image) {
    auto source = graph.findEntity(image.source);
    auto target = graph.findEntity(image.target);
    auto predicate = graph.findSym(image.predicate);
    if (!source || !target || !predicate)
        return std::nullopt;
    EntityId speaker = kNoId;
    if (!image.speaker.empty()) {
        auto found = graph.findEntity(image.speaker);
        if (!found)
            return std::nullopt;
        speaker = *found;
    }
    auto sym = [&](const std::string& s) { return graph.findSym(s); };
    auto modality = sym(image.modality), time = sym(image.time), quantity = sym(image.quantity),
         place = sym(image.place);
    if (!modality || !time || !quantity || !place)
        return std::nullopt;
    for (EdgeView e : graph.outEdges(*source)) {
        if (e.other != *target || e.predicate != *predicate)
            continue;
        const Relation& r = graph.relation(e.relation);
        if (r.negated == image.negated && r.modality == *modality && r.attributedTo == speaker &&
            r.qualifiers == Qualifiers{*time, *quantity, *place})
            return e.relation;
    }
    return std::nullopt;
}

bool hasManualMention(const KnowledgeGraph& graph, const Relation& relation) {
    for (const Mention& m : relation.mentions)
        if (graph.str(m.doc) == kManualProvenance)
            return true;
    return false;
}

} // namespace kg::graph
