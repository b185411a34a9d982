#include "graph/io/name_cache.h"

#include <cstring>

namespace kg::graph {

EntityId NameCache::find(std::string_view name, std::uint64_t hash) const {
    if (slots_.empty() || name.size() > kMaxName)
        return kNoId;
    auto h = static_cast<std::uint32_t>(hash);
    for (std::size_t i = hash & mask_;; i = (i + 1) & mask_) {
        const Slot& s = slots_[i];
        if (s.id == kNoId)
            return kNoId;
        if (s.hash == h && s.length == name.size() &&
            std::memcmp(s.bytes, name.data(), name.size()) == 0)
            return s.id;
    }
}

void NameCache::insert(std::string_view name, std::uint64_t hash, EntityId id) {
    if (name.size() > kMaxName)
        return;
    if ((size_ + 1) * 2 > slots_.size())
        grow();
    std::size_t i = hash & mask_;
    while (slots_[i].id != kNoId)
        i = (i + 1) & mask_;
    Slot& s = slots_[i];
    s.hash = static_cast<std::uint32_t>(hash);
    s.id = id;
    s.length = static_cast<std::uint8_t>(name.size());
    std::memcpy(s.bytes, name.data(), name.size());
    ++size_;
}

void NameCache::grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 1024 : old.size() * 2, Slot{});
    mask_ = slots_.size() - 1;
    // Tables stay far below 2^32 slots, so the 32 hash bits kept are all the mask needs.
    for (const Slot& s : old) {
        if (s.id == kNoId)
            continue;
        std::size_t i = s.hash & mask_;
        while (slots_[i].id != kNoId)
            i = (i + 1) & mask_;
        slots_[i] = s;
    }
}

} // namespace kg::graph
