#include "graph/name_uses.h"

#include <algorithm>
#include <cctype>
#include <numeric>
#include <set>

namespace kg::graph {
namespace {

bool isWordByte(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
}

// Marks the whole-word occurrences of `form` in `text` not already covered; true if any.
bool markUses(std::string_view text, std::string_view form, std::vector<bool>& covered) {
    bool found = false;
    for (std::size_t at = text.find(form); at != std::string_view::npos;
         at = text.find(form, at + 1)) {
        const std::size_t end = at + form.size();
        const bool whole = (at == 0 || !isWordByte(text[at - 1])) &&
                           (end == text.size() || !isWordByte(text[end]));
        if (!whole || std::any_of(covered.begin() + static_cast<std::ptrdiff_t>(at),
                                  covered.begin() + static_cast<std::ptrdiff_t>(end),
                                  [](bool c) { return c; }))
            continue;
        std::fill(covered.begin() + static_cast<std::ptrdiff_t>(at),
                  covered.begin() + static_cast<std::ptrdiff_t>(end), true);
        found = true;
    }
    return found;
}

} // namespace

std::vector<std::pair<std::string_view, std::size_t>> nameUses(GraphView graph, EntityId id) {
    const EntityView entity = graph.entity(id);
    std::vector<std::pair<std::string_view, std::size_t>> uses{{graph.str(entity.name), 0}};
    for (Sym alias : entity.aliases)
        uses.emplace_back(graph.str(alias), 0);
    // Longer names first, so that a shorter one is not counted inside them.
    std::vector<std::size_t> order(uses.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return uses[a].first.size() > uses[b].first.size();
    });
    std::set<std::pair<Sym, std::uint32_t>> sentences;
    auto count = [&](RelationId r) {
        for (const Mention& m : graph.relation(r).mentions) {
            if (!sentences.emplace(m.doc, m.sentence).second)
                continue;
            const std::string_view text = graph.str(m.text);
            std::vector<bool> covered(text.size(), false);
            for (std::size_t i : order)
                if (!uses[i].first.empty() && markUses(text, uses[i].first, covered))
                    ++uses[i].second;
        }
    };
    graph.forEachOutEdge(id, [&](EdgeView e) { count(e.relation); });
    graph.forEachInEdge(id, [&](EdgeView e) { count(e.relation); });
    return uses;
}

} // namespace kg::graph
