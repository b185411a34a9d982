#pragma once
// The properties a query can read: entities and relations have a fixed schema (the store's
// bundles), so names resolve to these enums once, when the query is checked.
#include "graph/ids.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace kg::query {

enum class EntityProperty : std::uint8_t { Name, Type, Aliases, Mentions, Degree, AliasCounts };
enum class RelationProperty : std::uint8_t {
    Predicate,
    Negated,
    Modality,
    AttributedTo,
    Time,
    Quantity,
    Place,
    Confidence,
    Support,
    Doc,
    Sentence,
    Stance,
    Date,
    Contested,
    ContestedBy
};

/// name, type, aliases, mentions, degree
std::span<const std::string_view> entityPropertyNames();
/// predicate, negated, modality, attributed_to, time, quantity, place, confidence, support,
/// doc, sentence, stance, date, contested, contested_by
std::span<const std::string_view> relationPropertyNames();

std::optional<EntityProperty> findEntityProperty(std::string_view name);
std::optional<RelationProperty> findRelationProperty(std::string_view name);
std::string_view propertyName(EntityProperty p);
std::string_view propertyName(RelationProperty p);

/// The candidate closest to `word` (case-insensitive edit distance at most 2, or a prefix),
/// or empty: for "did you mean ...?" hints.
std::string closestName(std::string_view word, std::span<const std::string_view> candidates);

} // namespace kg::query
