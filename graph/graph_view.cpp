#include "graph/graph_view.h"

#include <algorithm>

namespace kg::graph {

RelationView GraphView::relation(RelationId id) const {
    if (mapped_) {
        Relation r = mapped_->relationRecord(id);
        return {r.source,       r.target,     r.predicate,           r.modality,
                r.attributedTo, r.qualifiers, r.confidence,          r.support,
                r.negated,      r.stance,     mapped_->surfaces(id), mapped_->mentions(id)};
    }
    const Relation& r = graph_->relation(id);
    return {r.source,     r.target,  r.predicate, r.modality, r.attributedTo, r.qualifiers,
            r.confidence, r.support, r.negated,   r.stance,   r.surfaces,     r.mentions};
}

std::vector<std::pair<Sym, std::size_t>> GraphView::predicates() const {
    if (!mapped_)
        return graph_->predicates();
    std::vector<std::pair<Sym, std::size_t>> out;
    for (const kgb::PredicateEntry& e : mapped_->predicateTable())
        out.emplace_back(mapped_->sym(e.predicate), e.count);
    std::sort(out.begin(), out.end(), [this](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : str(a.first) < str(b.first);
    });
    return out;
}

} // namespace kg::graph
