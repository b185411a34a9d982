#pragma once
// Which entities a diagram draws when the selection is bigger than its node budget. Salience of
// an entity = sum of support × confidence over its selected relations. Nodes are chosen
// best-first from the focus (or the most salient entity): the most salient entity adjacent to
// those already kept comes next, so the drawing stays connected around what matters most. Each
// entity left out but adjacent to a kept one is folded into a "+N more" node beside the kept
// entity it is most strongly tied to.
#include "export/selection.h"

#include <cstddef>
#include <vector>

namespace kg::exporter {

struct Fold {
    graph::EntityId anchor = graph::kNoId;
    std::vector<graph::EntityId> hidden; ///< most salient first, ties by id
};

struct DiagramNodes {
    std::vector<graph::EntityId> kept; ///< increasing id
    std::vector<Fold> folds;           ///< increasing anchor id
    /// Selected entities neither kept nor adjacent to a kept one (shown as one count).
    std::size_t unplaced = 0;
};

/// Chooses at most `maxNodes` entities (all of them if maxNodes is 0 or large enough).
DiagramNodes chooseNodes(const graph::KnowledgeGraph& g, const Selection& selection,
                         const SelectionIndex& index, std::size_t maxNodes);

} // namespace kg::exporter
