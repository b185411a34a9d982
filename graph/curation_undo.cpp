// Undo by before-images: the graph before the last change is rebuilt object by object, in the
// order its ids had, from the entry's images of what the change removed or altered and from the
// graph itself for everything the change left alone. Inverse operations could not promise the
// old ids: a re-added entity would get a new one at the end.
#include "graph/curation.h"
#include "graph/curation_images.h"

#include <fmt/format.h>
#include <optional>
#include <utility>

namespace kg::graph {
namespace {

[[noreturn]] void brokenEntry(std::string_view what) {
    throw CurationError(fmt::format("the last log entry does not fit the graph ({})", what));
}

// Positions of the graph before the change, each with its image if the entry has one; the
// others are, in order, the objects the change left in place.
template <class Image> class BeforeOrder {
public:
    BeforeOrder(const ObjectsBefore<Image>& objects, std::size_t liveNow, std::string_view kind)
        : objects_(objects) {
        kept_ = objects.count - objects.removed.size();
        if (objects.removed.size() > objects.count || liveNow != kept_ + objects.added)
            brokenEntry(fmt::format("it counts {} {} where the graph has {}", kept_ + objects.added,
                                    kind, liveNow));
    }
    /// The image at `position`, or nullptr when the object there is the next one kept.
    const Image* imageAt(std::uint64_t position) {
        lastRemoved_ =
            removed_ < objects_.removed.size() && objects_.removed[removed_].position == position;
        if (lastRemoved_)
            return &objects_.removed[removed_++].image;
        if (nextKept_ == kept_)
            brokenEntry("it keeps more objects than there are");
        nextKept_++;
        if (changed_ < objects_.changed.size() && objects_.changed[changed_].position == position)
            return &objects_.changed[changed_++].image;
        return nullptr;
    }
    /// The index, among the live objects now, of the object at the last position asked, if
    /// the change kept it (changed or not).
    std::optional<std::size_t> keptIndex() const {
        if (lastRemoved_)
            return std::nullopt;
        return nextKept_ - 1;
    }
    void finish() const {
        if (removed_ != objects_.removed.size() || changed_ != objects_.changed.size() ||
            nextKept_ != kept_)
            brokenEntry("its positions are out of order");
    }

private:
    const ObjectsBefore<Image>& objects_;
    std::size_t kept_ = 0;
    std::size_t removed_ = 0;
    std::size_t changed_ = 0;
    std::size_t nextKept_ = 0;
    bool lastRemoved_ = false;
};

void addEntity(KnowledgeGraph& g, const EntityImage& image, std::uint64_t position) {
    EntityId id = g.addEntity(image.name, image.type);
    if (id != position)
        brokenEntry(fmt::format("entity {} is named '{}' twice", position, image.name));
    g.setType(id, image.type);
    if (image.mentions != 0)
        g.addMentions(id, image.mentions);
    for (const std::string& alias : image.aliases)
        if (!g.addAlias(id, alias))
            brokenEntry(fmt::format("the alias '{}' names two entities", alias));
}

} // namespace

KnowledgeGraph undoLastChange(const KnowledgeGraph& graph) {
    const CurationLog& log = graph.curationLog();
    if (log.empty())
        throw CurationError("the curation log is empty: there is no change to undo");
    const CurationEntry& entry = log.back();
    if (graphFingerprint(graph) != entry.fingerprint)
        throw CurationError("the graph changed after its last logged change (a build or an "
                            "import since?), so that change cannot be undone exactly");

    KnowledgeGraph before;
    std::vector<EntityId> entitiesNow = graph.entityIds();
    std::vector<EntityId> beforeId(graph.entityIdBound(), kNoId); // id now -> id before
    BeforeOrder<EntityImage> entities(entry.entities, entitiesNow.size(), "entities");
    for (std::uint64_t p = 0; p < entry.entities.count; ++p) {
        const EntityImage* image = entities.imageAt(p);
        std::optional<std::size_t> kept = entities.keptIndex();
        if (kept)
            beforeId[entitiesNow[*kept]] = static_cast<EntityId>(p);
        addEntity(before, image ? *image : entityImage(graph, graph.entity(entitiesNow[*kept])), p);
    }
    entities.finish();

    std::vector<RelationId> relationsNow = graph.relationIds();
    BeforeOrder<FactImage> relations(entry.relations, relationsNow.size(), "relations");
    auto entityNamed = [&](const std::string& name) {
        if (name.empty())
            return kNoId;
        auto id = before.findEntity(name);
        if (!id)
            brokenEntry(fmt::format("no entity named '{}'", name));
        return *id;
    };
    for (std::uint64_t p = 0; p < entry.relations.count; ++p) {
        Relation r;
        if (const FactImage* image = relations.imageAt(p)) {
            r = relationFromImage(before, *image, entityNamed(image->source),
                                  entityNamed(image->target), entityNamed(image->speaker));
        } else {
            const Relation& now = graph.relation(relationsNow[*relations.keptIndex()]);
            // A fact the change left alone has ends the change left in place.
            auto moved = [&](EntityId id) { return id == kNoId ? kNoId : beforeId[id]; };
            r = relationFromImage(
                before,
                factImage(graph, now, [&](EntityId id) { return std::string(graph.name(id)); }),
                moved(now.source), moved(now.target), moved(now.attributedTo));
            if (r.source == kNoId || r.target == kNoId ||
                (now.attributedTo != kNoId && r.attributedTo == kNoId))
                brokenEntry("a fact it left alone lost an end");
        }
        auto added = before.addRelation(std::move(r));
        if (!added.inserted || added.id != p)
            brokenEntry(fmt::format("relation {} repeats another fact", p));
    }
    relations.finish();

    before.curationLog().assign(log.begin(), log.end() - 1);
    return before;
}

} // namespace kg::graph
