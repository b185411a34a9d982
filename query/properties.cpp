#include "query/properties.h"

#include "base/edit_distance.h"
#include "query/engine.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

namespace kg::query {
namespace {

constexpr std::array<std::string_view, 6> kEntityNames = {"name",     "type",   "aliases",
                                                          "mentions", "degree", "alias_counts"};
constexpr std::array<std::string_view, 15> kRelationNames = {
    "predicate", "negated", "modality",   "attributed_to", "time",
    "quantity",  "place",   "confidence", "support",       "doc",
    "sentence",  "stance",  "date",       "contested",     "contested_by"};

} // namespace

std::optional<EntityProperty> findEntityProperty(std::string_view name) {
    for (std::size_t i = 0; i < kEntityNames.size(); ++i)
        if (kEntityNames[i] == name)
            return static_cast<EntityProperty>(i);
    return std::nullopt;
}

std::optional<RelationProperty> findRelationProperty(std::string_view name) {
    for (std::size_t i = 0; i < kRelationNames.size(); ++i)
        if (kRelationNames[i] == name)
            return static_cast<RelationProperty>(i);
    return std::nullopt;
}

std::string_view propertyName(EntityProperty p) {
    return kEntityNames[static_cast<std::size_t>(p)];
}
std::string_view propertyName(RelationProperty p) {
    return kRelationNames[static_cast<std::size_t>(p)];
}

std::span<const std::string_view> entityPropertyNames() {
    return kEntityNames;
}
std::span<const std::string_view> relationPropertyNames() {
    return kRelationNames;
}

std::string closestName(std::string_view word, std::span<const std::string_view> candidates) {
    if (word.size() > 64)
        return {};
    std::string_view best;
    std::size_t bestDistance = 3;
    for (std::string_view c : candidates) {
        std::size_t d = base::editDistanceIgnoreCase(word, c);
        if (d < bestDistance) {
            best = c;
            bestDistance = d;
        }
    }
    return std::string(best);
}

} // namespace kg::query
