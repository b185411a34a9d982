#pragma once
// The two hash tables of the bulk import (bulk_import.cpp): names to string ids and triples to
// relation ids. At 10M facts each probe lands at random in tens of megabytes, so a probe's cost
// is its memory misses. Both keep their keys inside the slot (one cache line, no trip to the
// columns to compare) and live in memory from the kernel on 2 MB pages where it grants them
// (one TLB entry instead of 512).
#include "graph/ids.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <new>
#include <string_view>
#include <sys/mman.h>
#include <utility>

namespace kg::graph::bulk {

/// An array of zero bytes straight from the kernel: no pass to clear it, pages touched only
/// when used. T must be valid as all zero bytes.
template <class T> class ZeroedArray {
public:
    explicit ZeroedArray(std::size_t size) : size_(size) {
        void* p =
            ::mmap(nullptr, bytes(), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p == MAP_FAILED)
            throw std::bad_alloc();
        ::madvise(p, bytes(), MADV_HUGEPAGE); // a hint: without it, 4 kB pages
        data_ = static_cast<T*>(p);
    }
    ZeroedArray(ZeroedArray&& other) noexcept
        : data_(std::exchange(other.data_, nullptr)), size_(std::exchange(other.size_, 0)) {}
    ZeroedArray& operator=(ZeroedArray&& other) noexcept {
        std::swap(data_, other.data_);
        std::swap(size_, other.size_);
        return *this;
    }
    ZeroedArray(const ZeroedArray&) = delete;
    ZeroedArray& operator=(const ZeroedArray&) = delete;
    ~ZeroedArray() {
        if (data_ != nullptr)
            ::munmap(data_, bytes());
    }

    std::size_t size() const { return size_; }
    T& operator[](std::size_t i) { return data_[i]; }
    const T& operator[](std::size_t i) const { return data_[i]; }

private:
    std::size_t bytes() const { return size_ * sizeof(T); }
    T* data_ = nullptr;
    std::size_t size_ = 0;
};

/// Open addressing with linear probing over slots that hold their own keys; doubles when
/// `Slot::kMaxLoad` (a fraction in percent) of the slots are used. A Slot has `stored` (the
/// value + 1, 0 = empty) and `hash()`, its key's hash, to move it on growth.
template <class Slot> class InlineTable {
public:
    InlineTable() : slots_(1 << 16) {}

    /// The value of the slot `same` accepts among those probed from `hash`, or kNoId.
    template <class Same> std::uint32_t find(std::uint64_t hash, Same&& same) const {
        for (std::size_t i = hash & mask();; i = (i + 1) & mask()) {
            const Slot& s = slots_[i];
            if (s.stored == 0)
                return kNoId;
            if (same(s))
                return s.stored - 1;
        }
    }
    /// Starts fetching the slot a probe from `hash` reads first.
    void prefetch(std::uint64_t hash) const { __builtin_prefetch(&slots_[hash & mask()]); }
    /// Adds a slot whose key is known to be absent.
    void insert(Slot slot) {
        if (100 * (used_ + 1) > Slot::kMaxLoad * slots_.size())
            grow();
        place(slot);
        ++used_;
    }

private:
    std::size_t mask() const { return slots_.size() - 1; }
    void place(const Slot& slot) {
        std::size_t i = slot.hash() & mask();
        while (slots_[i].stored != 0)
            i = (i + 1) & mask();
        slots_[i] = slot;
    }
    void grow() {
        ZeroedArray<Slot> old(slots_.size() * 2);
        std::swap(old, slots_);
        for (std::size_t i = 0; i < old.size(); ++i)
            if (old[i].stored != 0)
                place(old[i]);
    }
    ZeroedArray<Slot> slots_;
    std::size_t used_ = 0;
};

/// A string's slot: its whole hash and its first bytes, so most names (entity and predicate
/// names are short) compare without reading the string pool.
struct StringSlot {
    static constexpr std::size_t kInline = 19;
    static constexpr std::size_t kMaxLoad = 50;
    std::uint64_t fullHash;
    std::uint32_t stored;
    std::uint8_t length; ///< the string's length, 255 for 255 and longer
    char bytes[kInline];

    StringSlot() = default;
    StringSlot(std::uint64_t hash, std::uint32_t value, std::string_view s)
        : fullHash(hash), stored(value + 1), length(lengthByte(s)), bytes{} {
        std::memcpy(bytes, s.data(), std::min(s.size(), kInline));
    }
    std::uint64_t hash() const { return fullHash; }
    /// Whether this slot may hold `s`: certain for strings of up to kInline bytes; for longer
    /// ones the caller compares the whole string.
    bool mayHold(std::uint64_t hash, std::string_view s) const {
        return fullHash == hash && length == lengthByte(s) &&
               std::memcmp(bytes, s.data(), std::min(s.size(), kInline)) == 0;
    }
    static std::uint8_t lengthByte(std::string_view s) {
        return static_cast<std::uint8_t>(std::min<std::size_t>(s.size(), 255));
    }
};
static_assert(sizeof(StringSlot) == 32);

/// A triple's slot: the triple itself.
struct FactSlot {
    static constexpr std::size_t kMaxLoad = 60;
    std::uint64_t ends; ///< source << 32 | target
    std::uint32_t predicate;
    std::uint32_t stored;

    static std::uint64_t hashOf(std::uint64_t ends, std::uint32_t predicate) {
        std::uint64_t h = ends ^ (std::uint64_t{predicate} * 0x9e3779b97f4a7c15ULL);
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdULL;
        h ^= h >> 33;
        return h;
    }
    std::uint64_t hash() const { return hashOf(ends, predicate); }
};
static_assert(sizeof(FactSlot) == 16);

} // namespace kg::graph::bulk
