#include "export/node_budget.h"

#include <algorithm>
#include <queue>
#include <unordered_map>

namespace kg::exporter {
namespace {

double weight(const graph::Relation& r) {
    return r.support * static_cast<double>(r.confidence);
}

struct Candidate {
    double salience;
    graph::EntityId id;
};

// Most salient first, then lowest id: the order never depends on container internals.
bool moreSalient(const Candidate& a, const Candidate& b) {
    return a.salience != b.salience ? a.salience > b.salience : a.id < b.id;
}

// Calls f(relation id, other end) for each selected relation of `id`, both directions.
template <class F>
void forEachSelectedEdge(const graph::KnowledgeGraph& g, const SelectionIndex& index,
                         graph::EntityId id, F&& f) {
    for (const graph::EdgeView& e : g.outEdges(id))
        if (index.hasRelation(e.relation))
            f(e.relation, e.other);
    for (const graph::EdgeView& e : g.inEdges(id))
        if (index.hasRelation(e.relation))
            f(e.relation, e.other);
}

std::vector<graph::EntityId> keepBestFirst(const graph::KnowledgeGraph& g,
                                           const Selection& selection, const SelectionIndex& index,
                                           const std::vector<double>& salience,
                                           std::size_t maxNodes, std::vector<bool>& kept) {
    // Seeds, used when the frontier runs dry (the selection has several components): only the
    // maxNodes most salient entities can ever be needed.
    std::vector<Candidate> seeds;
    forEachEntity(g, selection, [&](graph::EntityId id) { seeds.push_back({salience[id], id}); });
    std::size_t seedCount = std::min(maxNodes, seeds.size());
    std::partial_sort(seeds.begin(), seeds.begin() + static_cast<std::ptrdiff_t>(seedCount),
                      seeds.end(), moreSalient);
    seeds.resize(seedCount);
    if (selection.focus)
        seeds.insert(seeds.begin(), {salience[*selection.focus], *selection.focus});

    auto lessSalient = [](const Candidate& a, const Candidate& b) { return moreSalient(b, a); };
    std::priority_queue<Candidate, std::vector<Candidate>, decltype(lessSalient)> frontier(
        lessSalient);
    std::vector<graph::EntityId> chosen;
    std::size_t nextSeed = 0;
    while (chosen.size() < maxNodes) {
        Candidate next{};
        if (!frontier.empty()) {
            next = frontier.top();
            frontier.pop();
        } else if (nextSeed < seeds.size()) {
            next = seeds[nextSeed++];
        } else {
            break;
        }
        if (kept[next.id])
            continue;
        kept[next.id] = true;
        chosen.push_back(next.id);
        forEachSelectedEdge(g, index, next.id, [&](graph::RelationId, graph::EntityId other) {
            if (!kept[other])
                frontier.push({salience[other], other});
        });
    }
    std::sort(chosen.begin(), chosen.end());
    return chosen;
}

} // namespace

DiagramNodes chooseNodes(const graph::KnowledgeGraph& g, const Selection& selection,
                         const SelectionIndex& index, std::size_t maxNodes) {
    DiagramNodes nodes;
    std::size_t total = selection.entityCount(g);
    if (maxNodes == 0 || total <= maxNodes) {
        forEachEntity(g, selection, [&](graph::EntityId id) { nodes.kept.push_back(id); });
        return nodes;
    }

    std::vector<double> salience(g.entityIdBound(), 0.0);
    forEachRelation(g, selection, [&](graph::RelationId r) {
        const graph::Relation& rel = g.relation(r);
        salience[rel.source] += weight(rel);
        salience[rel.target] += weight(rel);
    });
    std::vector<bool> kept(g.entityIdBound(), false);
    nodes.kept = keepBestFirst(g, selection, index, salience, maxNodes, kept);

    // Each hidden neighbour goes to the kept entity it shares its heaviest relation with.
    struct Tie {
        double weight;
        graph::EntityId anchor;
    };
    std::unordered_map<graph::EntityId, Tie> anchorOf;
    for (graph::EntityId k : nodes.kept) {
        forEachSelectedEdge(g, index, k, [&](graph::RelationId r, graph::EntityId other) {
            if (kept[other])
                return;
            double w = weight(g.relation(r));
            auto [it, inserted] = anchorOf.try_emplace(other, Tie{w, k});
            if (!inserted &&
                (w > it->second.weight || (w == it->second.weight && k < it->second.anchor)))
                it->second = Tie{w, k};
        });
    }
    std::unordered_map<graph::EntityId, std::vector<Candidate>> hiddenByAnchor;
    for (const auto& [hidden, tie] : anchorOf)
        hiddenByAnchor[tie.anchor].push_back({salience[hidden], hidden});
    for (graph::EntityId k : nodes.kept) {
        auto it = hiddenByAnchor.find(k);
        if (it == hiddenByAnchor.end())
            continue;
        std::sort(it->second.begin(), it->second.end(), moreSalient);
        Fold fold{k, {}};
        for (const Candidate& c : it->second)
            fold.hidden.push_back(c.id);
        nodes.folds.push_back(std::move(fold));
    }
    nodes.unplaced = total - nodes.kept.size() - anchorOf.size();
    return nodes;
}

} // namespace kg::exporter
