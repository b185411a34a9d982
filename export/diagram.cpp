#include "export/diagram.h"

#include "base/escape.h"
#include "export/diagram_stance.h"
#include "export/diagram_style.h"
#include "export/diagram_text.h"
#include "export/edge_budget.h"
#include "export/export_error.h"
#include "export/node_budget.h"

#include <algorithm>
#include <fmt/format.h>
#include <map>
#include <set>
#include <span>

namespace kg::exporter {
namespace {

constexpr std::size_t kFoldNamesShown = 10;
// Facts one shared label lists at most (below); a taller label finds no free spot beside a hub
// (seen on the seeds: seven facts between the US and NATO, ten lines).
constexpr std::size_t kSharedLabelFacts = 3;

// Graphviz attributes are declared once with their defaults; agwrite then writes, per object,
// only the values that differ, which keeps the DOT short.
struct Attrs {
    AttrSym graphLabel, graphStyle, graphColor;
    AttrSym nodeLabel, nodeShape, nodeStyle, nodeFill, nodeColor, nodePen, nodeTooltip, nodeId,
        nodeFontColor;
    AttrSym edgeLabel, edgeStyle, edgeColor, edgePen, edgeTooltip, edgeId, edgeArrow;

    // dot makes room for edge labels itself; a force layout would drop them at the edges'
    // midpoints, where they stack. As external labels kg places them after the layout, each
    // where it covers nothing (final_layout.h).
    Attrs(DotGraph& dg, Layout engine)
        : graphLabel(dg.declare(AGRAPH, "label", "")), graphStyle(dg.declare(AGRAPH, "style", "")),
          graphColor(dg.declare(AGRAPH, "color", "")),
          nodeLabel(dg.declare(AGNODE, "label", "\\N")),
          nodeShape(dg.declare(AGNODE, "shape", "ellipse")),
          nodeStyle(dg.declare(AGNODE, "style", "filled")),
          nodeFill(dg.declare(AGNODE, "fillcolor", "#e0e0e0")),
          nodeColor(dg.declare(AGNODE, "color", "#404040")),
          nodePen(dg.declare(AGNODE, "penwidth", "1")),
          nodeTooltip(dg.declare(AGNODE, "tooltip", "")), nodeId(dg.declare(AGNODE, "id", "")),
          nodeFontColor(dg.declare(AGNODE, "fontcolor", "black")),
          edgeLabel(dg.declare(AGEDGE, placesEdgeLabels(engine) ? "label" : "xlabel", "")),
          edgeStyle(dg.declare(AGEDGE, "style", "solid")),
          edgeColor(dg.declare(AGEDGE, "color", "#404040")),
          edgePen(dg.declare(AGEDGE, "penwidth", "1")),
          edgeTooltip(dg.declare(AGEDGE, "tooltip", "")), edgeId(dg.declare(AGEDGE, "id", "")),
          edgeArrow(dg.declare(AGEDGE, "arrowhead", "normal")) {}
};

std::string joinLabel(const std::vector<std::string>& lines) {
    std::string out;
    for (const std::string& line : lines)
        out += (out.empty() ? "" : "\\n") + base::graphvizText(line);
    return out;
}

std::string joinTooltip(const std::vector<std::string>& lines) {
    std::string out;
    for (const std::string& line : lines)
        out += (out.empty() ? "" : "\\n") + base::graphvizTooltipText(line);
    return out;
}

void setGraphDefaults(DotGraph& dg, Layout engine) {
    dg.setGraphAttr("layout", layoutName(engine));
    dg.setGraphAttr("charset", "UTF-8");
    dg.setGraphAttr("fontname", "Helvetica");
    dg.setGraphAttr("labelloc", "t");
    if (engine == Layout::Dot)
        dg.setGraphAttr("rankdir", "LR");
    if (engine == Layout::Neato || engine == Layout::Sfdp) {
        // Force-directed layouts overlap nodes; prism removes overlaps while keeping the shape.
        // Not for fdp: its own overlap removal is the default there, and fdp with prism gives
        // a different drawing from run to run (Graphviz 2.43, checked with the dot command).
        dg.setGraphAttr("overlap", "prism");
        dg.setGraphAttr("sep", engine == Layout::Sfdp ? "+14" : "+6");
    }
    // sfdp packs 80-200 entities around their hubs so tightly that the hubs' edge labels cover
    // one another; a longer ideal edge (K, default 0.3) leaves them room (seen on the seeds).
    if (engine == Layout::Sfdp)
        dg.setGraphAttr("K", "1.8");

    dg.declare(AGNODE, "fontname", "Helvetica");
    dg.declare(AGNODE, "fontsize", "11");
    dg.declare(AGEDGE, "fontname", "Helvetica");
    dg.declare(AGEDGE, "fontsize", "9");
}

// The drawn facts: selected relations whose ends are both kept, in increasing id order.
std::vector<graph::RelationId> drawnRelations(const graph::KnowledgeGraph& g,
                                              const SelectionIndex& index,
                                              const std::vector<graph::EntityId>& kept,
                                              const std::vector<bool>& isKept) {
    std::vector<graph::RelationId> out;
    for (graph::EntityId id : kept)
        for (const graph::EdgeView& e : g.outEdges(id))
            if (isKept[e.other] && index.hasRelation(e.relation))
                out.push_back(e.relation);
    std::sort(out.begin(), out.end());
    return out;
}

// The document an entity is drawn with under --cluster doc: the one most of its drawn facts'
// mentions come from (ties: the smallest name); "" if its facts have no provenance.
std::string mainDocument(const graph::KnowledgeGraph& g,
                         const std::vector<graph::RelationId>& relations) {
    std::map<std::string, std::size_t> counts;
    for (graph::RelationId r : relations)
        for (const graph::Mention& m : g.relation(r).mentions)
            if (m.doc != graph::kNoSym)
                ++counts[documentName(g.str(m.doc))];
    std::string_view best;
    std::size_t bestCount = 0;
    for (const auto& [doc, count] : counts)
        if (count > bestCount) {
            best = doc;
            bestCount = count;
        }
    return std::string(best);
}

class DiagramBuilder {
public:
    DiagramBuilder(const graph::KnowledgeGraph& g, const Selection& selection,
                   const DiagramOptions& options)
        : g_(g), selection_(selection), options_(options), index_(g, selection),
          nodes_(chooseNodes(g, selection, index_, options.maxNodes)) {}

    Diagram build() {
        std::size_t drawnNodes =
            nodes_.kept.size() + nodes_.folds.size() + (nodes_.unplaced > 0 ? 1 : 0);
        Layout engine = resolveLayout(options_.layout, drawnNodes);
        checkClustersDrawable(engine, drawnNodes);
        engine_ = engine;
        std::vector<bool> isKept(g_.entityIdBound(), false);
        for (graph::EntityId id : nodes_.kept)
            isKept[id] = true;
        DrawnFacts facts =
            chooseFacts(g_, nodes_.kept, drawnRelations(g_, index_, nodes_.kept, isKept),
                        kEdgesPerNode * options_.maxNodes);
        const std::vector<graph::RelationId>& relations = facts.drawn;
        // cgraph needs about 1 KB per edge and its dictionaries slow down as they grow: past
        // this size a diagram takes minutes and gigabytes, and no one can read it anyway.
        if (relations.size() > kMaxDiagramFacts || nodes_.kept.size() > kMaxDiagramFacts)
            throw ExportError(fmt::format(
                "a diagram of {} entities and {} facts is too big for Graphviz (at most {}); "
                "lower --max-nodes, select less, or export json, graphml, ntriples or csv",
                nodes_.kept.size(), relations.size(), kMaxDiagramFacts));
        DotGraph dg("kg");
        setGraphDefaults(dg, engine);
        // dot ranks each cluster on its own by default, which stacks the labels of the edges
        // between clusters in one column; ranking the whole graph at once spreads them (seen
        // on the seeds with --cluster type).
        if (options_.cluster != Cluster::None && engine == Layout::Dot)
            dg.setGraphAttr("newrank", "true");
        Attrs attrs(dg, engine);
        std::string caption = base::graphvizText(options_.title);
        if (facts.hidden > 0)
            caption += fmt::format("{}+{} more facts among these entities, not drawn",
                                   caption.empty() ? "" : "\\n", facts.hidden);
        if (!caption.empty())
            DotGraph::set(dg.c_struct(), attrs.graphLabel, caption);
        relationsOf_.assign(nodes_.kept.size(), {});
        for (graph::RelationId r : relations) {
            relationsOf_[position(g_.relation(r).source)].push_back(r);
            relationsOf_[position(g_.relation(r).target)].push_back(r);
        }

        std::vector<Agraph_t*> homes = clusterHomes(dg, attrs);
        std::vector<Agnode_t*> drawn(nodes_.kept.size());
        for (std::size_t i = 0; i < nodes_.kept.size(); ++i)
            drawn[i] = addEntityNode(dg, attrs, homes[i], i);
        std::vector<std::vector<std::string>> labels = edgeLabels(relations, engine);
        for (std::size_t k = 0; k < relations.size(); ++k)
            addFactEdge(dg, attrs, drawn, relations[k], labels[k]);
        for (const Fold& fold : nodes_.folds)
            addFold(dg, attrs, drawn[position(fold.anchor)], fold);
        if (nodes_.unplaced > 0)
            addUnplaced(dg, attrs);
        if (options_.legend && !nodes_.kept.empty())
            addLegend(dg, attrs);
        return Diagram{std::move(dg), engine, nodes_.kept.size(), relations.size(),
                       options_.cluster != Cluster::None && engine != Layout::Dot};
    }

private:
    // dot draws clusters itself; sfdp, neato and circo get them composed (cluster_composition.h).
    void checkClustersDrawable(Layout engine, std::size_t drawnNodes) const {
        if (options_.cluster == Cluster::None)
            return;
        // Graphviz 2.43's fdp lays clusters out differently from run to run, even with a fixed
        // seed (checked with the fdp command), which would break the promise of identical output
        // for identical input.
        if (engine == Layout::Fdp)
            throw ExportError("--cluster cannot be drawn with --layout fdp (fdp draws clusters "
                              "differently on every run); use --layout sfdp, neato or auto, or "
                              "leave out --cluster");
        if (drawnNodes > kMaxClusteredNodes)
            throw ExportError(fmt::format(
                "{} entities are too many to draw in clusters (at most {}: beyond that the "
                "clusters are unreadable); lower --max-nodes, or leave out --cluster",
                drawnNodes, kMaxClusteredNodes));
    }

    std::size_t position(graph::EntityId id) const {
        return static_cast<std::size_t>(
            std::lower_bound(nodes_.kept.begin(), nodes_.kept.end(), id) - nodes_.kept.begin());
    }

    // The graph or cluster each kept entity is created in, clusters named in sorted key order.
    std::vector<Agraph_t*> clusterHomes(DotGraph& dg, const Attrs& attrs) {
        std::vector<Agraph_t*> homes(nodes_.kept.size(), dg.c_struct());
        if (options_.cluster == Cluster::None)
            return homes;
        std::vector<std::string> keys(nodes_.kept.size());
        for (std::size_t i = 0; i < nodes_.kept.size(); ++i)
            keys[i] = options_.cluster == Cluster::Type
                          ? std::string(graph::entityTypeName(g_.entity(nodes_.kept[i]).type))
                          : mainDocument(g_, relationsOf_[i]);
        std::set<std::string> distinct(keys.begin(), keys.end());
        distinct.erase("");
        std::map<std::string, Agraph_t*> clusters;
        for (const std::string& key : distinct) {
            Agraph_t* sub = dg.subgraph(fmt::format("cluster_{}", clusters.size()));
            DotGraph::set(sub, attrs.graphLabel, base::graphvizText(key));
            DotGraph::set(sub, attrs.graphStyle, "rounded");
            DotGraph::set(sub, attrs.graphColor, "#909090");
            clusters.emplace(key, sub);
        }
        for (std::size_t i = 0; i < keys.size(); ++i)
            if (auto it = clusters.find(keys[i]); it != clusters.end())
                homes[i] = it->second;
        return homes;
    }

    Agnode_t* addEntityNode(DotGraph& dg, const Attrs& attrs, Agraph_t* home, std::size_t i) {
        graph::EntityId id = nodes_.kept[i];
        const graph::Entity& e = g_.entity(id);
        std::string name = fmt::format("e{}", id);
        Agnode_t* n = dg.node(home, name);
        NodeStyle style = nodeStyle(e.type);
        DotGraph::set(n, attrs.nodeLabel, base::graphvizText(g_.str(e.name)));
        DotGraph::set(n, attrs.nodeShape, style.shape);
        DotGraph::set(n, attrs.nodeFill, style.fill);
        DotGraph::set(n, attrs.nodeTooltip, joinTooltip(nodeTooltipLines(g_, id, relationsOf_[i])));
        DotGraph::set(n, attrs.nodeId, name);
        if (selection_.focus == id)
            DotGraph::set(n, attrs.nodePen, "3");
        return n;
    }

    // Each drawn fact's label lines, in the order of `relations`. dot places every label beside
    // its own edge; a force layout draws the facts between one pair of entities side by side, and
    // their external labels would be placed in one heap (seen on the seeds). There the first fact
    // of each pair carries all their labels, one under another, and the others none; where the
    // facts run both ways, each says whose it is ("NATO: include"). Past kSharedLabelFacts facts
    // the label counts the rest, which their edges' tooltips show.
    std::vector<std::vector<std::string>>
    edgeLabels(const std::vector<graph::RelationId>& relations, Layout engine) const {
        // Positions in `relations` of the facts that share one label: each fact alone under
        // dot, all the facts of one pair of entities under a force layout.
        std::vector<std::vector<std::size_t>> groups;
        std::map<std::pair<graph::EntityId, graph::EntityId>, std::size_t> groupOfPair;
        for (std::size_t k = 0; k < relations.size(); ++k) {
            const graph::Relation& rel = g_.relation(relations[k]);
            std::size_t group = groups.size();
            if (!placesEdgeLabels(engine))
                group =
                    groupOfPair.emplace(std::minmax(rel.source, rel.target), group).first->second;
            if (group == groups.size())
                groups.emplace_back();
            groups[group].push_back(k);
        }
        std::vector<std::vector<std::string>> labels(relations.size());
        for (const std::vector<std::size_t>& group : groups) {
            const graph::EntityId firstSource = g_.relation(relations[group.front()]).source;
            const bool bothWays = std::any_of(group.begin(), group.end(), [&](std::size_t k) {
                return g_.relation(relations[k]).source != firstSource;
            });
            std::vector<std::string>& label = labels[group.front()];
            const std::size_t shown = std::min(group.size(), kSharedLabelFacts);
            for (std::size_t k : std::span(group).first(shown)) {
                const graph::Relation& rel = g_.relation(relations[k]);
                std::vector<std::string> lines = edgeLabelLines(g_, rel);
                if (!contestedLines(g_, relations[k]).empty())
                    lines.emplace_back(kContestedMarker);
                if (bothWays && !lines.empty())
                    lines.front() = fmt::format("{}: {}", g_.name(rel.source), lines.front());
                label.insert(label.end(), lines.begin(), lines.end());
            }
            if (group.size() > shown)
                label.push_back(fmt::format("+{} more facts{}", group.size() - shown,
                                            options_.hoverable ? " (hover the edges)" : ""));
        }
        return labels;
    }

    void addFactEdge(DotGraph& dg, const Attrs& attrs, const std::vector<Agnode_t*>& drawn,
                     graph::RelationId r, const std::vector<std::string>& label) {
        const graph::Relation& rel = g_.relation(r);
        Agedge_t* e = dg.edge(drawn[position(rel.source)], drawn[position(rel.target)]);
        std::vector<std::string> tooltip = edgeTooltipLines(g_, rel);
        const std::vector<std::string> contested = contestedLines(g_, r);
        if (!contested.empty()) {
            tooltip.insert(tooltip.end(), contested.begin(), contested.end());
            DotGraph::set(e, attrs.edgeStyle, "bold");
        }
        showsStances_ = showsStances_ || !contested.empty() || rel.stance != graph::Stance::Neutral;
        DotGraph::set(e, attrs.edgeLabel, joinLabel(label));
        DotGraph::set(e, attrs.edgeTooltip, joinTooltip(tooltip));
        DotGraph::set(e, attrs.edgeId, fmt::format("r{}", r));
        DotGraph::set(e, attrs.edgePen, penWidth(rel.support));
        if (rel.negated) {
            DotGraph::set(e, attrs.edgeStyle, "dashed");
            DotGraph::set(e, attrs.edgeColor, "#b2182b");
        } else if (rel.attributedTo != graph::kNoId) {
            DotGraph::set(e, attrs.edgeColor, "#5e3c99");
        }
        if (const std::string_view colour = stanceColor(rel.stance); !colour.empty())
            DotGraph::set(e, attrs.edgeColor, colour);
    }

    void addFold(DotGraph& dg, const Attrs& attrs, Agnode_t* anchor, const Fold& fold) {
        std::string name = fmt::format("more_e{}", fold.anchor);
        Agnode_t* n = dg.node(name);
        std::string names;
        for (std::size_t k = 0; k < fold.hidden.size() && k < kFoldNamesShown; ++k)
            names += fmt::format("{}{}", k == 0 ? "" : ", ", g_.name(fold.hidden[k]));
        if (fold.hidden.size() > kFoldNamesShown)
            names += ", …";
        std::string tooltip = fmt::format("{} more linked to {}: {}", fold.hidden.size(),
                                          g_.name(fold.anchor), names);
        styleFoldNode(n, attrs, fmt::format("+{} more", fold.hidden.size()), tooltip);
        DotGraph::set(n, attrs.nodeId, name);
        Agedge_t* e = dg.edge(anchor, n);
        DotGraph::set(e, attrs.edgeTooltip, base::graphvizTooltipText(tooltip));
        DotGraph::set(e, attrs.edgeStyle, "dashed");
        DotGraph::set(e, attrs.edgeColor, "#909090");
        DotGraph::set(e, attrs.edgeArrow, "none");
        DotGraph::set(e, attrs.edgeId, name + "_link");
    }

    void addUnplaced(DotGraph& dg, const Attrs& attrs) {
        Agnode_t* n = dg.node("more_unlinked");
        styleFoldNode(n, attrs, fmt::format("+{} more not linked to these", nodes_.unplaced),
                      fmt::format("{} more entities in the selection have no fact with the "
                                  "entities drawn",
                                  nodes_.unplaced));
        DotGraph::set(n, attrs.nodeId, "more_unlinked");
    }

    void styleFoldNode(Agnode_t* n, const Attrs& attrs, const std::string& label,
                       const std::string& tooltip) {
        DotGraph::set(n, attrs.nodeLabel, base::graphvizText(label));
        DotGraph::set(n, attrs.nodeShape, "box");
        DotGraph::set(n, attrs.nodeStyle, "rounded,dashed");
        DotGraph::set(n, attrs.nodeColor, "#909090");
        DotGraph::set(n, attrs.nodeFontColor, "#505050");
        DotGraph::set(n, attrs.nodeTooltip, base::graphvizTooltipText(tooltip));
    }

    // One sample node per entity type drawn, plus a note on what line styles mean.
    void addLegend(DotGraph& dg, const Attrs& attrs) {
        // A boxed cluster, except under fdp (see build()): there a plain subgraph.
        Agraph_t* legend = dg.subgraph(engine_ == Layout::Fdp ? "legend" : "cluster_legend");
        DotGraph::set(legend, attrs.graphLabel, "Legend");
        DotGraph::set(legend, attrs.graphStyle, "rounded");
        DotGraph::set(legend, attrs.graphColor, "#909090");
        std::set<graph::EntityType> types;
        for (graph::EntityId id : nodes_.kept)
            types.insert(g_.entity(id).type);
        // Invisible edges chain the samples into one row instead of a tall column.
        Agnode_t* previous = nullptr;
        auto chain = [&](Agnode_t* n) {
            if (previous != nullptr)
                DotGraph::set(dg.edge(previous, n), attrs.edgeStyle, "invis");
            previous = n;
        };
        for (graph::EntityType type : graph::kAllEntityTypes) {
            if (!types.contains(type))
                continue;
            std::string name = fmt::format("legend_{}", graph::entityTypeName(type));
            Agnode_t* n = dg.node(legend, name);
            chain(n);
            NodeStyle style = nodeStyle(type);
            DotGraph::set(n, attrs.nodeLabel, graph::entityTypeName(type));
            DotGraph::set(n, attrs.nodeShape, style.shape);
            DotGraph::set(n, attrs.nodeFill, style.fill);
            DotGraph::set(n, attrs.nodeId, name);
        }
        Agnode_t* note = dg.node(legend, "legend_lines");
        chain(note);
        DotGraph::set(note, attrs.nodeLabel, legendNote());
        DotGraph::set(note, attrs.nodeShape, "plaintext");
        DotGraph::set(note, attrs.nodeStyle, "");
        DotGraph::set(note, attrs.nodeId, "legend_lines");
    }

    // What line styles mean, and what the reader can do with this kind of output.
    std::string legendNote() const {
        std::string note = "dashed red: negated (\"not\")\\lpurple: reported by a speaker\\l"
                           "thicker: more sources\\l";
        if (showsStances_)
            note += options_.hoverable
                        ? "green: supports\\lred: opposes\\l≠: contested (hover: both sides)\\l"
                        : "green: supports\\lred: opposes\\l≠: contested\\l";
        if (options_.hoverable)
            note += "hover: evidence\\l";
        return note;
    }

    const graph::KnowledgeGraph& g_;
    const Selection& selection_;
    const DiagramOptions& options_;
    SelectionIndex index_;
    DiagramNodes nodes_;
    std::vector<std::vector<graph::RelationId>> relationsOf_; // drawn facts per kept entity
    Layout engine_ = Layout::Dot;
    bool showsStances_ = false; // an edge has a stance or is contested: the legend explains it
};

} // namespace

Diagram buildDiagram(const graph::KnowledgeGraph& g, const Selection& selection,
                     const DiagramOptions& options) {
    return DiagramBuilder(g, selection, options).build();
}

} // namespace kg::exporter
