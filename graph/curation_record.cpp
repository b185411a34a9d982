// Recording a change: the graph after it is compared with a snapshot from before it. Objects
// keep their ids inside one KnowledgeGraph (removal leaves tombstones, new objects get new ids),
// so a snapshot object is the same object as the live one of the same id, and everything the
// change added has an id past the snapshot's bounds.
#include "graph/curation.h"
#include "graph/curation_images.h"
#include "graph/io/kgb_format.h"
#include "graph/io/renumbering.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <set>
#include <string>

namespace kg::graph {

GraphSnapshot takeSnapshot(const KnowledgeGraph& graph) {
    GraphSnapshot s;
    s.entityIds = graph.entityIds();
    for (EntityId id : s.entityIds)
        s.entities.push_back(graph.entity(id));
    s.entityBound = graph.entityIdBound();
    s.relationIds = graph.relationIds();
    for (RelationId id : s.relationIds)
        s.relations.push_back(graph.relation(id));
    s.relationBound = graph.relationIdBound();
    return s;
}

namespace {

bool sameEntity(const Entity& a, const Entity& b) {
    return a.name == b.name && a.type == b.type && a.mentions == b.mentions &&
           a.aliases == b.aliases;
}

bool sameRelation(const Relation& a, const Relation& b) {
    return a.source == b.source && a.target == b.target && a.predicate == b.predicate &&
           a.modality == b.modality && a.attributedTo == b.attributedTo &&
           a.qualifiers == b.qualifiers && a.confidence == b.confidence && a.support == b.support &&
           a.negated == b.negated && a.stance == b.stance && a.surfaces == b.surfaces &&
           a.mentions == b.mentions;
}

class ChangeRecorder {
public:
    ChangeRecorder(const GraphSnapshot& before, const KnowledgeGraph& graph)
        : before_(before), graph_(graph), beforeIndex_(before.entityBound, kNoId) {
        for (std::size_t i = 0; i < before.entityIds.size(); ++i)
            beforeIndex_[before.entityIds[i]] = static_cast<EntityId>(i);
    }

    CurationEntry record() {
        CurationEntry entry;
        recordEntities(entry);
        recordRelations(entry);
        entry.fingerprint = graphFingerprint(graph_);
        return entry;
    }

private:
    const Entity& entityBefore(EntityId id) const { return before_.entities[beforeIndex_[id]]; }

    // An entity's name before the change, for the before-images.
    std::string nameBefore(EntityId id) const {
        return std::string(graph_.str(entityBefore(id).name));
    }

    // What an entity of the graph before is called after the change: its own name if it is
    // still there, the name of the entity it was merged into, or its old name if deleted.
    std::string nameAfter(EntityId id) const {
        if (graph_.isLive(id))
            return std::string(graph_.name(id));
        std::string old = nameBefore(id);
        if (auto into = graph_.findEntity(old))
            return std::string(graph_.name(*into));
        return old;
    }

    void recordEntities(CurationEntry& entry) {
        entry.entities.count = before_.entityIds.size();
        for (std::size_t i = 0; i < before_.entityIds.size(); ++i) {
            EntityId id = before_.entityIds[i];
            const Entity& old = before_.entities[i];
            if (!graph_.isLive(id)) {
                entry.entities.removed.push_back({i, entityImage(graph_, old)});
                EntityImage gone = entityImage(graph_, old);
                auto into = graph_.findEntity(gone.name);
                if (into) {
                    std::vector<std::string> names{gone.name};
                    names.insert(names.end(), gone.aliases.begin(), gone.aliases.end());
                    entry.replay.merged.push_back({names, std::string(graph_.name(*into))});
                }
            } else if (!sameEntity(old, graph_.entity(id))) {
                entry.entities.changed.push_back({i, entityImage(graph_, old)});
                if (old.name != graph_.entity(id).name)
                    entry.replay.renamed.push_back(
                        {std::string(graph_.str(old.name)), std::string(graph_.name(id))});
            }
        }
        for (EntityId id = before_.entityBound; id < graph_.entityIdBound(); ++id)
            entry.entities.added += graph_.isLive(id) ? 1 : 0;
    }

    void recordRelations(CurationEntry& entry) {
        EntityNamer before = [&](EntityId id) { return nameBefore(id); };
        EntityNamer after = [&](EntityId id) { return nameAfter(id); };
        EntityNamer live = [&](EntityId id) { return std::string(graph_.name(id)); };
        // Identities, in the names of the graph after the change, of the facts the change
        // touched: a fact whose identity is gone was deleted, one whose identity is new was
        // added. Facts that were only moved (a merge) or gained evidence keep theirs.
        std::vector<FactImage> touchedBefore;
        std::set<std::string> keysBefore, keysAfter;
        entry.relations.count = before_.relationIds.size();
        for (std::size_t i = 0; i < before_.relationIds.size(); ++i) {
            RelationId id = before_.relationIds[i];
            const Relation& old = before_.relations[i];
            bool live = graph_.isLiveRelation(id);
            if (live && sameRelation(old, graph_.relation(id)))
                continue;
            (live ? entry.relations.changed : entry.relations.removed)
                .push_back({i, factImage(graph_, old, before)});
            touchedBefore.push_back(factImage(graph_, old, after));
            keysBefore.insert(factKey(touchedBefore.back()));
        }
        std::vector<FactImage> touchedAfter;
        auto touched = [&](RelationId id) {
            touchedAfter.push_back(factImage(graph_, graph_.relation(id), live));
            keysAfter.insert(factKey(touchedAfter.back()));
        };
        for (const auto& changed : entry.relations.changed)
            touched(before_.relationIds[changed.position]);
        for (RelationId id = before_.relationBound; id < graph_.relationIdBound(); ++id) {
            if (!graph_.isLiveRelation(id))
                continue;
            ++entry.relations.added;
            touched(id);
        }
        for (FactImage& f : touchedBefore)
            if (!keysAfter.contains(factKey(f)))
                entry.replay.deleted.push_back(std::move(f));
        for (FactImage& f : touchedAfter)
            if (!keysBefore.contains(factKey(f)))
                entry.replay.added.push_back(std::move(f));
    }

    const GraphSnapshot& before_;
    const KnowledgeGraph& graph_;
    std::vector<EntityId> beforeIndex_; // entity id -> its index in the snapshot
};

// FNV-1a-style mixing of 64-bit words; strings enter as their FNV-1a hash and length.
class Fingerprint {
public:
    void add(std::uint64_t word) {
        h_ ^= word;
        h_ *= 1099511628211ull;
        h_ ^= h_ >> 29;
    }
    void add(std::string_view s) {
        add(kgb::stringHash(s));
        add(s.size());
    }
    std::uint64_t value() const { return h_; }

private:
    std::uint64_t h_ = 14695981039346656037ull;
};

// Now, or SOURCE_DATE_EPOCH when set (the reproducible-builds convention), so a script's log can
// be compared byte for byte.
std::string utcTimestamp() {
    std::time_t seconds = std::time(nullptr);
    if (const char* fixed = std::getenv("SOURCE_DATE_EPOCH")) {
        long long value = 0;
        auto [end, ec] = std::from_chars(fixed, fixed + std::strlen(fixed), value);
        if (ec == std::errc() && *end == '\0' && value >= 0)
            seconds = static_cast<std::time_t>(value);
    }
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

} // namespace

CurationEntry describeChange(const GraphSnapshot& before, const KnowledgeGraph& graph) {
    return ChangeRecorder(before, graph).record();
}

void logChange(KnowledgeGraph& graph, const GraphSnapshot& before, std::string what,
               std::string note) {
    CurationEntry entry = describeChange(before, graph);
    entry.what = std::move(what);
    entry.note = std::move(note);
    entry.when = utcTimestamp();
    graph.curationLog().push_back(std::move(entry));
}

std::string scriptText(const std::vector<std::string_view>& statements) {
    std::string text;
    for (std::string_view statement : statements) {
        if (!text.empty())
            text += '\n';
        text += statement;
        text += ';';
    }
    return text;
}

std::uint64_t graphFingerprint(const KnowledgeGraph& graph) {
    // Entities by their dense number (as saved) and strings by content, so a graph and the
    // same graph saved and loaded again agree.
    Renumbering ids(graph);
    Fingerprint f;
    auto sym = [&](Sym s) { f.add(graph.str(s)); };
    for (EntityId id = 0; id < graph.entityIdBound(); ++id) {
        if (!graph.isLive(id))
            continue;
        const Entity& e = graph.entity(id);
        sym(e.name);
        f.add(static_cast<std::uint64_t>(e.type));
        f.add(e.mentions);
        f.add(e.aliases.size());
        for (Sym a : e.aliases)
            sym(a);
    }
    f.add(graph.entityCount());
    for (RelationId id = 0; id < graph.relationIdBound(); ++id) {
        if (!graph.isLiveRelation(id))
            continue;
        const Relation& r = graph.relation(id);
        f.add(ids.entity(r.source));
        f.add(ids.entity(r.target));
        f.add(r.attributedTo == kNoId ? kNoId : ids.entity(r.attributedTo));
        for (Sym s : {r.predicate, r.modality, r.qualifiers.time, r.qualifiers.quantity,
                      r.qualifiers.place})
            sym(s);
        std::uint32_t confidence = 0;
        std::memcpy(&confidence, &r.confidence, sizeof confidence);
        f.add(confidence);
        f.add(r.support);
        f.add(static_cast<std::uint64_t>(r.negated) | static_cast<std::uint64_t>(r.stance) << 1);
        f.add(r.surfaces.size());
        for (Sym s : r.surfaces)
            sym(s);
        f.add(r.mentions.size());
        for (const Mention& m : r.mentions) {
            sym(m.doc);
            f.add(m.sentence);
            f.add(m.begin);
            f.add(m.end);
            sym(m.text);
            sym(m.date);
            sym(m.source);
        }
    }
    f.add(graph.relationCount());
    return f.value();
}

} // namespace kg::graph
