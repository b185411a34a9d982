#include "export/diagram.h"
#include "export/diagram_text.h"
#include "export/export_error.h"
#include "export/render.h"
#include "export/selection.h"
#include "tests/export/fixture.h"

#include <array>
#include <cstdlib>
#include <fmt/format.h>
#include <gtest/gtest.h>
#include <regex>
#include <tuple>

namespace kg::exporter {
namespace {

using testing::readFile;
using testing::runCommand;
using testing::shellQuote;
using testing::TempDir;
using testing::writeFile;

std::string dotOf(const graph::KnowledgeGraph& g, const Selection& s, const DiagramOptions& o) {
    return renderDiagram(buildDiagram(g, s, o), DiagramFormat::Dot);
}

// The diagram as built, before any layout: what a force layout starts from.
std::string builtDot(const graph::KnowledgeGraph& g, const DiagramOptions& o) {
    return buildDiagram(g, selectWhole(), o).graph.dot();
}

// Graphviz's own parser and layout must accept the text: `dot` exits 0 and prints nothing.
void expectDotAccepts(const std::string& text) {
    TempDir dir;
    writeFile(dir / "g.dot", text);
    auto result = runCommand("dot -Tsvg -o /dev/null " + shellQuote((dir / "g.dot").string()));
    EXPECT_EQ(result.exitCode, 0) << result.output << "\n" << text;
    EXPECT_EQ(result.output, "") << text;
}

// What the dot command draws from the DOT text.
std::string dotCommandSvg(const std::string& dot) {
    TempDir dir;
    writeFile(dir / "g.dot", dot);
    return runCommand("dot -Tsvg " + shellQuote((dir / "g.dot").string())).output;
}

void expectWellFormedXml(const std::string& text) {
    TempDir dir;
    writeFile(dir / "g.svg", text);
    auto result = runCommand("xmllint --noout " + shellQuote((dir / "g.svg").string()));
    EXPECT_EQ(result.exitCode, 0) << result.output;
}

// The message a diagram that cannot be drawn is refused with ("" if it is drawn).
std::string refusal(const graph::KnowledgeGraph& g, const DiagramOptions& o) {
    try {
        buildDiagram(g, selectWhole(), o);
        return "";
    } catch (const ExportError& e) {
        return e.what();
    }
}

TEST(Diagram, FixtureMatchesGoldenDot) {
    auto g = testing::makeFixtureGraph();
    std::string dot = dotOf(g, selectWhole(), {});
    std::filesystem::path golden =
        std::filesystem::path(KG_SOURCE_DIR) / "tests/export/golden/fixture.dot";
    if (std::getenv("KG_UPDATE_GOLDEN") != nullptr)
        writeFile(golden, dot);
    EXPECT_EQ(dot, readFile(golden));
    expectDotAccepts(dot);
}

TEST(Diagram, EdgesShowQualifiersNegationSpeakerAndSupport) {
    auto g = testing::makeFixtureGraph();
    std::string dot = dotOf(g, selectWhole(), {});
    EXPECT_NE(dot.find("label=\"will increase · by 2029\""), std::string::npos) << dot;
    EXPECT_NE(dot.find("label=\"not reject\""), std::string::npos);
    EXPECT_NE(dot.find("support\\naccording to Mark Rutte"), std::string::npos);
    EXPECT_NE(dot.find("style=dashed"), std::string::npos);
    EXPECT_NE(dot.find("penwidth=2"), std::string::npos); // support 3 → one doubling
    // Two facts between Mark Rutte and Germany stay two edges.
    EXPECT_NE(dot.find("e0 -> e3\t[id=r3,\n\t\tlabel=\"visit · twice\""), std::string::npos) << dot;
    EXPECT_NE(dot.find("e0 -> e3\t[id=r4,\n\t\tlabel=praise"), std::string::npos);
    // Escaping: quotes, backslash (doubled so \N stays literal) and markup characters.
    EXPECT_NE(dot.find("label=\"Quote \\\"Q\\\" & <Co> \\\\N\""), std::string::npos) << dot;
}

TEST(Diagram, SvgIsWellFormedDeterministicAndCarriesEvidence) {
    auto g = testing::makeFixtureGraph();
    Diagram d = buildDiagram(g, selectWhole(), {});
    std::string svg = renderDiagram(d, DiagramFormat::Svg);
    expectWellFormedXml(svg);
    EXPECT_EQ(svg, renderDiagram(buildDiagram(g, selectWhole(), {}), DiagramFormat::Svg));
    EXPECT_NE(
        svg.find("“NATO will increase defence spending by 2029.” (doc&#45;a, 2025&#45;06&#45;24)"),
        std::string::npos);
    EXPECT_NE(svg.find("support 3, confidence 0.999"), std::string::npos);
    EXPECT_NE(svg.find("<g id=\"r0\""), std::string::npos); // edge ids are relation ids
    EXPECT_NE(svg.find("<g id=\"e0\""), std::string::npos);
}

TEST(Diagram, EveryLayoutRendersAndIsDeterministic) {
    auto g = testing::makeFixtureGraph();
    for (Layout layout : {Layout::Dot, Layout::Neato, Layout::Fdp, Layout::Sfdp, Layout::Circo}) {
        SCOPED_TRACE(std::string(layoutName(layout)));
        DiagramOptions o;
        o.layout = layout;
        std::string dot = dotOf(g, selectWhole(), o);
        // dot lays the DOT out itself; under a force layout kg fixes the drawing (nop2 draws it).
        EXPECT_NE(dot.find(layout == Layout::Dot ? "layout=dot" : "layout=nop2"),
                  std::string::npos);
        expectDotAccepts(dot);
        std::string svg = renderDiagram(buildDiagram(g, selectWhole(), o), DiagramFormat::Svg);
        expectWellFormedXml(svg);
        EXPECT_EQ(svg, renderDiagram(buildDiagram(g, selectWhole(), o), DiagramFormat::Svg));
        EXPECT_EQ(svg, dotCommandSvg(dot));
    }
}

TEST(Diagram, FdpRefusesClustersItCannotDrawTheSameTwice) {
    auto g = testing::makeFixtureGraph();
    DiagramOptions o;
    o.layout = Layout::Fdp;
    o.cluster = Cluster::Type;
    EXPECT_EQ(refusal(g, o),
              "--cluster cannot be drawn with --layout fdp (fdp draws clusters differently on "
              "every run); use --layout sfdp, neato or auto, or leave out --cluster");
    o.cluster = Cluster::None;
    std::string dot = dotOf(g, selectWhole(), o);
    EXPECT_EQ(dot.find("cluster_legend"), std::string::npos);
    EXPECT_NE(dot.find("subgraph legend {"), std::string::npos);
}

// `size` entities of four types in groups of five, each group a star around a hub with several
// facts to it: at 150, the size where dot alone turns unreadable and the force layout takes over.
graph::KnowledgeGraph mediumGraph(int size = 150) {
    graph::KnowledgeGraph g;
    const std::array types{graph::EntityType::Person, graph::EntityType::Organization,
                           graph::EntityType::Place, graph::EntityType::Other};
    std::vector<graph::EntityId> ids;
    for (int i = 0; i < size; ++i)
        ids.push_back(g.addEntity(fmt::format("entity {}", i), types[i % types.size()]));
    for (int i = 0; i < size; ++i) {
        graph::RelationInput r;
        r.source = ids[i];
        r.target = ids[(i / 5) * 5];
        if (r.source == r.target)
            r.target = ids[(i + 5) % size];
        const std::string predicate = fmt::format("relate {}", i % 7); // RelationInput holds views
        r.predicate = predicate;
        r.confidence = 0.875f;
        r.mention = {"/srv/news/wire-7.txt", 1, 0, 10, "A made-up sentence.", "", "Test Wire"};
        g.addRelation(r);
    }
    return g;
}

struct Box {
    double left, bottom, right, top;
};

Box boxOf(const std::smatch& m, std::size_t first) {
    return {std::stod(m[first]), std::stod(m[first + 1]), std::stod(m[first + 2]),
            std::stod(m[first + 3])};
}

// The clusters' boxes of a composed DOT, and the position of every entity node in each.
struct ComposedClusters {
    std::vector<Box> boxes;
    std::vector<std::vector<std::pair<double, double>>> positions;
    std::size_t placedEntities = 0;
};

ComposedClusters composedClusters(const std::string& dot) {
    ComposedClusters out;
    const std::string number = R"re(([-\d.]+))re";
    const std::regex cluster(R"re(subgraph cluster_\w+ \{\n\t\tgraph \[bb=")re" + number + "," +
                             number + "," + number + "," + number);
    const std::regex entity(R"re(\n\t+e\d+\t\[[^\]]*?pos=")re" + number + "," + number);
    for (auto c = std::sregex_iterator(dot.begin(), dot.end(), cluster);
         c != std::sregex_iterator(); ++c) {
        out.boxes.push_back(boxOf(*c, 1));
        out.positions.emplace_back();
        const std::size_t end = dot.find("\n\t}", c->position());
        const std::string body = dot.substr(c->position(), end - c->position());
        for (auto n = std::sregex_iterator(body.begin(), body.end(), entity);
             n != std::sregex_iterator(); ++n)
            out.positions.back().emplace_back(std::stod((*n)[1]), std::stod((*n)[2]));
    }
    for (auto n = std::sregex_iterator(dot.begin(), dot.end(), entity); n != std::sregex_iterator();
         ++n)
        ++out.placedEntities;
    return out;
}

TEST(Diagram, ClustersUnderAForceLayoutAreLaidOutApartAndComposed) {
    graph::KnowledgeGraph g = mediumGraph(80); // past 60 entities, auto turns to sfdp
    DiagramOptions o;
    o.maxNodes = 0;
    o.cluster = Cluster::Type;
    Diagram d = buildDiagram(g, selectWhole(), o);
    EXPECT_EQ(d.engine, Layout::Sfdp);
    EXPECT_TRUE(d.composed);
    std::string dot = renderDiagram(d, DiagramFormat::Dot);
    EXPECT_NE(dot.find("\t\tlayout=nop2,\n"), std::string::npos) << dot.substr(0, 600);
    EXPECT_NE(dot.find("\t\tsplines=true\n"), std::string::npos);
    EXPECT_EQ(dot.find("newrank"), std::string::npos);
    EXPECT_NE(dot.find("xlabel=\"relate 0\""), std::string::npos);
    // Four type clusters and the legend, each with its box; every entity placed inside its
    // cluster's box, and no two boxes overlapping.
    ComposedClusters clusters = composedClusters(dot);
    ASSERT_EQ(clusters.boxes.size(), 5u) << dot.substr(0, 3000);
    EXPECT_EQ(clusters.placedEntities, 80u);
    std::size_t inClusters = 0;
    for (std::size_t i = 0; i < clusters.boxes.size(); ++i) {
        const Box& b = clusters.boxes[i];
        for (auto [x, y] : clusters.positions[i]) {
            EXPECT_TRUE(x > b.left && x < b.right && y > b.bottom && y < b.top) << x << "," << y;
            ++inClusters;
        }
        for (std::size_t k = 0; k < i; ++k) {
            const Box& a = clusters.boxes[k];
            EXPECT_TRUE(a.right <= b.left || b.right <= a.left || a.top <= b.bottom ||
                        b.top <= a.bottom)
                << "clusters " << k << " and " << i << " overlap";
        }
    }
    EXPECT_EQ(inClusters, 80u);
    expectDotAccepts(dot);
    // The positions are in the DOT: the dot command draws exactly what kg draws.
    EXPECT_EQ(dotCommandSvg(dot), renderDiagram(d, DiagramFormat::Svg));
    EXPECT_EQ(dot, renderDiagram(buildDiagram(g, selectWhole(), o), DiagramFormat::Dot));
}

TEST(Diagram, EveryForceLayoutBesidesFdpComposesClusters) {
    graph::KnowledgeGraph g = mediumGraph(40);
    for (Layout layout : {Layout::Neato, Layout::Sfdp, Layout::Circo}) {
        SCOPED_TRACE(std::string(layoutName(layout)));
        DiagramOptions o;
        o.layout = layout;
        o.cluster = Cluster::Type;
        Diagram d = buildDiagram(g, selectWhole(), o);
        EXPECT_TRUE(d.composed);
        std::string dot = renderDiagram(d, DiagramFormat::Dot);
        EXPECT_EQ(composedClusters(dot).placedEntities, 40u);
        expectDotAccepts(dot);
    }
    DiagramOptions small;
    small.cluster = Cluster::Type;
    Diagram d = buildDiagram(g, selectWhole(), small);
    EXPECT_EQ(d.engine, Layout::Dot);
    EXPECT_FALSE(d.composed);
    EXPECT_NE(renderDiagram(d, DiagramFormat::Dot).find("newrank=true"), std::string::npos);
}

TEST(Diagram, AForceLayoutPlacesEdgeLabelsAfterTheNodes) {
    graph::KnowledgeGraph g = mediumGraph();
    DiagramOptions o;
    o.maxNodes = 120;
    Diagram d = buildDiagram(g, selectWhole(), o);
    EXPECT_EQ(d.engine, Layout::Sfdp);
    std::string dot = renderDiagram(d, DiagramFormat::Dot);
    EXPECT_NE(dot.find("xlabel=\"relate 0\""), std::string::npos) << dot.substr(0, 2000);
    EXPECT_EQ(dot.find(" label=\"relate 0\""), std::string::npos);
    expectDotAccepts(dot);
}

void addFact(graph::KnowledgeGraph& g, graph::EntityId source, graph::EntityId target,
             std::string_view predicate) {
    graph::RelationInput in;
    in.source = source;
    in.target = target;
    in.predicate = predicate;
    g.addRelation(in);
}

// Two facts from the harbour to the council and one back: parallel edges.
graph::KnowledgeGraph parallelFacts() {
    graph::KnowledgeGraph g;
    const graph::EntityId harbour = g.addEntity("Harbour Board", graph::EntityType::Organization);
    const graph::EntityId council = g.addEntity("Town Council", graph::EntityType::Organization);
    for (auto [source, target, predicate] :
         {std::tuple{harbour, council, "meet"}, std::tuple{harbour, council, "praise"},
          std::tuple{council, harbour, "thank"}})
        addFact(g, source, target, predicate);
    return g;
}

TEST(Diagram, AForceLayoutGivesParallelFactsOneLabelSayingWhoseEachIs) {
    graph::KnowledgeGraph g = parallelFacts();
    DiagramOptions o;
    o.layout = Layout::Sfdp;
    o.legend = false;
    std::string dot = builtDot(g, o);
    auto tooltip = [](std::string_view source, std::string_view predicate,
                      std::string_view target) {
        return fmt::format("\t\ttooltip=\"{} — {} — {}\\nsupport 1, confidence 1\"", source,
                           predicate, target);
    };
    EXPECT_NE(dot.find("\te0 -> e1\t[id=r0,\n" + tooltip("Harbour Board", "meet", "Town Council") +
                       ",\n\t\txlabel=\"Harbour Board: meet\\nHarbour Board: praise\\nTown "
                       "Council: thank\"];\n\te0 -> e1\t[id=r1,\n" +
                       tooltip("Harbour Board", "praise", "Town Council") +
                       "];\n\te1 -> e0\t[id=r2,\n" +
                       tooltip("Town Council", "thank", "Harbour Board") + "];\n}"),
              std::string::npos)
        << dot;
    expectDotAccepts(dot);
    // Facts one way only need no names; dot labels every edge beside it.
    g.removeRelation(2);
    EXPECT_NE(builtDot(g, o).find("xlabel=\"meet\\npraise\"];"), std::string::npos);
    o.layout = Layout::Dot;
    dot = dotOf(g, selectWhole(), o);
    EXPECT_NE(dot.find("\t\tlabel=meet,"), std::string::npos) << dot;
    EXPECT_NE(dot.find("\t\tlabel=praise,"), std::string::npos) << dot;
    EXPECT_EQ(dot.find("xlabel"), std::string::npos) << dot;
}

// bench/label_overlap.py on the DOT: Graphviz's own drawing of it, label boxes from the text.
std::string labelOverlap(const std::string& dot) {
    TempDir dir;
    writeFile(dir / "g.dot", dot);
    const std::filesystem::path script =
        std::filesystem::path(KG_SOURCE_DIR) / "bench/label_overlap.py";
    return runCommand("python3 " + shellQuote(script.string()) + " " +
                      shellQuote((dir / "g.dot").string()))
        .output;
}

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
        ++n;
    return n;
}

TEST(Diagram, AForceLayoutDrawsEveryLabelClearOfNodesAndOtherLabels) {
    graph::KnowledgeGraph g = mediumGraph();
    for (Cluster cluster : {Cluster::None, Cluster::Type}) {
        SCOPED_TRACE(cluster == Cluster::None ? "sfdp" : "composed clusters");
        DiagramOptions o;
        o.maxNodes = 120;
        o.cluster = cluster;
        Diagram d = buildDiagram(g, selectWhole(), o);
        DrawnDiagram drawn = drawDiagram(d, DiagramFormat::Dot);
        EXPECT_EQ(drawn.warning, "");
        const std::string& dot = drawn.bytes;
        // The drawing is fixed in the DOT: nop2 draws the nodes, routes and labels as given.
        EXPECT_NE(dot.find("\t\tlayout=nop2,\n"), std::string::npos) << dot.substr(0, 600);
        EXPECT_EQ(count(dot, "pos=\""), count(dot, "\t[")) << "every node and edge has its pos";
        EXPECT_EQ(count(dot, "xlp=\""), count(dot, "xlabel=\""));
        EXPECT_EQ(labelOverlap(dot), fmt::format("labels {}  overlapping pairs 0  labels "
                                                 "overlapping another 0\n",
                                                 count(dot, "xlabel=\"")));
        expectDotAccepts(dot);
        EXPECT_EQ(dotCommandSvg(dot), renderDiagram(d, DiagramFormat::Svg));
        EXPECT_EQ(dot, dotOf(g, selectWhole(), o));
    }
}

// Five facts between one pair of entities: a label of five would find no room beside a hub.
TEST(Diagram, ASharedLabelListsThreeFactsAndCountsTheRest) {
    graph::KnowledgeGraph g;
    const graph::EntityId mill = g.addEntity("Old Mill", graph::EntityType::Organization);
    const graph::EntityId river = g.addEntity("River Trust", graph::EntityType::Organization);
    for (const char* predicate : {"buy", "lease", "repair", "sell", "visit"})
        addFact(g, mill, river, predicate);
    DiagramOptions o;
    o.layout = Layout::Sfdp;
    o.legend = false;
    EXPECT_NE(
        builtDot(g, o).find("xlabel=\"buy\\nlease\\nrepair\\n+2 more facts (hover the edges)\"];"),
        std::string::npos)
        << builtDot(g, o);
    o.hoverable = false;
    EXPECT_NE(builtDot(g, o).find("xlabel=\"buy\\nlease\\nrepair\\n+2 more facts\"];"),
              std::string::npos);
}

TEST(Diagram, ACrowdedDrawingSaysWhatToChange) {
    EXPECT_EQ(crowdedLabelsWarning(2),
              "edge labels with no free spot near their edge: 2 (each covers a node or another "
              "label); draw fewer entities (--max-nodes) to give them room");
}

TEST(Diagram, MoreThan200EntitiesInClustersAreRefusedWithAReason) {
    graph::KnowledgeGraph g = mediumGraph(210);
    DiagramOptions o;
    o.maxNodes = 0;
    o.cluster = Cluster::Type;
    EXPECT_EQ(refusal(g, o),
              "210 entities are too many to draw in clusters (at most 200: beyond that the "
              "clusters are unreadable); lower --max-nodes, or leave out --cluster");
    o.maxNodes = 150;
    EXPECT_NO_THROW(buildDiagram(g, selectWhole(), o));
}

TEST(Diagram, TooltipsKeepTheConfidenceAndNameDocumentsByFileName) {
    graph::KnowledgeGraph g = mediumGraph();
    DiagramOptions o;
    o.maxNodes = 10;
    std::string dot = renderDiagram(buildDiagram(g, selectWhole(), o), DiagramFormat::Dot);
    EXPECT_NE(dot.find("confidence 0.875"), std::string::npos);
    EXPECT_NE(dot.find("(wire-7.txt)"), std::string::npos);
    EXPECT_EQ(dot.find("/srv/news"), std::string::npos);
    EXPECT_EQ(documentName("/home/ana/news/riverton-1.txt"), "riverton-1.txt");
    EXPECT_EQ(documentName("riverton-1"), "riverton-1");
}

TEST(Diagram, OnlyHoverableOutputsMentionHoveringInTheLegend) {
    auto g = testing::makeFixtureGraph();
    DiagramOptions svg;
    EXPECT_NE(dotOf(g, selectWhole(), svg).find("hover: evidence"), std::string::npos);
    DiagramOptions png;
    png.hoverable = false;
    std::string dot = dotOf(g, selectWhole(), png);
    EXPECT_EQ(dot.find("hover"), std::string::npos);
    expectDotAccepts(dot);
}

TEST(Diagram, PngAndPdfHaveTheirSignatures) {
    auto g = testing::makeFixtureGraph();
    Diagram d = buildDiagram(g, selectWhole(), {});
    EXPECT_EQ(renderDiagram(d, DiagramFormat::Png).substr(0, 8), "\x89PNG\r\n\x1a\n");
    EXPECT_EQ(renderDiagram(d, DiagramFormat::Pdf).substr(0, 5), "%PDF-");
}

TEST(Diagram, ClustersByTypeAndDocument) {
    auto g = testing::makeFixtureGraph();
    DiagramOptions byType;
    byType.cluster = Cluster::Type;
    std::string dot = dotOf(g, selectWhole(), byType);
    EXPECT_NE(dot.find("subgraph cluster_0 {"), std::string::npos);
    EXPECT_NE(dot.find("label=Person"), std::string::npos);
    expectDotAccepts(dot);
    DiagramOptions byDoc;
    byDoc.cluster = Cluster::Doc;
    dot = dotOf(g, selectWhole(), byDoc);
    EXPECT_NE(dot.find("label=\"doc-a\""), std::string::npos) << dot;
    expectDotAccepts(dot);
}

TEST(Diagram, LegendListsTheTypesDrawn) {
    auto g = testing::makeFixtureGraph();
    std::string dot = dotOf(g, selectWhole(), {});
    EXPECT_NE(dot.find("legend_Person"), std::string::npos);
    EXPECT_NE(dot.find("legend_Group"), std::string::npos);
    EXPECT_EQ(dot.find("legend_Date"), std::string::npos);
    DiagramOptions noLegend;
    noLegend.legend = false;
    EXPECT_EQ(dotOf(g, selectWhole(), noLegend).find("legend_"), std::string::npos);
}

TEST(Diagram, EventsAndDocumentsHaveTheirOwnShapeAndLegend) {
    graph::KnowledgeGraph g;
    graph::RelationInput in;
    in.source = g.addEntity("Harbour Summit", graph::EntityType::Event);
    in.target = g.addEntity("Tallinn Treaty", graph::EntityType::Document);
    in.predicate = "adopt";
    g.addRelation(in);
    const std::string dot = dotOf(g, selectWhole(), {});
    EXPECT_NE(dot.find("shape=parallelogram"), std::string::npos) << dot;
    EXPECT_NE(dot.find("shape=folder"), std::string::npos) << dot;
    EXPECT_NE(dot.find("legend_Event"), std::string::npos) << dot;
    EXPECT_NE(dot.find("legend_Document"), std::string::npos) << dot;
    expectDotAccepts(dot);
}

TEST(Diagram, BudgetKeepsTheMostSalientAndFoldsTheRest) {
    auto g = testing::makeStarGraph(30);
    DiagramOptions o;
    o.maxNodes = 5;
    Diagram d = buildDiagram(g, selectWhole(), o);
    EXPECT_EQ(d.entities, 5u);
    EXPECT_EQ(d.relations, 4u);
    std::string dot = renderDiagram(d, DiagramFormat::Dot);
    // The hub (most salient) and the four leaves with the most support: Leaf 26..29.
    for (int leaf : {26, 27, 28, 29})
        EXPECT_NE(dot.find(fmt::format("label=\"Leaf {}\"", leaf)), std::string::npos) << dot;
    EXPECT_EQ(dot.find("label=\"Leaf 25\""), std::string::npos);
    EXPECT_NE(dot.find("label=\"+26 more\""), std::string::npos);
    EXPECT_NE(dot.find("26 more linked to Hub: Leaf 25, Leaf 24"), std::string::npos);
    expectDotAccepts(dot);
}

TEST(Diagram, AroundKeepsTheFocusAndMarksIt) {
    auto g = testing::makeStarGraph(30);
    DiagramOptions o;
    o.maxNodes = 3;
    Selection s = selectAround(g, "Leaf 0", 2);
    std::string dot = dotOf(g, s, o);
    EXPECT_NE(dot.find("label=\"Leaf 0\""), std::string::npos);
    EXPECT_NE(dot.find("penwidth=3"), std::string::npos);
    EXPECT_NE(dot.find("label=Hub"), std::string::npos);
    EXPECT_NE(dot.find("label=\"Leaf 29\""), std::string::npos);
    EXPECT_NE(dot.find("label=\"+28 more\""), std::string::npos);
}

TEST(Diagram, EdgeBudgetKeepsEveryNodeAttachedAndCapsParallelFacts) {
    // Five entities, ten facts between each consecutive pair and one light fact closing a ring.
    graph::KnowledgeGraph g;
    std::vector<graph::EntityId> ids;
    for (int i = 0; i < 5; ++i)
        ids.push_back(g.addEntity(fmt::format("N{}", i)));
    for (int i = 0; i + 1 < 5; ++i)
        for (int k = 0; k < 10; ++k) {
            graph::RelationInput r;
            r.source = ids[i];
            r.target = ids[i + 1];
            std::string predicate = fmt::format("p{}", k); // RelationInput holds views
            r.predicate = predicate;
            r.confidence = 0.5f + 0.05f * static_cast<float>(k);
            g.addRelation(r);
        }
    DiagramOptions o;
    o.maxNodes = 2; // budget of 2 * kEdgesPerNode = 6 facts among the 2 kept entities
    Diagram two = buildDiagram(g, selectWhole(), o);
    EXPECT_EQ(two.relations, 3u); // one pair: kFactsPerPair
    o.maxNodes = 5;
    Diagram d = buildDiagram(g, selectWhole(), o);
    EXPECT_EQ(d.entities, 5u);
    EXPECT_EQ(d.relations, 12u); // 4 pairs × 3, within the budget of 15
    std::string dot = renderDiagram(d, DiagramFormat::Dot);
    EXPECT_NE(dot.find("+28 more facts among these entities, not drawn"), std::string::npos);
    // The heaviest three of each pair: p9, p8, p7.
    EXPECT_NE(dot.find("label=p9"), std::string::npos);
    EXPECT_NE(dot.find("label=p7"), std::string::npos);
    EXPECT_EQ(dot.find("label=p6"), std::string::npos);
    o.maxNodes = 0;
    EXPECT_EQ(buildDiagram(g, selectWhole(), o).relations, 40u);
}

TEST(Diagram, UnlinkedEntitiesAreCounted) {
    graph::KnowledgeGraph g;
    for (int i = 0; i < 6; ++i)
        g.addEntity(fmt::format("Island {}", i));
    DiagramOptions o;
    o.maxNodes = 2;
    std::string dot = dotOf(g, selectWhole(), o);
    EXPECT_NE(dot.find("+4 more not linked to these"), std::string::npos) << dot;
    expectDotAccepts(dot);
}

TEST(Diagram, AutoLayoutSwitchesToSfdpForBigDiagrams) {
    auto g = testing::makeStarGraph(100);
    DiagramOptions o;
    o.maxNodes = 0;
    Diagram d = buildDiagram(g, selectWhole(), o);
    EXPECT_EQ(d.engine, Layout::Sfdp);
    EXPECT_EQ(d.entities, 101u);
    o.maxNodes = 40;
    EXPECT_EQ(buildDiagram(g, selectWhole(), o).engine, Layout::Dot);
}

TEST(Diagram, EmptyGraphGivesAValidEmptyDiagram) {
    graph::KnowledgeGraph g;
    Diagram d = buildDiagram(g, selectWhole(), {});
    std::string dot = renderDiagram(d, DiagramFormat::Dot);
    expectDotAccepts(dot);
    expectWellFormedXml(renderDiagram(d, DiagramFormat::Svg));
    EXPECT_EQ(d.entities, 0u);
}

TEST(Diagram, InvalidUtf8NamesAreReplaced) {
    graph::KnowledgeGraph g;
    auto a = g.addEntity("bad \xff\xfe name");
    auto b = g.addEntity("ok");
    graph::RelationInput r;
    r.source = a;
    r.target = b;
    r.predicate = "p\x80";
    g.addRelation(r);
    Diagram d = buildDiagram(g, selectWhole(), {});
    std::string dot = renderDiagram(d, DiagramFormat::Dot);
    EXPECT_NE(dot.find("bad \xEF\xBF\xBD\xEF\xBF\xBD name"), std::string::npos);
    expectDotAccepts(dot);
    expectWellFormedXml(renderDiagram(d, DiagramFormat::Svg));
}

} // namespace
} // namespace kg::exporter
