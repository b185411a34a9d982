#pragma once
// A bulk-import cache from short entity names to ids, one cache line per lookup. The store's
// own name lookup goes through three dependent memory reads (hash slot, string view, string
// bytes), each a cache miss once a graph outgrows the CPU cache; keeping short names inline
// in the slot makes a repeated name cost one. Names that do not fit are simply not cached.
#include "graph/ids.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace kg::graph {

class NameCache {
public:
    static constexpr std::size_t kMaxName = 22;

    /// The cached id for `name`, or kNoId.
    EntityId find(std::string_view name, std::uint64_t hash) const;
    /// Remembers `name` -> `id` (ignored for names longer than kMaxName).
    void insert(std::string_view name, std::uint64_t hash, EntityId id);

private:
    struct Slot {
        std::uint32_t hash = 0;
        EntityId id = kNoId;
        std::uint8_t length = 0;
        char bytes[kMaxName + 1] = {};
    };
    static_assert(sizeof(Slot) == 32);
    void grow();

    std::vector<Slot> slots_;
    std::size_t size_ = 0;
    std::size_t mask_ = 0;
};

} // namespace kg::graph
