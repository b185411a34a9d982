#include "export/cluster_composition.h"

#include "export/graph_part.h"

#include <cmath>
#include <cstring>
#include <fmt/format.h>
#include <map>
#include <set>
#include <utility>
#include <vector>

namespace kg::exporter {
namespace {

// Room inside a cluster's border around its nodes, and above them for the cluster's name.
constexpr double kPadding = 10;
constexpr double kLabelRoom = 22;
constexpr double kPointsPerInch = 72;
// Points between the unconnected parts of one cluster (most entities of a type share no fact
// with one another). Graphviz's default of 8 leaves the labels of edges that leave the cluster
// no room: over four clustered drawings of the seeds, 17 pairs of labels overlapped with 8, 9
// with 30, 6 with 45 and 10 with 60 (bench/RESULTS.md, bench/label_overlap.py).
constexpr std::string_view kPieceMargin = "45";

// Graph attributes of the diagram that are not for a cluster laid out alone: the caption,
// the engine, dot's ranking.
const std::set<std::string, std::less<>> kRootOnlyAttributes = {"label", "layout", "newrank",
                                                                "rankdir"};

// One piece laid out on its own: a cluster, or a node outside every cluster.
struct Unit {
    Agraph_t* cluster = nullptr;
    std::vector<Agnode_t*> nodes;
    std::vector<pointf> positions; // of `nodes`, in the piece's own layout
    boxf box{};                    // around the piece's own layout, edge labels included
};

bool isCluster(Agraph_t* sub) {
    return std::strncmp(agnameof(sub), "cluster", 7) == 0;
}

bool isLegend(const Unit& unit) {
    return unit.cluster != nullptr && std::strcmp(agnameof(unit.cluster), "cluster_legend") == 0;
}

double width(const boxf& b) {
    return b.UR.x - b.LL.x;
}

double height(const boxf& b) {
    return b.UR.y - b.LL.y;
}

std::string number(double value) {
    return fmt::format("{:.1f}", value);
}

// The clusters in name order (as written), then every other node on its own.
std::vector<Unit> unitsOf(Agraph_t* root, std::map<Agnode_t*, std::size_t>& unitOf) {
    std::vector<Unit> units;
    for (Agraph_t* sub = agfstsubg(root); sub != nullptr; sub = agnxtsubg(sub)) {
        if (!isCluster(sub))
            continue;
        Unit unit;
        unit.cluster = sub;
        for (Agnode_t* n = agfstnode(sub); n != nullptr; n = agnxtnode(sub, n))
            if (unitOf.emplace(n, units.size()).second)
                unit.nodes.push_back(n);
        if (!unit.nodes.empty())
            units.push_back(std::move(unit));
    }
    for (Agnode_t* n = agfstnode(root); n != nullptr; n = agnxtnode(root, n))
        if (unitOf.emplace(n, units.size()).second)
            units.push_back(Unit{nullptr, {n}, {}, {}});
    return units;
}

// Lays the unit out alone and records where its nodes went and the box around them.
void layOutAlone(const GvContext& gvc, Agraph_t* root, Unit& unit,
                 const std::map<Agnode_t*, std::size_t>& unitOf, std::size_t self,
                 std::string_view engine) {
    DotGraph piece = copyPart(
        root, unit.nodes, [&](Agedge_t* e) { return unitOf.at(aghead(e)) == self; },
        kRootOnlyAttributes);
    // The legend's samples are chained by invisible edges into one row, which dot draws as such.
    if (isLegend(unit))
        piece.setGraphAttr("rankdir", "LR");
    else
        piece.setGraphAttr("pack", kPieceMargin);
    GvLayout layout(gvc, piece, isLegend(unit) ? "dot" : engine);
    for (Agnode_t* n : unit.nodes) {
        Agnode_t* copy = agnode(piece.c_struct(), agnameof(n), 0);
        unit.positions.push_back(ND_coord(copy));
    }
    unit.box = GD_bb(piece.c_struct());
}

double boxWidth(const Unit& unit) {
    return width(unit.box) + (unit.cluster != nullptr ? 2 * kPadding : 0);
}

double boxHeight(const Unit& unit) {
    return height(unit.box) + (unit.cluster != nullptr ? 2 * kPadding + kLabelRoom : 0);
}

// Half the diagonal of the unit's box.
double radius(const Unit& unit) {
    return std::hypot(boxWidth(unit), boxHeight(unit)) / 2;
}

// Where each unit's box is centred: neato on one fixed-size box per unit, an edge per pair of
// units that facts join, overlaps removed.
std::vector<pointf> placeUnits(const GvContext& gvc, Agraph_t* root, const std::vector<Unit>& units,
                               const std::map<Agnode_t*, std::size_t>& unitOf) {
    DotGraph boxes("clusters");
    boxes.setGraphAttr("overlap", "prism");
    boxes.setGraphAttr("sep", "+16");
    boxes.setGraphAttr("pack", "true");
    boxes.declare(AGNODE, "label", "");
    // Joined boxes are wanted edge to edge, not centre to centre: overlap removal then has
    // little to push apart, and small clusters stay beside the big one they belong with.
    AttrSym len = boxes.declare(AGEDGE, "len", "1");
    std::vector<Agnode_t*> nodes;
    for (std::size_t i = 0; i < units.size(); ++i) {
        Agnode_t* n = boxes.node(fmt::format("u{}", i));
        makeFixedBox(n, boxWidth(units[i]) / kPointsPerInch, boxHeight(units[i]) / kPointsPerInch);
        nodes.push_back(n);
    }
    std::set<std::pair<std::size_t, std::size_t>> joined;
    for (Agnode_t* n = agfstnode(root); n != nullptr; n = agnxtnode(root, n))
        for (Agedge_t* e = agfstout(root, n); e != nullptr; e = agnxtout(root, e)) {
            std::size_t a = unitOf.at(n), b = unitOf.at(aghead(e));
            if (a != b && joined.emplace(std::min(a, b), std::max(a, b)).second)
                DotGraph::set(
                    boxes.edge(nodes[a], nodes[b]), len,
                    fmt::format("{:.3f}", (radius(units[a]) + radius(units[b])) / kPointsPerInch));
        }
    GvLayout layout(gvc, boxes, "neato");
    std::vector<pointf> centres;
    for (Agnode_t* n : nodes)
        centres.push_back(ND_coord(n));
    return centres;
}

} // namespace

std::string composeClusters(const GvContext& gvc, const std::string& dot, std::string_view engine) {
    DotGraph graph = DotGraph::parse(dot);
    Agraph_t* root = graph.c_struct();
    std::map<Agnode_t*, std::size_t> unitOf;
    std::vector<Unit> units = unitsOf(root, unitOf);
    for (std::size_t i = 0; i < units.size(); ++i)
        if (units[i].cluster != nullptr)
            layOutAlone(gvc, root, units[i], unitOf, i, engine);
    std::vector<pointf> centres = placeUnits(gvc, root, units, unitOf);

    AttrSym pos = graph.declare(AGNODE, "pos", "");
    AttrSym bb = graph.declare(AGRAPH, "bb", "");
    for (std::size_t i = 0; i < units.size(); ++i) {
        const Unit& unit = units[i];
        if (unit.cluster == nullptr) {
            DotGraph::set(unit.nodes[0], pos, number(centres[i].x) + "," + number(centres[i].y));
            continue;
        }
        // The box is centred where neato put it; the nodes sit inside its padding, below the
        // cluster's name.
        double left = centres[i].x - boxWidth(unit) / 2;
        double bottom = centres[i].y - boxHeight(unit) / 2;
        DotGraph::set(unit.cluster, bb,
                      fmt::format("{},{},{},{}", number(left), number(bottom),
                                  number(left + boxWidth(unit)), number(bottom + boxHeight(unit))));
        for (std::size_t k = 0; k < unit.nodes.size(); ++k) {
            double x = left + kPadding + unit.positions[k].x - unit.box.LL.x;
            double y = bottom + kPadding + unit.positions[k].y - unit.box.LL.y;
            DotGraph::set(unit.nodes[k], pos, number(x) + "," + number(y));
        }
    }
    graph.setGraphAttr("layout", kComposedLayout);
    // Edges between clusters are routed around the nodes in their way, not straight across.
    graph.setGraphAttr("splines", "true");
    return graph.dot();
}

} // namespace kg::exporter
