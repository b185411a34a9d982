#include "graph/entity.h"

#include "base/case_fold.h"

#include <cctype>

namespace kg::graph {

namespace {
constexpr std::array<std::string_view, kAllEntityTypes.size()> kTypeNames = {
    "Other",    "Person", "Organization", "Place",    "Group",
    "Quantity", "Date",   "Event",        "Document", "Proposal"};

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

std::string entityTypeList() {
    // Other last: it is what a value is when none of the others fits.
    std::string out;
    for (EntityType t : kAllEntityTypes)
        if (t != EntityType::Other)
            out.append(entityTypeName(t)).append(", ");
    return out.append(entityTypeName(EntityType::Other));
}

} // namespace kg::graph
