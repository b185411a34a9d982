#include "graph/entity.h"

#include "base/case_fold.h"

#include <cctype>

namespace kg::graph {

namespace {
constexpr std::array<std::string_view, 7> kTypeNames = {
    "Other", "Person", "Organization", "Place", "Group", "Quantity", "Date"};

} // namespace

std::string_view entityTypeName(EntityType type) {
    return kTypeNames[static_cast<std::size_t>(type)];
}

std::optional<EntityType> parseEntityType(std::string_view name) {
    for (EntityType t : kAllEntityTypes)
        if (base::equalsIgnoreCase(entityTypeName(t), name))
            return t;
    return std::nullopt;
}

} // namespace kg::graph
