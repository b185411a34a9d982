#include "export/final_layout.h"

#include "export/cluster_composition.h"
#include "export/graph_part.h"
#include "export/graphviz.h"
#include "export/label_placement.h"

#include <algorithm>
#include <cstring>
#include <fmt/format.h>
#include <map>
#include <set>
#include <utility>
#include <vector>

namespace kg::exporter {
namespace {

constexpr double kPointsPerInch = 72;
// How far from an edge's straight line the nodes it is routed among are taken from; a route
// that still crosses a node left out takes that node in and is routed again, at most this often.
constexpr double kRoutingMargin = 54;
constexpr int kRoutingRounds = 4;

// An edge as drawn: Graphviz's `pos` text and the polyline it follows.
struct Route {
    std::string pos;
    std::vector<Point> path;
};

std::string number(double value) {
    return fmt::format("{:.2f}", value);
}

Box nodeBox(Agnode_t* n) {
    const pointf c = ND_coord(n);
    const double halfW = ND_width(n) * kPointsPerInch / 2;
    const double halfH = ND_height(n) * kPointsPerInch / 2;
    return {c.x - halfW, c.y - halfH, c.x + halfW, c.y + halfH};
}

Point cubic(const pointf* p, double t) {
    const double u = 1 - t;
    const double a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, d = t * t * t;
    return {a * p[0].x + b * p[1].x + c * p[2].x + d * p[3].x,
            a * p[0].y + b * p[1].y + c * p[2].y + d * p[3].y};
}

// The edge's route shifted by `shift`, as Graphviz writes it ("e,x,y x,y x,y ...", one bezier
// after another, separated by ';') and as a polyline of points on its curves.
Route routeOf(Agedge_t* e, Point shift) {
    Route route;
    const splines* spl = ED_spl(e);
    if (spl == nullptr)
        return route;
    auto text = [&](pointf p) { return number(p.x + shift.x) + "," + number(p.y + shift.y); };
    for (int i = 0; i < spl->size; ++i) {
        const bezier& b = spl->list[i];
        if (i > 0)
            route.pos += ';';
        std::string points;
        if (b.sflag != 0)
            points += "s," + text(b.sp);
        if (b.eflag != 0)
            points += std::string(points.empty() ? "" : " ") + "e," + text(b.ep);
        for (int k = 0; k < b.size; ++k)
            points += std::string(points.empty() ? "" : " ") + text(b.list[k]);
        route.pos += points;
        for (int k = 0; k + 3 < b.size; k += 3)
            for (double t : {0.0, 0.25, 0.5, 0.75})
                route.path.push_back(cubic(b.list + k, t));
        if (b.size > 0)
            route.path.push_back({b.list[b.size - 1].x, b.list[b.size - 1].y});
    }
    for (Point& p : route.path)
        p = {p.x + shift.x, p.y + shift.y};
    return route;
}

// Whether the segment from a to b passes through the box (Liang-Barsky clipping).
bool segmentCrosses(Point a, Point b, const Box& box) {
    double t0 = 0, t1 = 1;
    const double dx = b.x - a.x, dy = b.y - a.y;
    for (auto [p, q] : {std::pair{-dx, a.x - box.left},
                        {dx, box.right - a.x},
                        {-dy, a.y - box.bottom},
                        {dy, box.top - a.y}}) {
        if (p == 0) {
            if (q < 0)
                return false;
            continue;
        }
        const double t = q / p;
        if (p < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    return true;
}

Box shrunk(const Box& b, double by) {
    return {b.left + by, b.bottom + by, b.right - by, b.top - by};
}

// The nodes, other than the edge's ends, that its path passes through.
std::vector<Agnode_t*> nodesCrossed(const std::vector<Point>& path, Agedge_t* e,
                                    const std::vector<Agnode_t*>& nodes) {
    std::vector<Agnode_t*> out;
    for (Agnode_t* n : nodes) {
        if (n == agtail(e) || n == aghead(e))
            continue;
        // Touching a node's corner is not crossing it: its shape is inside the box.
        const Box box = shrunk(nodeBox(n), 2);
        for (std::size_t i = 1; i < path.size(); ++i)
            if (segmentCrosses(path[i - 1], path[i], box)) {
                out.push_back(n);
                break;
            }
    }
    return out;
}

bool invisible(Agedge_t* e) {
    const char* style = agget(e, const_cast<char*>("style"));
    return style != nullptr && std::strstr(style, "invis") != nullptr;
}

// Routes `edges` (all between one pair of nodes) around the nodes near them: Graphviz's spline
// router on a graph of just those nodes, placed where they are.
std::vector<Route> routeAround(const GvContext& gvc, Agraph_t* root,
                               const std::vector<Agedge_t*>& edges,
                               const std::vector<Agnode_t*>& nodes) {
    Agnode_t* tail = agtail(edges.front());
    Agnode_t* head = aghead(edges.front());
    const Point from{ND_coord(tail).x, ND_coord(tail).y}, to{ND_coord(head).x, ND_coord(head).y};
    std::vector<Agnode_t*> among{tail, head};
    for (Agnode_t* n : nodes) {
        const Box box = nodeBox(n);
        const Box widened{box.left - kRoutingMargin, box.bottom - kRoutingMargin,
                          box.right + kRoutingMargin, box.top + kRoutingMargin};
        if (n != tail && n != head && segmentCrosses(from, to, widened))
            among.push_back(n);
    }
    std::set<Agedge_t*> wanted(edges.begin(), edges.end());
    std::vector<Route> routes;
    for (int round = 0; round < kRoutingRounds; ++round) {
        DotGraph part = copyPart(root, among, [&](Agedge_t* e) { return wanted.contains(e); },
                                 {"layout", "bb", "label"});
        part.setGraphAttr("splines", "true");
        AttrSym pos = part.declare(AGNODE, "pos", "");
        // The nodes in the way are obstacles only: as boxes of their size they cost the router
        // half the corners an ellipse or octagon does. The ends keep their shapes, which the
        // route is clipped to.
        for (Agnode_t* n : among) {
            Agnode_t* copy = agnode(part.c_struct(), agnameof(n), 0);
            DotGraph::set(copy, pos, number(ND_coord(n).x) + "," + number(ND_coord(n).y));
            if (n != tail && n != head)
                makeFixedBox(copy, ND_width(n), ND_height(n));
        }
        if (Agsym_t* xlabel = agattr(part.c_struct(), AGEDGE, const_cast<char*>("xlabel"), nullptr))
            for (Agnode_t* n = agfstnode(part.c_struct()); n != nullptr;
                 n = agnxtnode(part.c_struct(), n))
                for (Agedge_t* e = agfstout(part.c_struct(), n); e != nullptr;
                     e = agnxtout(part.c_struct(), e))
                    agxset(e, xlabel, const_cast<char*>(""));
        GvLayout layout(gvc, part, kComposedLayout);
        // nop2 moves the drawing to the origin: shift the routes back to the diagram's frame.
        Agnode_t* partTail = agnode(part.c_struct(), agnameof(tail), 0);
        Agnode_t* partHead = agnode(part.c_struct(), agnameof(head), 0);
        const Point shift{ND_coord(tail).x - ND_coord(partTail).x,
                          ND_coord(tail).y - ND_coord(partTail).y};
        routes.clear();
        std::vector<Agnode_t*> missed;
        std::vector<Agedge_t*> routedEdges;
        for (Agnode_t* from : {partTail, partHead})
            for (Agedge_t* e = agfstout(part.c_struct(), from); e != nullptr;
                 e = agnxtout(part.c_struct(), e))
                routedEdges.push_back(e);
        for (Agedge_t* e : routedEdges) {
            routes.push_back(routeOf(e, shift));
            for (Agnode_t* n : nodesCrossed(routes.back().path, edges.front(), nodes))
                if (std::find(among.begin(), among.end(), n) == among.end() &&
                    std::find(missed.begin(), missed.end(), n) == missed.end())
                    missed.push_back(n);
        }
        if (missed.empty())
            break;
        among.insert(among.end(), missed.begin(), missed.end());
    }
    return routes;
}

// Every edge and its route, in the graph's order: as laid out, except in composed clusters,
// where an edge whose line crosses a node is routed around the nodes near it.
std::vector<std::pair<Agedge_t*, Route>> routes(const GvContext& gvc, Agraph_t* root,
                                                bool composed) {
    std::vector<Agnode_t*> nodes;
    for (Agnode_t* n = agfstnode(root); n != nullptr; n = agnxtnode(root, n))
        nodes.push_back(n);
    std::vector<std::pair<Agedge_t*, Route>> out;
    std::map<Agedge_t*, std::size_t> indexOf;
    for (Agnode_t* n : nodes)
        for (Agedge_t* e = agfstout(root, n); e != nullptr; e = agnxtout(root, e)) {
            indexOf.emplace(e, out.size());
            out.emplace_back(e, routeOf(e, {}));
        }
    if (!composed)
        return out;
    std::set<std::pair<Agnode_t*, Agnode_t*>> routedPairs;
    for (std::size_t i = 0; i < out.size(); ++i) {
        Agedge_t* e = out[i].first;
        if (invisible(e) || nodesCrossed(out[i].second.path, e, nodes).empty() ||
            !routedPairs.insert(std::minmax(agtail(e), aghead(e))).second)
            continue;
        // All the edges between the pair are routed together, so that the router keeps them
        // apart: the tail's out edges to the head, then the head's to the tail.
        std::vector<Agedge_t*> together;
        for (Agnode_t* from : {agtail(e), aghead(e)})
            for (Agedge_t* f = agfstout(root, from); f != nullptr; f = agnxtout(root, f))
                if (aghead(f) == (from == agtail(e) ? aghead(e) : agtail(e)))
                    together.push_back(f);
        std::vector<Route> routed = routeAround(gvc, root, together, nodes);
        for (std::size_t k = 0; k < together.size() && k < routed.size(); ++k)
            out[indexOf.at(together[k])].second = std::move(routed[k]);
    }
    return out;
}

// Boxes labels must not cover: every node, and the name of every cluster.
std::vector<Box> obstacles(Agraph_t* root) {
    std::vector<Box> out;
    for (Agnode_t* n = agfstnode(root); n != nullptr; n = agnxtnode(root, n))
        out.push_back(nodeBox(n));
    std::vector<Agraph_t*> pending{root};
    while (!pending.empty()) {
        Agraph_t* g = pending.back();
        pending.pop_back();
        for (int i = 1; i <= GD_n_cluster(g); ++i) {
            Agraph_t* cluster = GD_clust(g)[i];
            if (const textlabel_t* label = GD_label(cluster); label != nullptr && label->set)
                out.push_back({label->pos.x - label->dimen.x / 2, label->pos.y - label->dimen.y / 2,
                               label->pos.x + label->dimen.x / 2,
                               label->pos.y + label->dimen.y / 2});
            pending.push_back(cluster);
        }
    }
    return out;
}

} // namespace

FinalLayout fixDrawing(const GvContext& gvc, const std::string& dot, std::string_view engine) {
    DotGraph graph = DotGraph::parse(dot);
    Agraph_t* root = graph.c_struct();
    const bool composed = engine == kComposedLayout;
    std::string splines = agget(root, const_cast<char*>("splines")) != nullptr
                              ? agget(root, const_cast<char*>("splines"))
                              : "";
    // Straight lines first; composed clusters route only the edges that need it, below.
    if (composed)
        graph.setGraphAttr("splines", "line");
    FinalLayout result;
    std::vector<std::pair<Agedge_t*, Route>> drawn;
    std::vector<Agedge_t*> labelled;
    std::vector<LabelRequest> requests;
    std::vector<PlacedLabel> spots;
    {
        GvLayout layout(gvc, graph, engine);
        drawn = routes(gvc, root, composed);
        for (auto& [e, route] : drawn)
            if (const textlabel_t* label = ED_xlabel(e); label != nullptr) {
                labelled.push_back(e);
                requests.push_back({route.path, label->dimen.x, label->dimen.y});
            }
        spots = placeLabels(obstacles(root), requests);
        AttrSym pos = graph.declare(AGNODE, "pos", "");
        for (Agnode_t* n = agfstnode(root); n != nullptr; n = agnxtnode(root, n))
            DotGraph::set(n, pos, number(ND_coord(n).x) + "," + number(ND_coord(n).y));
    }
    AttrSym edgePos = graph.declare(AGEDGE, "pos", "");
    AttrSym xlp = graph.declare(AGEDGE, "xlp", "");
    for (const auto& [e, route] : drawn)
        DotGraph::set(e, edgePos, route.pos);
    for (std::size_t i = 0; i < labelled.size(); ++i) {
        DotGraph::set(labelled[i], xlp,
                      number(spots[i].centre.x) + "," + number(spots[i].centre.y));
        result.crowdedLabels += spots[i].clear ? 0 : 1;
    }
    graph.setGraphAttr("layout", kComposedLayout);
    if (composed)
        graph.setGraphAttr("splines", splines);
    // The drawing's box is computed again by nop2, with the labels placed here.
    graph.setGraphAttr("bb", "");
    result.dot = graph.dot();
    return result;
}

} // namespace kg::exporter
