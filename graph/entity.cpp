#include "graph/entity.h"

#include <cctype>

namespace kg::graph {

namespace {
constexpr std::array<std::string_view, 7> kTypeNames = {
    "Other", "Person", "Organization", "Place", "Group", "Quantity", "Date"};

bool equalsIgnoreCase(std::string_view a, std::string_view b) {
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(a[i])) !=
            std::tolower(static_cast<unsigned char>(b[i])))
            return false;
    return true;
}
} // namespace

std::string_view entityTypeName(EntityType type) {
    return kTypeNames[static_cast<std::size_t>(type)];
}

std::optional<EntityType> parseEntityType(std::string_view name) {
    for (EntityType t : kAllEntityTypes)
        if (equalsIgnoreCase(entityTypeName(t), name))
            return t;
    return std::nullopt;
}

} // namespace kg::graph
