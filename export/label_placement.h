#pragma once
// Where edge labels go once the nodes and edges are drawn. Graphviz 2.43 places external labels
// (xlabels) by trying a few spots beside each edge's midpoint and keeps the last one even when
// it covers another label: at a hub the labels pile up. Here every label looks along its whole
// edge and then further out, and takes the first spot that covers no node and no label placed
// before it.
#include <cstddef>
#include <optional>
#include <vector>

namespace kg::exporter {

struct Point {
    double x = 0;
    double y = 0;
};

struct Box {
    double left = 0;
    double bottom = 0;
    double right = 0;
    double top = 0;
};

struct LabelRequest {
    std::vector<Point> path; ///< the edge as drawn, a polyline from tail to head
    double width = 0;        ///< of the label's text, in points
    double height = 0;
};

struct PlacedLabel {
    Point centre;
    /// False when no free spot was near enough to its edge: the label sits where it covers the
    /// least, and the drawing is not clean.
    bool clear = true;
};

/// Points kept between a label and what it must not cover.
inline constexpr double kLabelGap = 2;

/// A spot for every label, in the order given; labels are placed one after another, each
/// avoiding `obstacles` (the nodes, cluster names) and the labels placed before it.
std::vector<PlacedLabel> placeLabels(const std::vector<Box>& obstacles,
                                     const std::vector<LabelRequest>& labels);

} // namespace kg::exporter
