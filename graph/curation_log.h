#pragma once
// The curation log a graph file carries (docs/curation.md): one entry per manual change, with
// what was done, when, the curator's note, the before-images that undo it, and what a rebuild
// must do again so the change survives it. Entries hold plain strings, not the graph's symbols,
// so they stay readable whatever the graph's string table becomes.
#include "graph/entity.h"
#include "graph/stance.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kg::graph {

/// The document (and source) of the mention a fact made by hand carries.
inline constexpr std::string_view kManualProvenance = "manual";

struct EntityImage {
    std::string name;
    EntityType type = EntityType::Other;
    std::uint32_t mentions = 0;
    std::vector<std::string> aliases;
    friend bool operator==(const EntityImage&, const EntityImage&) = default;
};

struct MentionImage {
    std::string doc;
    std::uint32_t sentence = 0;
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    std::string text;
    std::string date;
    std::string source;
    friend bool operator==(const MentionImage&, const MentionImage&) = default;
};

/// A fact with its ends and speaker named (names are unique in a graph at any one moment).
struct FactImage {
    std::string source;
    std::string target;
    std::string predicate;
    bool negated = false;
    std::string modality;
    std::string speaker; ///< empty: nobody's
    std::string time;
    std::string quantity;
    std::string place;
    std::uint32_t support = 1;
    float confidence = 1.0f;
    std::vector<std::string> surfaces;
    std::vector<MentionImage> mentions;
    Stance stance = Stance::Neutral;
    friend bool operator==(const FactImage&, const FactImage&) = default;
};

template <class Image> struct Placed {
    std::uint64_t position = 0; ///< the object's id in the graph before the change
    Image image;
    friend bool operator==(const Placed&, const Placed&) = default;
};

/// How one kind of object (entities or relations) looked before a change, by position in the
/// graph as saved before it (ids are dense there). Objects the change added are the last
/// `added` of the graph as saved after it.
template <class Image> struct ObjectsBefore {
    std::uint64_t count = 0; ///< how many there were
    std::uint64_t added = 0;
    std::vector<Placed<Image>> removed; ///< gone after the change, ascending positions
    std::vector<Placed<Image>> changed; ///< still there but different, ascending positions
    friend bool operator==(const ObjectsBefore&, const ObjectsBefore&) = default;
};

struct EntityMerge {
    std::vector<std::string> names; ///< every name of the entity that joined another
    std::string into;
    friend bool operator==(const EntityMerge&, const EntityMerge&) = default;
};

struct EntityRename {
    std::string from;
    std::string to;
    friend bool operator==(const EntityRename&, const EntityRename&) = default;
};

/// What a rebuild must do again for the change to hold, in this order.
struct ReplaySteps {
    std::vector<EntityMerge> merged;
    std::vector<EntityRename> renamed;
    std::vector<FactImage> deleted; ///< facts the change took out
    std::vector<FactImage> added;   ///< facts the change put in
    friend bool operator==(const ReplaySteps&, const ReplaySteps&) = default;
};

struct CurationEntry {
    std::string what; ///< the statements, or the command and its arguments
    std::string when; ///< UTC, ISO 8601 to the second
    std::string note;
    /// graphFingerprint of the graph right after the change: undo refuses a graph that has
    /// changed since (a build, an import), whose before-images would no longer fit.
    std::uint64_t fingerprint = 0;
    ObjectsBefore<EntityImage> entities;
    ObjectsBefore<FactImage> relations;
    ReplaySteps replay;
    friend bool operator==(const CurationEntry&, const CurationEntry&) = default;
};

/// Oldest first.
using CurationLog = std::vector<CurationEntry>;

} // namespace kg::graph
