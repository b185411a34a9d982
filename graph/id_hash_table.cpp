#include "graph/id_hash_table.h"

#include "base/huge_pages.h"

#include <bit>

namespace kg::graph {

void IdHashTable::place(std::uint64_t hash, std::uint32_t id) {
    std::size_t i = hash & mask_;
    while (slots_[i].id != kNoId)
        i = (i + 1) & mask_;
    slots_[i] = Slot{id, static_cast<std::uint32_t>(hash)};
}

void IdHashTable::grow() {
    reserve(slots_.empty() ? 16 : slots_.size());
}

void IdHashTable::reserve(std::size_t n) {
    std::size_t want = std::bit_ceil((n * 4) / 3 + 2);
    if (want <= slots_.size())
        return;
    std::vector<Slot> old = std::move(slots_);
    slots_ = std::vector<Slot>();
    slots_.reserve(want);
    base::adviseHugePages(slots_.data(), want * sizeof(Slot)); // probes land anywhere
    slots_.assign(want, Slot{});
    mask_ = want - 1;
    // Only the low 32 bits of the hash were kept; tables stay below 2^32 slots so that suffices.
    for (const Slot& s : old)
        if (s.id != kNoId)
            place(s.hash, s.id);
}

void IdHashTable::erase(std::uint64_t hash, std::uint32_t id) {
    if (slots_.empty())
        return;
    std::size_t i = hash & mask_;
    while (slots_[i].id != id) {
        if (slots_[i].id == kNoId)
            return;
        i = (i + 1) & mask_;
    }
    // Backward-shift deletion keeps probe sequences intact without tombstones.
    for (std::size_t j = (i + 1) & mask_;; j = (j + 1) & mask_) {
        if (slots_[j].id == kNoId)
            break;
        std::size_t home = slots_[j].hash & mask_;
        bool movable = (i <= j) ? (home <= i || home > j) : (home <= i && home > j);
        if (movable) {
            slots_[i] = slots_[j];
            i = j;
        }
    }
    slots_[i] = Slot{};
    --size_;
}

} // namespace kg::graph
