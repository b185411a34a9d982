#include "export/edge_budget.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <utility>

namespace kg::exporter {
namespace {

// Union-find over positions in `kept`, for the spanning forest.
class Components {
public:
    explicit Components(std::size_t n) : parent_(n) {
        std::iota(parent_.begin(), parent_.end(), std::size_t{0});
    }
    std::size_t find(std::size_t x) {
        while (parent_[x] != x)
            x = parent_[x] = parent_[parent_[x]];
        return x;
    }
    bool join(std::size_t a, std::size_t b) {
        a = find(a);
        b = find(b);
        if (a == b)
            return false;
        parent_[std::max(a, b)] = std::min(a, b);
        return true;
    }

private:
    std::vector<std::size_t> parent_;
};

} // namespace

DrawnFacts chooseFacts(const graph::KnowledgeGraph& g, const std::vector<graph::EntityId>& kept,
                       const std::vector<graph::RelationId>& candidates, std::size_t maxEdges) {
    if (maxEdges == 0 || candidates.size() <= maxEdges)
        return {candidates, 0};

    auto weight = [&](graph::RelationId r) {
        return g.relation(r).support * static_cast<double>(g.relation(r).confidence);
    };
    std::vector<graph::RelationId> ranked = candidates;
    std::stable_sort(ranked.begin(), ranked.end(), [&](graph::RelationId a, graph::RelationId b) {
        return weight(a) > weight(b); // stable: equal weights keep increasing id order
    });
    auto position = [&](graph::EntityId id) {
        return static_cast<std::size_t>(std::lower_bound(kept.begin(), kept.end(), id) -
                                        kept.begin());
    };
    auto pairOf = [&](graph::RelationId r) {
        auto a = position(g.relation(r).source), b = position(g.relation(r).target);
        return std::make_pair(std::min(a, b), std::max(a, b));
    };

    std::vector<bool> taken(ranked.size(), false);
    std::map<std::pair<std::size_t, std::size_t>, std::size_t> perPair;
    std::vector<graph::RelationId> drawn;
    Components components(kept.size());
    for (std::size_t i = 0; i < ranked.size(); ++i) {
        auto [a, b] = pairOf(ranked[i]);
        if (components.join(a, b)) {
            taken[i] = true;
            ++perPair[{a, b}];
            drawn.push_back(ranked[i]);
        }
    }
    for (std::size_t i = 0; i < ranked.size() && drawn.size() < maxEdges; ++i) {
        if (taken[i])
            continue;
        std::size_t& count = perPair[pairOf(ranked[i])];
        if (count >= kFactsPerPair)
            continue;
        ++count;
        drawn.push_back(ranked[i]);
    }
    std::sort(drawn.begin(), drawn.end());
    return {drawn, candidates.size() - drawn.size()};
}

} // namespace kg::exporter
