#pragma once
// An open-addressing hash set of 32-bit ids whose keys live elsewhere (in a string pool, in the
// relation records). Storing only ids keeps an index at 4-8 bytes per entry instead of the
// 40+ bytes of a node-based std::unordered_map, which matters at tens of millions of facts.
#include "graph/ids.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace kg::graph {

class IdHashTable {
public:
    /// Returns the id whose key matches (`equals(id)` is true), or kNoId.
    template <class Equals> std::uint32_t find(std::uint64_t hash, Equals&& equals) const {
        if (slots_.empty())
            return kNoId;
        for (std::size_t i = hash & mask_;; i = (i + 1) & mask_) {
            const Slot& s = slots_[i];
            if (s.id == kNoId)
                return kNoId;
            if (s.hash == static_cast<std::uint32_t>(hash) && equals(s.id))
                return s.id;
        }
    }

    /// Starts fetching the slot a lookup of `hash` reads first, so that a batch of lookups
    /// waits for memory once instead of once per lookup.
    void prefetch(std::uint64_t hash) const {
        if (!slots_.empty())
            __builtin_prefetch(&slots_[hash & mask_]);
    }

    /// Adds `id` under `hash`; the caller has checked it is not present.
    void insert(std::uint64_t hash, std::uint32_t id) {
        if ((size_ + 1) * 4 > slots_.size() * 3)
            grow();
        place(hash, id);
        ++size_;
    }

    /// Removes `id` (stored under `hash`) if present.
    void erase(std::uint64_t hash, std::uint32_t id);

    void clear() {
        slots_.clear();
        size_ = 0;
        mask_ = 0;
    }
    void reserve(std::size_t n);
    std::size_t size() const { return size_; }
    std::size_t memoryBytes() const { return slots_.capacity() * sizeof(Slot); }

private:
    // The low 32 bits of the hash are kept so that growth needs no re-hashing of keys and most
    // mismatches are rejected without touching the key.
    struct Slot {
        std::uint32_t id = kNoId;
        std::uint32_t hash = 0;
    };
    void place(std::uint64_t hash, std::uint32_t id);
    void grow();

    std::vector<Slot> slots_;
    std::size_t size_ = 0;
    std::size_t mask_ = 0;
};

} // namespace kg::graph
