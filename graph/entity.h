#pragma once
#include "graph/ids.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kg::graph {

/// The order is the `.kg` file's type number (docs/file-format.md): new types go at the end.
enum class EntityType : std::uint8_t {
    Other,
    Person,
    Organization,
    Place,
    Group,
    Quantity,
    Date,
    Event,    ///< a meeting, contest, war or vote: "NATO summit", "World Cup", "the election"
    Document, ///< a treaty, report, act or numbered article: "Lisbon Treaty", "Article Five"
    Proposal  ///< a proposal, call, plan or demand: "Weber's proposal", "calls to raise spending"
};

inline constexpr std::array<EntityType, 10> kAllEntityTypes = {
    EntityType::Other,    EntityType::Person,   EntityType::Organization, EntityType::Place,
    EntityType::Group,    EntityType::Quantity, EntityType::Date,         EntityType::Event,
    EntityType::Document, EntityType::Proposal};

/// "Person", "Organization", ... as used in files, queries and diagrams.
std::string_view entityTypeName(EntityType type);
/// Inverse of entityTypeName, case-insensitive; nullopt for an unknown name.
std::optional<EntityType> parseEntityType(std::string_view name);
/// "Person, Organization, ..., Other": every type's name, for messages that list them.
std::string entityTypeList();

/// A node of the graph: one real-world entity. This is the Boost vertex bundle.
struct Entity {
    Sym name = kNoSym; ///< canonical name
    EntityType type = EntityType::Other;
    bool removed = false;       ///< tombstone; removed entities have no edges
    std::uint32_t mentions = 0; ///< how often the entity was mentioned in the sources
    std::vector<Sym> aliases;   ///< other names it goes by (never includes `name`)
};

} // namespace kg::graph
