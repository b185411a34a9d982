#include "query/properties.h"

#include "query/engine.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

namespace kg::query {
namespace {

constexpr std::array<std::string_view, 5> kEntityNames = {"name", "type", "aliases", "mentions",
                                                          "degree"};
constexpr std::array<std::string_view, 11> kRelationNames = {
    "predicate", "negated",    "modality", "attributed_to", "time",    "quantity",
    "place",     "confidence", "support",  "doc",           "sentence"};

char lower(char c) {
    return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}

std::size_t distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diag = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t up = row[j];
            row[j] = std::min(
                {row[j] + 1, row[j - 1] + 1, diag + (lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1)});
            diag = up;
        }
    }
    return row[b.size()];
}

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
        std::size_t d = distance(word, c);
        if (d < bestDistance) {
            best = c;
            bestDistance = d;
        }
    }
    return std::string(best);
}

} // namespace kg::query
