#pragma once
// Pieces of `kg stats` shared by the stats pass over a graph and the binary writer, which
// stores the figures that need a whole pass.
#include "graph/ids.h"

#include <algorithm>
#include <numeric>
#include <utility>
#include <vector>

namespace kg::graph {

/// Union-find over entity ids with path halving and union by size: connected components.
class UnionFind {
public:
    explicit UnionFind(std::size_t n) : parent_(n), size_(n, 1) {
        std::iota(parent_.begin(), parent_.end(), EntityId{0});
    }
    EntityId find(EntityId x) {
        while (parent_[x] != x) {
            parent_[x] = parent_[parent_[x]];
            x = parent_[x];
        }
        return x;
    }
    void join(EntityId a, EntityId b) {
        a = find(a);
        b = find(b);
        if (a == b)
            return;
        if (size_[a] < size_[b])
            std::swap(a, b);
        parent_[b] = a;
        size_[a] += size_[b];
    }
    std::size_t sizeOf(EntityId root) const { return size_[root]; }

private:
    std::vector<EntityId> parent_;
    std::vector<std::size_t> size_;
};

/// The `top` entities of highest degree (ties: lower id first), through a small heap instead of
/// sorting every entity. `degree(id)` gives an entity's degree, or nullopt for a removed one.
template <class Degree>
std::vector<std::pair<EntityId, std::size_t>> topByDegree(EntityId bound, std::size_t top,
                                                          Degree&& degree) {
    auto higher = [](const std::pair<EntityId, std::size_t>& a,
                     const std::pair<EntityId, std::size_t>& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    };
    std::vector<std::pair<EntityId, std::size_t>> best;
    if (top == 0)
        return best;
    for (EntityId id = 0; id < bound; ++id) {
        auto d = degree(id);
        if (!d)
            continue;
        std::pair<EntityId, std::size_t> candidate{id, *d};
        if (best.size() < top) {
            best.push_back(candidate);
            std::push_heap(best.begin(), best.end(), higher);
        } else if (higher(candidate, best.front())) {
            std::pop_heap(best.begin(), best.end(), higher);
            best.back() = candidate;
            std::push_heap(best.begin(), best.end(), higher);
        }
    }
    std::sort_heap(best.begin(), best.end(), higher);
    return best;
}

} // namespace kg::graph
