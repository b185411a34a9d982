#pragma once
// The relationship diagram of a selection, as a cgraph graph ready for agwrite or gvLayout.
// Nodes are entities (shape and colour by type, with a legend), edges are facts (label =
// predicate and qualifiers, dashed when negated, pen width by support, evidence tooltips).
// The same graph, selection and options always give the same graph, attribute for attribute.
#include "export/diagram_options.h"
#include "export/graphviz.h"
#include "export/selection.h"

namespace kg::exporter {

struct Diagram {
    DotGraph graph;
    Layout engine;         ///< the engine to lay it out with (never Auto)
    std::size_t entities;  ///< entity nodes drawn
    std::size_t relations; ///< fact edges drawn
    /// Clusters under a force layout: laid out apart and composed (cluster_composition.h).
    bool composed = false;
};

Diagram buildDiagram(const graph::KnowledgeGraph& g, const Selection& selection,
                     const DiagramOptions& options);

} // namespace kg::exporter
